package attendance.importing;

import attendance.settings.Violation;
import attendance.text.MessageCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a time tracker's export into days of periods, telling the format from the content: JSON is the product's
 * own file, CSV a Toggl Track or Clockify detailed report. A file with anything wrong gives every problem found and
 * no day, so that nothing of it is written; its days are checked by the working-time rules once every line reads.
 */
public final class Importer {
    private Importer() {
    }

    /**
     * The file's days, or everything wrong with it.
     *
     * @param projectsByName    the company's projects, id by exact name
     * @param settingsProjectId the settings' project id, for work whose project is not the company's; may be null
     */
    public static ImportResult read(String text, Map<String, String> projectsByName, String settingsProjectId) {
        String s = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ImportProblem> problems = new ArrayList<>();
        if (s.isBlank()) {
            return ImportResult.refused(null, List.of(ImportProblem.of(null, MessageCode.IMPORT_EMPTY)), List.of());
        }
        ImportFormat format;
        List<Entry> entries;
        String trimmed = s.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            format = ImportFormat.JSON;
            entries = OwnJson.entries(trimmed, problems);
        } else {
            List<CsvReader.Row> rows = CsvReader.read(s);
            format = TrackerCsv.format(rows.get(0).cells());
            if (format == null) {
                return ImportResult.refused(null, List.of(ImportProblem.of(null, MessageCode.IMPORT_UNKNOWN_FORMAT)),
                        List.of());
            }
            entries = TrackerCsv.entries(rows, problems);
        }
        Days.check(entries, problems);
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(ImportProblem.of(null, MessageCode.IMPORT_EMPTY));
        }
        if (!problems.isEmpty()) {
            // Problems of overlapping entries are found after those of single lines; the user reads them in file order.
            problems.sort(Importer::inFileOrder);
            return ImportResult.refused(format, problems, List.of());
        }
        List<ImportedDay> days = Days.build(entries, projectsByName, settingsProjectId);
        List<Violation> violations = Days.rules(days);
        return violations.isEmpty() ? new ImportResult(format, days, List.of(), List.of())
                : ImportResult.refused(format, List.of(), violations);
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
