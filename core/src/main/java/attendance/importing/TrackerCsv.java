package attendance.importing;

import attendance.json.AsciiCase;
import attendance.settings.SettingsCodec;
import attendance.text.MessageCode;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Toggl Track's and Clockify's detailed reports as CSV: one entry a line, read by the header's column names, whatever
 * their order and letter case. Both name the same columns for what is read (Project, Description, Start date, Start
 * time, End date, End time); Clockify's optional Type tells a break, and holidays and time off, which are no
 * attendance. The Duration columns tell the two apart. A report without the four time columns is no detailed report.
 */
final class TrackerCsv {
    static final String PROJECT = "project";
    static final String DESCRIPTION = "description";
    static final String START_DATE = "start date";
    static final String START_TIME = "start time";
    static final String END_DATE = "end date";
    static final String END_TIME = "end time";
    /** The columns only a detailed report has: without them there are no entries to read. */
    private static final List<String> TIMES = List.of(START_DATE, START_TIME, END_DATE, END_TIME);

    private TrackerCsv() {
    }

    /**
     * Clockify's export has "Duration (h)" or "Duration (decimal)", Toggl's a plain "Duration"; a report with the time
     * columns but neither is read as Toggl's. Null for anything else: a summary, a list of projects, another file.
     */
    static ImportFormat format(List<String> header) {
        List<String> names = names(header);
        if (names.contains("duration (h)") || names.contains("duration (decimal)")) {
            return ImportFormat.CLOCKIFY;
        }
        return names.contains("duration") || names.containsAll(TIMES) ? ImportFormat.TOGGL : null;
    }

    /** Whether the header has the columns of a detailed report. */
    static boolean detailed(List<String> header) {
        return names(header).containsAll(TIMES);
    }

