package attendance.importing;

import attendance.rules.WorkRules;
import attendance.rules.WorkRulesTable;
import attendance.settings.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a time tracker's export into days of periods, telling the format from the content: JSON is the product's
 * own file, CSV a Toggl Track or Clockify detailed report. A file with lines that cannot be read gives every problem
 * found and no day, so that nothing of it is written. A day that breaks a working-time rule is left out alone, with
 * its rule; an entry under a minute is left out and counted; time off is noted on its day. A team's report, or dates
 * that read either way, first ask a question (see {@link ImportAnswers}).
 */
public final class Importer {
    private Importer() {
    }

    /** The file's days with nothing answered yet. */
    public static ImportResult read(String text, Map<String, String> projectsByName, String settingsProjectId) {
        return read(text, projectsByName, settingsProjectId, ImportAnswers.NONE);
    }

    /**
     * The file's days, what it leaves out, what to ask first, or why it gives nothing.
     *
     * @param projectsByName    the company's projects, id by exact name
     * @param settingsProjectId the settings' project id, for work whose project is not the company's; may be null
     * @param answers           what the user answered about this file
     */
    public static ImportResult read(String text, Map<String, String> projectsByName, String settingsProjectId,
            ImportAnswers answers) {
        return read(text, projectsByName, settingsProjectId, answers, WorkRulesTable.defaults());
    }

    /** As {@link #read(String, Map, String, ImportAnswers)}, each day checked by these working-time rules. */
    public static ImportResult read(String text, Map<String, String> projectsByName, String settingsProjectId,
            ImportAnswers answers, WorkRules rules) {
        String s = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.isBlank()) {
            return ImportResult.refused(null, ImportResult.Refusal.IMPORT_EMPTY, List.of());
        }
        ImportFormat format;
        ImportReading reading = new ImportReading();
        String trimmed = s.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            format = ImportFormat.JSON;
            reading.entries.addAll(OwnJson.entries(trimmed, reading.problems));
        } else {
            List<CsvReader.Row> rows = CsvReader.read(s);
            List<String> header = rows.get(0).cells();
            format = TrackerCsv.format(header);
            if (format == null || !TrackerCsv.detailed(header)) {
                return ImportResult.refused(format, ImportResult.Refusal.NOT_DETAILED_REPORT, List.of());
            }
            TrackerCsv.read(rows, answers == null ? ImportAnswers.NONE : answers, reading);
        }
        if (!reading.problems.isEmpty()) {
            reading.problems.sort(Importer::inFileOrder);
            return ImportResult.refused(format, ImportResult.Refusal.BAD_FILE, reading.problems);
        }
        if (reading.question != null) {
            return new ImportResult(format, List.of(), List.of(), List.of(), null, reading.question, 0, Set.of(),
                    Set.of());
        }
        List<ImportedDay> all = Days.build(reading.entries, projectsByName, settingsProjectId);
        if (all.isEmpty()) {
            return ImportResult.refused(format, ImportResult.Refusal.IMPORT_EMPTY, List.of());
        }
        Map<LocalDate, List<Violation>> broken = Days.rules(all, rules);
        List<ImportedDay> days = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (ImportedDay day : all) {
            if (broken.containsKey(day.date())) {
                violations.addAll(broken.get(day.date()));
            } else {
                days.add(day);
            }
        }
        return new ImportResult(format, days, List.of(), violations, null, null, reading.tooShort, reading.timeOff,
                reading.commentsCut);
    }

    /**
     * A team's report with only the chosen person's lines, for keeping: the header and their lines, written again as
     * CSV; other people's names, e-mails and descriptions are gone. Any other file comes back as it is.
     */
    public static String onlyPerson(String text, String person) {
        String s = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = s.trim();
        if (person == null || trimmed.isEmpty() || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return text;
        }
        List<CsvReader.Row> rows = CsvReader.read(s);
        StringBuilder out = new StringBuilder();
        CsvReader.write(rows.get(0).cells(), out);
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (person.equals(TrackerCsv.person(rows.get(0).cells(), row))) {
                CsvReader.write(row.cells(), out);
            }
        }
        return out.toString();
    }

    /** Where two problems are, compared with runs of digits as numbers: line 9 before 10, days[2] before days[10]. */
    static int inFileOrder(ImportProblem a, ImportProblem b) {
        String x = a.where() == null ? "" : a.where();
        String y = b.where() == null ? "" : b.where();
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            if (digit(x.charAt(i)) && digit(y.charAt(j))) {
                int endX = digitsEnd(x, i);
                int endY = digitsEnd(y, j);
                int byNumber = Long.compare(Long.parseLong(x.substring(i, endX)), Long.parseLong(y.substring(j, endY)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endX;
                j = endY;
            } else if (x.charAt(i) != y.charAt(j)) {
                return Character.compare(x.charAt(i), y.charAt(j));
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < 9 && digit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
