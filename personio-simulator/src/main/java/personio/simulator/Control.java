package personio.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** The simulator's own HTTP controls under {@code /__simulator/}: no session needed, clearly not Personio's. */
final class Control {

    private static final Set<String> FAULT_KEYS = Set.of("429", "500", "disconnect", "delay_ms", "expire_session",
            "validate_shape", "session_lifetime_ms", "edit_day_after_next_read", "stored_502", "refused_text",
            "refused_wrapped");

    private final PersonioSimulator simulator;

    Control(PersonioSimulator simulator) {
        this.simulator = simulator;
    }

    Reply handle(String method, String path, String query, String body) {
        String name = path.substring(Router.CONTROL.length());
        if ("GET".equals(method) && "log".equals(name)) {
            return Reply.json(200, simulator.requestLogJson());
        }
        if ("GET".equals(method) && "timesheet".equals(name)) {
            return timesheet(query);
        }
        if ("POST".equals(method) && "faults".equals(name)) {
            return faults(body);
        }
        if ("POST".equals(method) && "reset".equals(name)) {
            simulator.reset();
            return Reply.json(200, new JSONObject().put("reset", true));
        }
        return Reply.notFound();
    }

    private Reply timesheet(String rawQuery) {
        Map<String, String> query = AttendanceApi.query(rawQuery);
        YearMonth month = simulator.scenario().month();
        try {
            LocalDate start = LocalDate.parse(query.getOrDefault("start_date", month.atDay(1).toString()));
            LocalDate end = LocalDate.parse(query.getOrDefault("end_date", month.atEndOfMonth().toString()));
            Require.that(!end.isBefore(start) && !end.isAfter(start.plusDays(AttendanceApi.MAX_RANGE_DAYS)),
                    "the range must run forward and not exceed " + AttendanceApi.MAX_RANGE_DAYS + " days");
            return Reply.json(200, simulator.timesheetJson(start, end));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Refusal.badRequest("start_date", e.getMessage());
        }
    }

    private Reply faults(String body) {
        JSONObject json;
        try {
            json = new JSONObject(body.isBlank() ? "{}" : body);
        } catch (JSONException e) {
            throw Refusal.badRequest("body", "must be a JSON object");
        }
        for (String key : json.keySet()) {
            if (!FAULT_KEYS.contains(key)) {
                throw Refusal.badRequest(key, "is not a fault switch; known: " + FAULT_KEYS);
            }
        }
        try {
            apply(json);
        } catch (JSONException | IllegalArgumentException | DateTimeParseException e) {
            throw Refusal.badRequest("body", e.getMessage());
        }
        return Reply.json(200, new JSONObject().put("applied", new JSONArray(List.copyOf(json.keySet()))));
    }

    /** Reads every switch first, so that a refused body changes nothing. */
    private void apply(JSONObject json) {
        List<Runnable> switches = new ArrayList<>();
        if (json.has("429")) {
            JSONObject fault = json.getJSONObject("429");
            int count = count(fault);
            int retryAfter = fault.optInt("retry_after", -1);
            String prefix = prefix(fault);
            switches.add(() -> simulator.inject429(count, retryAfter, prefix));
        }
        if (json.has("500")) {
            JSONObject fault = json.getJSONObject("500");
            int count = count(fault);
            String prefix = prefix(fault);
            switches.add(() -> simulator.inject500(count, prefix));
        }
        if (json.has("disconnect")) {
            JSONObject fault = json.getJSONObject("disconnect");
            int count = count(fault);
            String prefix = prefix(fault);
            switches.add(() -> simulator.injectDisconnect(count, prefix));
        }
        for (String kind : List.of(Faults.STORED_BAD_GATEWAY, Faults.REFUSED_AS_TEXT, Faults.REFUSED_WRAPPED)) {
            if (json.has(kind)) {
                JSONObject fault = json.getJSONObject(kind);
                int count = count(fault);
                String prefix = prefix(fault);
                switches.add(() -> simulator.injectFault(kind, count, prefix));
            }
        }
        if (json.has("delay_ms")) {
            Duration delay = millis(json, "delay_ms", 0);
            switches.add(() -> simulator.setDelay(delay));
        }
        if (json.has("expire_session") && json.getBoolean("expire_session")) {
            switches.add(simulator::expireSessionNow);
        }
        if (json.has("validate_shape")) {
            ValidateShape shape = ValidateShape.parse(json.getString("validate_shape"));
            switches.add(() -> simulator.setValidateShape(shape));
        }
        if (json.has("session_lifetime_ms")) {
            Duration lifetime = millis(json, "session_lifetime_ms", 1);
            switches.add(() -> simulator.setSessionLifetime(lifetime));
        }
        if (json.has("edit_day_after_next_read")) {
            LocalDate date = LocalDate.parse(json.getString("edit_day_after_next_read"));
            switches.add(() -> simulator.editDayAfterNextTimesheetRead(date));
        }
        switches.forEach(Runnable::run);
    }

    private static int count(JSONObject fault) {
        int count = fault.getInt("count");
        Require.that(count >= 0, "count must not be negative");
        return count;
    }

    private static Duration millis(JSONObject json, String key, long least) {
        long millis = json.getLong(key);
        Require.that(millis >= least, key + " must be at least " + least);
        return Duration.ofMillis(millis);
    }

    private static String prefix(JSONObject fault) {
        return fault.optString("path_prefix", null);
    }
}
