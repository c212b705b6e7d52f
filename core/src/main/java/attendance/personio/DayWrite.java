package attendance.personio;

import attendance.json.Fields;
import attendance.planning.PlannedPeriod;
import attendance.time.Times;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The two bodies that write a day. They list the same periods and differ only as {@link Shape} says: validate uses
 * {@code attendance_period_id} and times with a space; save uses {@code id}, times with a {@code T}, and needs its
 * null fields present, so both are built here as JSON text.
 */
public final class DayWrite {
    /** How one body writes the shared periods, and what it adds around them. */
    private enum Shape {
        VALIDATE("attendance_period_id", ' '),
        SAVE("id", 'T');

        private final String idKey;
        private final char separator;

        Shape(String idKey, char separator) {
            this.idKey = idKey;
            this.separator = separator;
        }
    }

    private DayWrite() {
    }

    /**
     * {@code POST validate-and-calculate-full-day}; {@code periodIds} holds one id per period.
     *
     * @param projectIdAsText send {@code project_id} as text, as a timesheet that shows it so; else as a number
     */
    public static String validateBody(long employeeId, String dayId, List<PlannedPeriod> periods,
            List<String> periodIds, boolean projectIdAsText) {
        JSONObject body = new JSONObject();
        body.put("attendance_day_id", dayId);
        body.put("employee_id", employeeId);
        body.put("periods", periods(Shape.VALIDATE, periods, periodIds, projectIdAsText));
        return body.toString();
    }

    /** {@code PUT /svc/attendance-api/v1/days/{dayId}}, with the same period ids as the validation. */
    public static String saveBody(long employeeId, List<PlannedPeriod> periods, List<String> periodIds,
            boolean projectIdAsText) {
        JSONObject body = new JSONObject();
        body.put("employee_id", employeeId);
        body.put("periods", periods(Shape.SAVE, periods, periodIds, projectIdAsText));
        body.put("original_periods", JSONObject.NULL);
        body.put("geolocation", JSONObject.NULL);
        body.put("is_from_clock_out", false);
        return body.toString();
    }

    private static JSONArray periods(Shape shape, List<PlannedPeriod> periods, List<String> periodIds,
            boolean projectIdAsText) {
        if (periods.isEmpty() || periods.size() != periodIds.size()) {
            throw new IllegalArgumentException("one id per period is needed, and at least one period");
        }
        JSONArray list = new JSONArray();
        for (int i = 0; i < periods.size(); i++) {
            PlannedPeriod p = periods.get(i);
            JSONObject o = new JSONObject();
            o.put(shape.idKey, periodIds.get(i));
            o.put("start", Times.format(p.start(), shape.separator));
            o.put("end", Times.format(p.end(), shape.separator));
            o.put("period_type", p.type().wire());
            o.put("comment", p.comment() == null ? JSONObject.NULL : p.comment());
            o.put("project_id", projectId(p.projectId(), projectIdAsText));
            if (shape == Shape.SAVE) {
                o.put("auto_generated", false);
            }
            list.put(o);
        }
        return list;
    }

    /** A project id with the type the timesheet uses for it: a number in today's captures, text in older ones. */
    private static Object projectId(String id, boolean asText) {
        if (id == null) {
            return JSONObject.NULL;
        }
        return asText || !Fields.isDigits(id) || id.length() > 18 ? id : Long.valueOf(Long.parseLong(id));
    }
}
