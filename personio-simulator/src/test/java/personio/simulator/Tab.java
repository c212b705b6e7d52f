package personio.simulator;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.json.JSONObject;
import personio.simulator.client.TabClient;
import personio.simulator.client.TabResponse;

/** Test support: a signed-in tab that sends the XSRF header and JSON bodies as Personio's web app does. */
final class Tab {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final TabClient client;
    private final PersonioSimulator simulator;

    private Tab(PersonioSimulator simulator) {
        this.simulator = simulator;
        this.client = new TabClient(simulator);
    }

    static Tab signedIn(PersonioSimulator simulator) throws IOException {
        Tab tab = new Tab(simulator);
        tab.client.signIn();
        return tab;
    }

    String xsrf() {
        return client.cookie("ATHENA-XSRF-TOKEN").orElseThrow();
    }

    TabResponse get(String path) throws IOException {
        return client.send("GET", path, Map.of("x-athena-xsrf-token", xsrf()), null, TIMEOUT);
    }

    TabResponse post(String path, JSONObject body) throws IOException {
        return client.send("POST", path, jsonHeaders(), body.toString(), TIMEOUT);
    }

    TabResponse put(String path, JSONObject body) throws IOException {
        return client.send("PUT", path, jsonHeaders(), body.toString(), TIMEOUT);
    }

    TabResponse validate(JSONObject body) throws IOException {
        return post("/svc/attendance-api/validate-and-calculate-full-day?propose-fix=false", body);
    }

    TabResponse save(String dayId, JSONObject body) throws IOException {
        return put("/svc/attendance-api/v1/days/" + dayId + "?autoFix=true&usedInTimesheet=true", body);
    }

    TabResponse timesheet(LocalDate start, LocalDate end) throws IOException {
        return get("/svc/attendance-bff/v1/timesheet/" + simulator.employeeId() + "?start_date=" + start
                + "&end_date=" + end + "&timezone=Europe%2FBerlin");
    }

    /** The timecard of one date, read through the timesheet endpoint. */
    JSONObject timecard(LocalDate date) throws IOException {
        TabResponse response = timesheet(date, date);
        if (response.status() != 200) {
            throw new AssertionError("timesheet answered " + response.status() + ": " + response.body());
        }
        return new JSONObject(response.body()).getJSONArray("timecards").getJSONObject(0);
    }

    private Map<String, String> jsonHeaders() {
        return Map.of("x-athena-xsrf-token", xsrf(), "Content-Type", "application/json");
    }
}
