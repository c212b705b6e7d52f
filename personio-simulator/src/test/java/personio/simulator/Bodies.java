package personio.simulator;

import java.time.LocalDate;
import java.util.UUID;
import org.json.JSONArray;
import org.json.JSONObject;

/** Test support: validate and save bodies shaped exactly as Personio's web app sends them. */
final class Bodies {

    static final long EMPLOYEE = 13_011_272L;

    private Bodies() {
    }

    /** A period of a validate body: {@code attendance_period_id}, times with a space. */
    static JSONObject validatePeriod(LocalDate date, String type, String start, String end) {
        return new JSONObject().put("attendance_period_id", UUID.randomUUID().toString())
                .put("start", date + " " + start + ":00").put("end", date + " " + end + ":00")
                .put("period_type", type).put("comment", JSONObject.NULL).put("project_id", JSONObject.NULL);
    }

    /** A period of a save body: {@code id}, times with a T, {@code auto_generated: false}. */
    static JSONObject savePeriod(LocalDate date, String type, String start, String end) {
        return new JSONObject().put("id", UUID.randomUUID().toString())
                .put("start", date + "T" + start + ":00").put("end", date + "T" + end + ":00")
                .put("period_type", type).put("comment", JSONObject.NULL).put("project_id", JSONObject.NULL)
                .put("auto_generated", false);
    }

    static JSONObject validate(String dayId, JSONObject... periods) {
        return new JSONObject().put("attendance_day_id", dayId).put("employee_id", EMPLOYEE)
                .put("periods", new JSONArray(periods));
    }

    static JSONObject save(JSONObject... periods) {
        return new JSONObject().put("employee_id", EMPLOYEE).put("periods", new JSONArray(periods))
                .put("original_periods", JSONObject.NULL).put("geolocation", JSONObject.NULL)
                .put("is_from_clock_out", false);
    }

    /** 08:00-12:00 work, 12:00-13:00 break, 13:00-17:00 work, for a validate body. */
    static JSONObject[] validateDay(LocalDate date) {
        return new JSONObject[] {validatePeriod(date, "work", "08:00", "12:00"),
            validatePeriod(date, "break", "12:00", "13:00"), validatePeriod(date, "work", "13:00", "17:00")};
    }

    /** 08:00-12:00 work, 12:00-13:00 break, 13:00-17:00 work, for a save body. */
    static JSONObject[] saveDay(LocalDate date) {
        return new JSONObject[] {savePeriod(date, "work", "08:00", "12:00"),
            savePeriod(date, "break", "12:00", "13:00"), savePeriod(date, "work", "13:00", "17:00")};
    }
}
