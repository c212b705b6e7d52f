package attendance.importing;

import attendance.settings.SettingsCodec;
import attendance.text.MessageCode;
import attendance.time.Times;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Toggl Track's and Clockify's detailed reports as CSV: one entry a line, read by the header's column names, whatever
 * their order and letter case. Both name the same columns for what is read (Project, Description, Start date, Start
 * time, End date, End time); Clockify's optional Type tells a break. The Duration columns tell the two apart.
 */
final class TrackerCsv {
    static final String PROJECT = "project";
    static final String DESCRIPTION = "description";
    static final String START_DATE = "start date";
    static final String START_TIME = "start time";
    static final String END_DATE = "end date";
    static final String END_TIME = "end time";
    private static final List<String> NEEDED = List.of(PROJECT, DESCRIPTION, START_DATE, START_TIME, END_DATE,
            END_TIME);

    private TrackerCsv() {
    }

    /** Clockify's export has "Duration (h)" and "Duration (decimal)", Toggl's a plain "Duration"; else null. */
    static ImportFormat format(List<String> header) {
        List<String> names = names(header);
        if (names.contains("duration (h)") || names.contains("duration (decimal)")) {
            return ImportFormat.CLOCKIFY;
        }
        return names.contains("duration") ? ImportFormat.TOGGL : null;
    }

    /** The entries of the file's lines after the header; a line that cannot be read gives one problem instead. */
    static List<Entry> entries(List<CsvReader.Row> rows, List<ImportProblem> problems) {
        List<String> names = names(rows.get(0).cells());
        String header = Integer.toString(rows.get(0).line());
        for (String column : NEEDED) {
            if (!names.contains(column)) {
                problems.add(ImportProblem.of(header, MessageCode.IMPORT_MISSING_COLUMN, title(column)));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<CsvReader.Row> lines = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (!blank(row) && row.cells().size() == names.size()) {
                dates.add(row.cells().get(names.indexOf(START_DATE)));
                dates.add(row.cells().get(names.indexOf(END_DATE)));
            }
            if (!blank(row)) {
                lines.add(row);
            }
        }
        CsvTimes.Order order = CsvTimes.order(dates);
        String person = null;
        List<Entry> entries = new ArrayList<>();
        for (CsvReader.Row row : lines) {
            Line line = new Line(row, names, order);
            Entry entry = line.entry(problems);
            if (entry == null) {
                continue;
            }
            // A team's report holds everybody's entries; only one person's attendance may be written.
            String who = line.person();
            if (person == null) {
                person = who;
            } else if (who != null && !who.equals(person)) {
                problems.add(ImportProblem.of(line.where, MessageCode.IMPORT_OTHER_PERSON, who, person));
                continue;
            }
            entries.add(entry);
        }
        return entries;
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
        return Character.toUpperCase(column.charAt(0)) + column.substring(1);
    }

    /** One line being read: at most one problem comes of it, the first found. */
    private static final class Line {
        private final CsvReader.Row row;
        private final List<String> names;
        private final CsvTimes.Order order;
        private final String where;

        Line(CsvReader.Row row, List<String> names, CsvTimes.Order order) {
            this.row = row;
            this.names = names;
            this.order = order;
            this.where = Integer.toString(row.line());
        }

        Entry entry(List<ImportProblem> problems) {
            ImportProblem problem = problem();
            if (problem != null) {
                problems.add(problem);
                return null;
            }
            LocalDate date = CsvTimes.date(cell(START_DATE), order);
            LocalTime start = CsvTimes.time(cell(START_TIME));
            LocalTime end = CsvTimes.time(cell(END_TIME));
            LocalTime from = start.withSecond(0);
            LocalTime to = end.withSecond(0);
            // Seconds are dropped, as Personio keeps minutes; under a minute of tracking then leaves nothing.
            if (!to.isAfter(from)) {
                return null;
            }
            return new Entry(where, date, from, to, type(), text(PROJECT), text(DESCRIPTION));
        }

        private ImportProblem problem() {
            if (row.malformed()) {
                return ImportProblem.of(where, MessageCode.IMPORT_BAD_CSV);
            }
            if (row.cells().size() != names.size()) {
                return ImportProblem.of(where, MessageCode.IMPORT_CELL_COUNT, Integer.toString(row.cells().size()),
                        Integer.toString(names.size()));
            }
            for (String column : List.of(START_DATE, START_TIME, END_DATE, END_TIME)) {
                String value = cell(column);
                if (value.isBlank()) {
                    return ImportProblem.of(where, MessageCode.IMPORT_MISSING, title(column));
                }
                boolean date = column.endsWith("date");
                if (date && CsvTimes.ambiguous(value, order)) {
                    return ImportProblem.of(where, MessageCode.IMPORT_AMBIGUOUS_DATE, value.trim());
                }
                if (date ? CsvTimes.date(value, order) == null : CsvTimes.time(value) == null) {
                    return ImportProblem.of(where, date ? MessageCode.IMPORT_BAD_DATE : MessageCode.IMPORT_BAD_TIME,
                            value.trim());
                }
            }
            LocalDate startDate = CsvTimes.date(cell(START_DATE), order);
            LocalDate endDate = CsvTimes.date(cell(END_DATE), order);
            if (endDate.isAfter(startDate)) {
                return ImportProblem.of(where, MessageCode.IMPORT_CROSSES_MIDNIGHT, Times.format(startDate),
                        Times.format(endDate));
            }
            LocalTime start = CsvTimes.time(cell(START_TIME));
            LocalTime end = CsvTimes.time(cell(END_TIME));
            if (endDate.isBefore(startDate) || !end.isAfter(start)) {
                return ImportProblem.of(where, MessageCode.IMPORT_END_NOT_AFTER_START, cell(START_TIME).trim(),
                        cell(END_TIME).trim());
            }
            String type = cell("type").trim();
            if (!type.isEmpty() && !type.equalsIgnoreCase("regular") && !type.equalsIgnoreCase("break")) {
                return ImportProblem.of(where, MessageCode.IMPORT_BAD_TYPE, type);
            }
            String comment = text(DESCRIPTION);
            if (comment != null && comment.length() > SettingsCodec.COMMENT_MAX) {
                return ImportProblem.of(where, MessageCode.IMPORT_COMMENT_TOO_LONG,
                        Integer.toString(SettingsCodec.COMMENT_MAX));
            }
            return null;
        }

        /** Clockify's Type column says Break for a break; every other entry is work. */
        private PeriodType type() {
            return cell("type").trim().equalsIgnoreCase("break") ? PeriodType.BREAK : PeriodType.WORK;
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

        /** The cell of a column, or empty when the file has no such column. */
        private String cell(String column) {
            int index = names.indexOf(column);
            return index < 0 ? "" : row.cells().get(index);
        }
    }
}