    /**
     * The entries of the file's lines after the header, as far as the answers allow: a team's report first asks whose
     * entries to take, then a file whose dates can be read either way asks their order. A line that cannot be read
     * gives one problem instead.
     */
    static void read(List<CsvReader.Row> rows, ImportAnswers answers, ImportReading reading) {
        List<String> names = names(rows.get(0).cells());
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> persons = new LinkedHashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (!blank(row)) {
                Line line = new Line(row, names);
                lines.add(line);
                String who = line.person();
                if (who != null && !line.malformed()) {
                    persons.merge(who, 1, Integer::sum);
                }
            }
        }
        if (persons.size() > 1) {
            if (answers.person() == null || !persons.containsKey(answers.person())) {
                List<ImportQuestion.Person> list = new ArrayList<>();
                persons.forEach((id, count) -> list.add(new ImportQuestion.Person(id, count)));
                reading.ask(ImportQuestion.person(list));
                return;
            }
            // A team's report: only the chosen person's lines are read; the others' are none of this user's.
            List<Line> own = new ArrayList<>();
            for (Line line : lines) {
                if (line.malformed() || answers.person().equals(line.person())) {
                    own.add(line);
                }
            }
            lines = own;
        }
        List<String> dates = new ArrayList<>();
        for (Line line : lines) {
            if (!line.malformed() && line.row.cells().size() == names.size()) {
                dates.add(line.cell(START_DATE));
                dates.add(line.cell(END_DATE));
            }
        }
        CsvTimes.Order order = CsvTimes.order(dates);
        if (order == CsvTimes.Order.UNKNOWN) {
            String open = CsvTimes.firstAmbiguous(dates, order);
            CsvTimes.Order answered = CsvTimes.Order.fromCode(answers.dateOrder());
            if (open != null && answered == null) {
                LocalDate[] both = CsvTimes.bothWays(open);
                reading.ask(ImportQuestion.dateOrder(open, both[0], both[1]));
                return;
            }
            if (answered != null) {
                order = answered;
            }
        }
        for (Line line : lines) {
            line.read(order, reading);
        }
    }

    /** The person a line of this header belongs to: its Email, else its User; null when it names none. */
    static String person(List<String> header, CsvReader.Row row) {
        return new Line(row, names(header)).person();
    }

    private static boolean blank(CsvReader.Row row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** A column's name as the reports spell it, for messages. */
    private static String title(String column) {
        return AsciiCase.upper(column.charAt(0)) + column.substring(1);
    }

    /** One line being read: at most one problem comes of it, the first found. */
    private static final class Line {
        private final CsvReader.Row row;
        private final List<String> names;
        private final String where;

        Line(CsvReader.Row row, List<String> names) {
            this.row = row;
            this.names = names;
            this.where = Integer.toString(row.line());
        }

        boolean malformed() {
            return row.malformed();
        }

        /**
         * The line's entry, split at each midnight it crosses (a part that ends at midnight ends at 23:59, as a period
         * cannot end on the next date); time off is left out, with its date noted; under a minute is left out.
         */
        void read(CsvTimes.Order order, ImportReading reading) {
            ImportProblem problem = problem(order);
            if (problem != null) {
                reading.problem(problem);
                return;
            }
            LocalDateTime start = CsvTimes.date(cell(START_DATE), order).atTime(CsvTimes.time(cell(START_TIME))
                    .withSecond(0));
            LocalDateTime end = CsvTimes.date(cell(END_DATE), order).atTime(CsvTimes.time(cell(END_TIME))
                    .withSecond(0));
            if (end.isBefore(start)) {
                reading.problem(ImportProblem.of(where, MessageCode.IMPORT_END_NOT_AFTER_START,
                        cell(START_TIME).trim(), cell(END_TIME).trim()));
                return;
            }
            String type = cell("type").trim();
            if (!type.isEmpty() && !AsciiCase.equalsIgnoreCase(type, "regular")
                    && !AsciiCase.equalsIgnoreCase(type, "break")) {
                // A holiday or time off in Clockify's report: no attendance, but its day should say so.
                reading.timeOff(start.toLocalDate());
                return;
            }
            if (!end.isAfter(start)) {
                // Seconds are dropped, as Personio keeps minutes; under a minute of tracking leaves nothing.
                reading.tooShort();
                return;
            }
            String comment = text(DESCRIPTION);
            if (comment != null && comment.length() > SettingsCodec.COMMENT_MAX) {
                comment = comment.substring(0, SettingsCodec.COMMENT_MAX);
                reading.commentCut(start.toLocalDate());
            }
            PeriodType kind = AsciiCase.equalsIgnoreCase(type, "break") ? PeriodType.BREAK : PeriodType.WORK;
            String project = kind == PeriodType.WORK ? text(PROJECT) : null;
            LocalDateTime from = start;
            while (from.isBefore(end)) {
                LocalDateTime midnight = from.toLocalDate().plusDays(1).atStartOfDay();
                boolean last = !end.isAfter(midnight);
                LocalTime to = last && end.isBefore(midnight) ? end.toLocalTime() : LocalTime.of(23, 59);
                if (to.isAfter(from.toLocalTime())) {
                    reading.entry(new Entry(where, from.toLocalDate(), from.toLocalTime(), to, kind, project,
                            kind == PeriodType.WORK ? comment : null));
                }
                from = midnight;
            }
        }

        private ImportProblem problem(CsvTimes.Order order) {
            if (row.malformed()) {
                return ImportProblem.of(where, MessageCode.IMPORT_BAD_CSV);
            }
            if (row.cells().size() != names.size()) {
                return ImportProblem.of(where, MessageCode.IMPORT_CELL_COUNT, Integer.toString(row.cells().size()),
                        Integer.toString(names.size()));
            }
            for (String column : TIMES) {
                String value = cell(column);
                if (value.isBlank()) {
                    return ImportProblem.of(where, MessageCode.IMPORT_MISSING, title(column));
                }
                boolean date = column.endsWith("date");
                if (date ? CsvTimes.date(value, order) == null : CsvTimes.time(value) == null) {
                    return ImportProblem.of(where, date ? MessageCode.IMPORT_BAD_DATE : MessageCode.IMPORT_BAD_TIME,
                            value.trim());
                }
            }
            return null;
        }

        /** The person the line belongs to: its Email, else its User; null when the file names none. */
        String person() {
            String email = text("email");
            return email != null ? email : text("user");
        }

        private String text(String column) {
            String value = cell(column).trim();
            return value.isEmpty() ? null : value;
        }

        /** The cell of a column, or empty when the file has no such column or the line too few cells. */
        String cell(String column) {
            int index = names.indexOf(column);
            return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index);
        }
    }
}
