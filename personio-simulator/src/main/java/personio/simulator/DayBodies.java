package personio.simulator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** Reads validate and save bodies strictly, and refuses (400, naming each field) any that are not as Personio's. */
final class DayBodies {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SPACED_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern T_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

    /** The two bodies differ in the period id's name and the time format. */
    private enum Kind {
        VALIDATE("attendance_period_id", SPACED_TIME, "YYYY-MM-DD HH:MM:SS"),
        SAVE("id", T_TIME, "YYYY-MM-DDTHH:MM:SS");

        private final String idKey;
        private final Pattern time;
        private final String timeFormat;

        Kind(String idKey, Pattern time, String timeFormat) {
            this.idKey = idKey;
            this.time = time;
            this.timeFormat = timeFormat;
        }
    }

    private DayBodies() {
    }

    /** The body of {@code POST /svc/attendance-api/validate-and-calculate-full-day}. */
    static DayRequest validation(String body, long employeeId) {
        JSONObject json = parse(body);
        List<Problem> problems = new ArrayList<>();
        String dayId = string(json, "attendance_day_id", "", problems);
        employee(json, employeeId, problems);
        List<RequestedPeriod> periods = periods(json, Kind.VALIDATE, problems);
        refuseIfAny(problems);
        return new DayRequest(dayId, periods);
    }

    /** The body of {@code PUT /svc/attendance-api/v1/days/{dayId}}. */
    static DayRequest save(String dayId, String body, long employeeId) {
        List<Problem> problems = new ArrayList<>();
        if (!UUID.matcher(dayId).matches()) {
            problems.add(new Problem("day_id", "must be a UUID"));
        }
        JSONObject json = parse(body);
        employee(json, employeeId, problems);
        List<RequestedPeriod> periods = periods(json, Kind.SAVE, problems);
        present(json, "original_periods", "", problems);
        present(json, "geolocation", "", problems);
        isFalse(json, "is_from_clock_out", "", problems);
        refuseIfAny(problems);
        return new DayRequest(dayId, periods);
    }

    private static JSONObject parse(String body) {
        try {
            if (StrictJson.isObject(body)) {
                return new JSONObject(body);
            }
        } catch (JSONException e) {
            // a duplicate key: refused below like any other text that is not one JSON object
        }
        throw Refusal.malformedBody(List.of(new Problem("body", "must be a JSON object")));
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw Refusal.malformedBody(problems);
        }
    }

    private static void employee(JSONObject json, long employeeId, List<Problem> problems) {
        Object value = json.opt("employee_id");
        if (value == null || value == JSONObject.NULL) {
            problems.add(new Problem("employee_id", "is required"));
        } else if (!(value instanceof Number)) {
            problems.add(new Problem("employee_id", "must be a number"));
        } else if (new BigDecimal(value.toString()).compareTo(BigDecimal.valueOf(employeeId)) != 0) {
            problems.add(new Problem("employee_id", "must be the signed-in employee's id"));
        }
    }

    private static List<RequestedPeriod> periods(JSONObject json, Kind kind, List<Problem> problems) {
        JSONArray array = json.optJSONArray("periods");
        if (array == null || array.isEmpty()) {
            problems.add(new Problem("periods", "must be a non-empty array"));
            return List.of();
        }
        List<RequestedPeriod> periods = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            String prefix = "periods[" + i + "].";
            if (!(array.get(i) instanceof JSONObject)) {
                problems.add(new Problem("periods[" + i + "]", "must be an object"));
                continue;
            }
            JSONObject period = array.getJSONObject(i);
            int before = problems.size();
            String id = string(period, kind.idKey, prefix, problems);
            LocalDateTime start = time(period, "start", kind, prefix, problems);
            LocalDateTime end = time(period, "end", kind, prefix, problems);
            Object type = period.opt("period_type");
            if (!StoredPeriod.WORK.equals(type) && !StoredPeriod.BREAK.equals(type)) {
                problems.add(new Problem(prefix + "period_type", "must be work or break"));
            }
            nullableString(period, "comment", prefix, problems);
            present(period, "project_id", prefix, problems);
            if (kind == Kind.SAVE) {
                isFalse(period, "auto_generated", prefix, problems);
            }
            if (problems.size() == before) {
                Object projectId = period.get("project_id") == JSONObject.NULL ? null : period.get("project_id");
                String comment = period.get("comment") == JSONObject.NULL ? null : period.getString("comment");
                periods.add(new RequestedPeriod(id, (String) type, start, end, projectId, comment));
            }
        }
        return periods;
    }

    private static String string(JSONObject json, String key, String prefix, List<Problem> problems) {
        Object value = json.opt(key);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            problems.add(new Problem(prefix + key, "must be a non-empty string"));
            return null;
        }
        return (String) value;
    }

    private static LocalDateTime time(JSONObject json, String key, Kind kind, String prefix, List<Problem> problems) {
        Object value = json.opt(key);
        if (!(value instanceof String) || !kind.time.matcher((String) value).matches()) {
            problems.add(new Problem(prefix + key, "must be " + kind.timeFormat));
            return null;
        }
        try {
            return LocalDateTime.parse(((String) value).replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(prefix + key, "is not a valid date and time"));
            return null;
        }
    }

    private static void present(JSONObject json, String key, String prefix, List<Problem> problems) {
        if (!json.has(key)) {
            problems.add(new Problem(prefix + key, "must be present (null is fine)"));
        }
    }

    private static void nullableString(JSONObject json, String key, String prefix, List<Problem> problems) {
        present(json, key, prefix, problems);
        Object value = json.opt(key);
        if (value != null && value != JSONObject.NULL && !(value instanceof String)) {
            problems.add(new Problem(prefix + key, "must be a string or null"));
        }
    }

    private static void isFalse(JSONObject json, String key, String prefix, List<Problem> problems) {
        if (!Boolean.FALSE.equals(json.opt(key))) {
            problems.add(new Problem(prefix + key, "must be present and false"));
        }
    }
}
