package attendance.importing;

import attendance.json.Fields;
import attendance.json.JsonText;
import attendance.settings.SettingsCodec;
import attendance.text.MessageCode;
import attendance.time.Times;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The product's own import file: {@code {"days": [{"date": "YYYY-MM-DD", "periods": [{"start": "HH:MM", "end":
 * "HH:MM", "type": "work" | "break", "project": name | null, "comment": text | null}]}]}}. {@code type} is work when
 * absent; a break carries no project or comment. Keys the import does not know are left alone.
 */
final class OwnJson {
    private OwnJson() {
    }

    /** The entries of the file; a day or period that cannot be read gives one problem, at its JSON path, instead. */
    static List<Entry> entries(String text, List<ImportProblem> problems) {
        String trimmed = text.trim();
        if (trimmed.startsWith("[")) {
            problems.add(ImportProblem.of(null, MessageCode.IMPORT_EXPECTED_OBJECT, "[…]"));
            return List.of();
        }
        JSONObject root;
        try {
            root = JsonText.object(trimmed);
        } catch (JSONException e) {
            problems.add(ImportProblem.of(null, MessageCode.IMPORT_BAD_JSON));
            return List.of();
        }
        JSONArray days = list(root, "days", "days", problems);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; days != null && i < days.length(); i++) {
            String path = "days[" + i + "]";
            if (!(days.opt(i) instanceof JSONObject day)) {
                problems.add(ImportProblem.of(path, MessageCode.IMPORT_EXPECTED_OBJECT, Fields.describe(days.opt(i))));
                continue;
            }
            LocalDate date = date(day, path, problems);
            JSONArray periods = date == null ? null : list(day, "periods", path + ".periods", problems);
            for (int j = 0; periods != null && j < periods.length(); j++) {
                Entry entry = period(date, periods.opt(j), path + ".periods[" + j + "]", problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static LocalDate date(JSONObject day, String path, List<ImportProblem> problems) {
        String raw = text(day, "date", path, true, problems);
        LocalDate date = raw == null ? null : Times.date(raw.trim());
        if (raw != null && date == null) {
            problems.add(ImportProblem.of(path + ".date", MessageCode.IMPORT_BAD_DATE, raw));
        }
        return date;
    }

    /** One period, or null after the first problem found in it. */
    private static Entry period(LocalDate date, Object value, String path, List<ImportProblem> problems) {
        if (!(value instanceof JSONObject p)) {
            problems.add(ImportProblem.of(path, MessageCode.IMPORT_EXPECTED_OBJECT, Fields.describe(value)));
            return null;
        }
        int before = problems.size();
        LocalTime start = time(p, "start", path, problems);
        LocalTime end = start == null ? null : time(p, "end", path, problems);
        if (end == null) {
            return null;
        }
        String type = text(p, "type", path, false, problems);
        PeriodType kind = type == null ? PeriodType.WORK : PeriodType.fromWire(type.trim());
        if (problems.size() == before && kind == null) {
            problems.add(ImportProblem.of(path + ".type", MessageCode.IMPORT_BAD_TYPE, type));
        }
        String project = problems.size() > before ? null : text(p, "project", path, false, problems);
        String comment = problems.size() > before ? null : text(p, "comment", path, false, problems);
        if (problems.size() == before && comment != null && comment.length() > SettingsCodec.COMMENT_MAX) {
            problems.add(ImportProblem.of(path + ".comment", MessageCode.IMPORT_COMMENT_TOO_LONG,
                    Integer.toString(SettingsCodec.COMMENT_MAX)));
        }
        if (problems.size() == before && !end.isAfter(start)) {
            problems.add(ImportProblem.of(path + ".end", MessageCode.IMPORT_END_NOT_AFTER_START,
                    Times.format(start), Times.format(end)));
        }
        if (problems.size() > before) {
            return null;
        }
        boolean work = kind == PeriodType.WORK;
        return new Entry(path, date, start, end, kind, work ? blankToNull(project) : null,
                work ? blankToNull(comment) : null);
    }

    private static LocalTime time(JSONObject o, String key, String path, List<ImportProblem> problems) {
        String raw = text(o, key, path, true, problems);
        LocalTime time = raw == null ? null : Times.time(raw.trim());
        if (raw != null && time == null) {
            problems.add(ImportProblem.of(path + "." + key, MessageCode.IMPORT_BAD_TIME, raw));
        }
        return time;
    }

    /** Text, or null when absent; a problem when it is needed and absent, or is not text. */
    private static String text(JSONObject o, String key, String path, boolean needed, List<ImportProblem> problems) {
        Object value = o.opt(key);
        if (value == null || value == JSONObject.NULL) {
            if (needed) {
                problems.add(ImportProblem.of(path + "." + key, MessageCode.IMPORT_MISSING, key));
            }
            return null;
        }
        if (!(value instanceof String s)) {
            problems.add(ImportProblem.of(path + "." + key, MessageCode.IMPORT_EXPECTED_TEXT, Fields.describe(value)));
            return null;
        }
        return s;
    }

    private static JSONArray list(JSONObject o, String key, String path, List<ImportProblem> problems) {
        Object value = o.opt(key);
        if (value == null || value == JSONObject.NULL) {
            problems.add(ImportProblem.of(path, MessageCode.IMPORT_MISSING, key));
            return null;
        }
        if (!(value instanceof JSONArray list)) {
            problems.add(ImportProblem.of(path, MessageCode.IMPORT_EXPECTED_LIST, Fields.describe(value)));
            return null;
        }
        return list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
