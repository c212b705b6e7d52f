package attendance.export;

import attendance.InputException;
import attendance.json.Fields;
import attendance.text.MessageCode;
import attendance.time.Times;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * One table of a month: a row per recorded period, and one row of its own for a day without periods. Every row also
 * carries its day's columns: Personio's target, the work recorded, and the absence. The column names follow the
 * timesheet's own fields, so the file loads as it is into a spreadsheet or a database. Reading is tolerant: the export
 * decides nothing, so a field it cannot read is left empty rather than refusing the month.
 */
public final class MonthExport {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("date", "day_id", "period_id", "period_type", "start", "end",
            "duration_minutes", "project_id", "project_name", "comment", "origin", "approval_status",
            "effective_work_duration_minutes", "work_duration_minutes", "time_off_type", "time_off_minutes",
            "time_off_status");

    private final List<Map<String, Object>> rows;

    private MonthExport(List<Map<String, Object>> rows) {
        this.rows = rows;
    }

    /**
     * The table of a timesheet answer.
     *
     * @param timesheet the answer of the timesheet call; it must at least be a JSON object with a {@code timecards}
     *                  list (else {@link InputException})
     * @param projects  project names by id, to name the projects periods carry
     */
    /** The file's name: the company and the month, as CSV or JSON. */
    public static String filename(String tenant, YearMonth month, boolean json) {
        return "personio-attendance-" + tenant + "-" + Times.format(month) + (json ? ".json" : ".csv");
    }

    public static MonthExport of(String timesheet, Map<String, String> projects) {
        JSONObject root = Fields.object(timesheet, "timesheet");
        JSONArray cards = root.optJSONArray("timecards");
        if (cards == null) {
            throw new InputException(MessageCode.MISSING, "timesheet.timecards");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cards.length(); i++) {
            if (cards.opt(i) instanceof JSONObject card) {
                day(card, projects, rows);
            }
        }
        return new MonthExport(rows);
    }

    public List<Map<String, Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    private static void day(JSONObject card, Map<String, String> projects, List<Map<String, Object>> rows) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", text(card.opt("date")));
        day.put("day_id", text(card.opt("day_id")));
        JSONObject approval = card.optJSONObject("approval");
        day.put("approval_status", approval == null ? null : text(approval.opt("status")));
        JSONObject target = card.optJSONObject("target_hours");
        day.put("effective_work_duration_minutes", target == null ? null
                : whole(target.opt("effective_work_duration_minutes")));
        JSONArray periods = card.optJSONArray("periods");
        long work = 0;
        List<Map<String, Object>> periodRows = new ArrayList<>();
        for (int i = 0; periods != null && i < periods.length(); i++) {
            if (!(periods.opt(i) instanceof JSONObject p)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            String type = text(p.has("type") ? p.opt("type") : p.opt("period_type"));
            String start = text(p.opt("start"));
            String end = text(p.opt("end"));
            Long minutes = minutes(start, end);
            if ("work".equals(type) && minutes != null) {
                work += minutes;
            }
            String project = text(p.opt("project_id"));
            row.put("period_id", text(p.opt("id")));
            row.put("period_type", type);
            row.put("start", start);
            row.put("end", end);
            row.put("duration_minutes", minutes);
            row.put("project_id", project);
            row.put("project_name", project == null ? null : projects.get(project));
            row.put("comment", text(p.opt("comment")));
            row.put("origin", text(p.opt("origin")));
            periodRows.add(row);
        }
        day.put("work_duration_minutes", periods == null ? null : work);
        timeOff(card.opt("time_off"), day);
        if (periodRows.isEmpty()) {
            periodRows.add(new LinkedHashMap<>());
        }
        for (Map<String, Object> period : periodRows) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                row.put(column, period.containsKey(column) ? period.get(column) : day.get(column));
            }
            rows.add(row);
        }
    }

    /** The absence's types joined with {@code +}, its minutes (empty for a full day) and its status. */
    private static void timeOff(Object raw, Map<String, Object> day) {
        if (!(raw instanceof JSONObject o) || !(o.opt("items") instanceof JSONArray items) || items.isEmpty()) {
            return;
        }
        List<String> types = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        Long minutes = 0L;
        for (int i = 0; i < items.length(); i++) {
            if (!(items.opt(i) instanceof JSONObject item)) {
                continue;
            }
            String type = text(item.opt("type"));
            if (type != null && !types.contains(type)) {
                types.add(type);
            }
            String status = text(item.opt("status"));
            if (status != null && !statuses.contains(status)) {
                statuses.add(status);
            }
            Long itemMinutes = whole(item.opt("duration_minutes"));
            minutes = minutes == null || itemMinutes == null ? null : minutes + itemMinutes;
        }
        day.put("time_off_type", String.join("+", types));
        day.put("time_off_minutes", minutes);
        day.put("time_off_status", statuses.isEmpty() ? null : String.join("+", statuses));
    }

    private static String text(Object value) {
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString()
                : null;
    }

    private static Long whole(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static Long minutes(String start, String end) {
        LocalDateTime from = Times.dateTime(start);
        LocalDateTime to = Times.dateTime(end);
        return from == null || to == null ? null : Duration.between(from, to).toMinutes();
    }

    /**
     * RFC 4180 CSV with a header row and CRLF line ends; a field with a comma, a quote or a line break is quoted, its
     * quotes doubled. Empty fields are empty, never {@code null}. A text cell that a spreadsheet would run as a
     * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading
     * apostrophe, so that it shows as the text it is; numbers stay numbers.
     */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        for (Map<String, Object> row : rows) {
            List<String> values = new ArrayList<>();
            for (String column : COLUMNS) {
                Object value = row.get(column);
                values.add(value == null ? "" : value instanceof String text ? inert(text) : value.toString());
            }
            line(out, values);
        }
        return out.toString();
    }

    /** Text that no spreadsheet runs as a formula (OWASP's advice on CSV injection). */
    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                    || v.indexOf('\r') >= 0;
            out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append("\r\n");
    }

    /** The same table as a JSON list of objects, one per row, with {@code null} for an empty field. */
    public JSONArray json() {
        JSONArray list = new JSONArray();
        for (Map<String, Object> row : rows) {
            JSONObject o = new JSONObject();
            for (String column : COLUMNS) {
                Object value = row.get(column);
                o.put(column, value == null ? JSONObject.NULL : value);
            }
            list.put(o);
        }
        return list;
    }
}
