package attendance.personio;

import attendance.planning.PlannedPeriod;
import attendance.time.Times;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The two bodies that write a day. Validate uses {@code attendance_period_id} and times with a space; save uses
 * {@code id} and times with a {@code T}, and needs its null fields present, so both are built here as JSON text.
 */
public final class DayWrite {
    private DayWrite() {
    }

    /** {@code POST validate-and-calculate-full-day}; {@code periodIds} holds one id per period. */
    public static String validateBody(long employeeId, String dayId, List<PlannedPeriod> periods,
            List<String> periodIds) {
        checkIds(periods, periodIds);
        JSONArray list = new JSONArray();
        for (int i = 0; i < periods.size(); i++) {
            PlannedPeriod p = periods.get(i);
            JSONObject o = new JSONObject();
            o.put("attendance_period_id", periodIds.get(i));
            o.put("start", Times.format(p.start(), ' '));
            o.put("end", Times.format(p.end(), ' '));
            o.put("period_type", p.type().wire());
            o.put("comment", nullable(p.comment()));
            o.put("project_id", nullable(p.projectId()));
            list.put(o);
        }
        JSONObject body = new JSONObject();
        body.put("attendance_day_id", dayId);
        body.put("employee_id", employeeId);
        body.put("periods", list);
        return body.toString();
    }

    /** {@code PUT /svc/attendance-api/v1/days/{dayId}}, with the same period ids as the validation. */
    public static String saveBody(long employeeId, List<PlannedPeriod> periods, List<String> periodIds) {
        checkIds(periods, periodIds);
        JSONArray list = new JSONArray();
        for (int i = 0; i < periods.size(); i++) {
            PlannedPeriod p = periods.get(i);
            JSONObject o = new JSONObject();
            o.put("id", periodIds.get(i));
            o.put("start", Times.format(p.start(), 'T'));
            o.put("end", Times.format(p.end(), 'T'));
            o.put("period_type", p.type().wire());
            o.put("comment", nullable(p.comment()));
            o.put("project_id", nullable(p.projectId()));
            o.put("auto_generated", false);
            list.put(o);
        }
        JSONObject body = new JSONObject();
        body.put("employee_id", employeeId);
        body.put("periods", list);
        body.put("original_periods", JSONObject.NULL);
        body.put("geolocation", JSONObject.NULL);
        body.put("is_from_clock_out", false);
        return body.toString();
    }

    private static Object nullable(String value) {
        return value == null ? JSONObject.NULL : value;
    }

    private static void checkIds(List<PlannedPeriod> periods, List<String> periodIds) {
        if (periods.isEmpty() || periods.size() != periodIds.size()) {
            throw new IllegalArgumentException("one id per period is needed, and at least one period");
        }
    }
}
