package attendance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.run.FakePersonio;
import attendance.run.Ports;
import attendance.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** When the autopilot runs and which days it takes, on a fake Personio and a clock the test sets. */
class AutopilotApiTest {
    private final FakePersonio personio = new FakePersonio().month(2025, 11);
    private final AtomicInteger uuids = new AtomicInteger();
    private String today = "2025-11-14";
    private String time = "10:00";

    private Function<String, Ports> ports() {
        return tenant -> new Ports(personio, personio, personio, () -> "uuid-" + uuids.incrementAndGet(), job -> { },
                () -> false);
    }

    private JSONObject ask(String settings, String extra) {
        String request = "{\"month\": \"2025-11\", \"settings\": " + settings + ", \"tenants\": [\"acme\"], "
                + "\"signed_in\": true" + extra + "}";
        return new JSONObject(RecorderApi.autopilot(ports(), zone -> today, zone -> time, request,
                RunOptions.defaults()));
    }

    private static List<String> dates(JSONObject decision) {
        List<String> dates = new ArrayList<>();
        JSONArray runs = decision.getJSONArray("runs");
        for (int i = 0; i < runs.length(); i++) {
            JSONArray confirmed = runs.getJSONObject(i).getJSONArray("confirmed");
            for (int j = 0; j < confirmed.length(); j++) {
                dates.add(confirmed.getJSONObject(j).getString("date"));
            }
        }
        return dates;
    }

    @Test
    void offByDefaultItAsksPersonioNothing() {
        assertEquals("off", ask("null", "").getString("state"));
        assertTrue(personio.paths().isEmpty());
    }

    @Test
    void onItRunsFromItsTimeOnceADayAndRightAfterItIsSwitchedOn() {
        String on = "{\"autopilot\": true, \"autopilot_time\": \"11:00\"}";
        assertEquals("not_due", ask(on, "").getString("state"), "before 11:00");
        assertEquals("due", ask(on, ", \"switched_on\": true").getString("state"), "switched on a moment ago");
        time = "11:00";
        assertEquals("due", ask(on, ", \"last_day\": \"2025-11-13\"").getString("state"));
        assertEquals("not_due", ask(on, ", \"last_day\": \"2025-11-14\"").getString("state"), "it ran today");
    }

    @Test
    void itTakesTheWorkingDaysBeforeTodayAtLeastTheDelayOldNeverTodayNorAnEntry() {
        personio.card(java.time.LocalDate.of(2025, 11, 12)).put("periods", new JSONArray("[{\"id\": \"p\", "
                + "\"start\": \"2025-11-12T07:00:00\", \"end\": \"2025-11-12T08:00:00\", \"type\": \"work\"}]"));
        JSONObject decision = ask("{\"autopilot\": true, \"autopilot_delay_days\": 2}", "");
        assertEquals("due", decision.getString("state"));
        // Weekdays 3-7 and 10-12 are at least two days old on the 14th; the 12th has an entry; the 13th is too new.
        assertEquals(List.of("2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06", "2025-11-07", "2025-11-10",
                "2025-11-11"), dates(decision));
    }

    @Test
    void inTheFirstDaysOfAMonthLastMonthComesFirst() {
        today = "2025-12-02";
        JSONObject decision = ask("{\"autopilot\": true}", "");
        JSONArray runs = decision.getJSONArray("runs");
        assertEquals("2025-11", runs.getJSONObject(0).getString("month"), "last month's open days first");
        assertEquals(20, runs.getJSONObject(0).getJSONArray("confirmed").length(), "all of November's weekdays");
    }

    @Test
    void aCompanyLocksItOffForSomeoneWhoSwitchedItOnAndCannotSwitchItOnForAnyone() {
        assertEquals("off", ask("{\"autopilot\": true}", ", \"switched_on\": true, \"managed\": "
                + "{\"autopilot\": false, \"locked\": [\"autopilot\"]}").getString("state"), "locked off");
        assertEquals("off", ask("null", ", \"managed\": {\"autopilot\": true, \"locked\": [\"autopilot\"]}")
                .getString("state"), "a company's true is ignored");
        assertTrue(personio.paths().isEmpty());
    }

    @Test
    void withoutASessionItWritesNothingAndSaysSo() {
        personio.cookies.clear();
        String request = "{\"month\": \"2025-11\", \"settings\": {\"autopilot\": true}, \"tenants\": [\"acme\"], "
                + "\"signed_in\": false}";
        JSONObject decision = new JSONObject(RecorderApi.autopilot(ports(), zone -> today, zone -> time, request,
                RunOptions.defaults()));
        assertEquals("no_session", decision.getString("state"));
        assertTrue(personio.paths().isEmpty());
    }

    @Test
    void anEmployeeIdThatIsNotTheSignedInOneSwitchesItOff() {
        JSONObject decision = ask("{\"autopilot\": true, \"employee_id\": 7}", "");
        assertEquals("switch_off", decision.getString("state"));
        assertEquals("employee_mismatch", decision.getJSONObject("error").getString("code"));
    }

    @Test
    void aRunThatFailedThreeDaysAlikeSwitchesItOffAndOneThatFilledDoesNot() {
        String failed = "{\"month\": \"2025-11\", \"state\": \"stopped\", \"cancelling\": false, \"error\": "
                + "{\"code\": \"repeated_failure\", \"detail\": null, \"violations\": []}, \"days\": []}";
        assertTrue(new JSONObject(RecorderApi.autopilotOutcome(failed)).getBoolean("switch_off"));
        String done = "{\"month\": \"2025-11\", \"state\": \"done\", \"cancelling\": false, \"error\": null, "
                + "\"days\": [{\"date\": \"2025-11-03\", \"outcome\": \"filled\", \"reason\": null, \"message\": null, "
                + "\"periods\": []}]}";
        JSONObject outcome = new JSONObject(RecorderApi.autopilotOutcome(done));
        assertEquals(List.of("2025-11-03"), outcome.getJSONArray("filled").toList());
        assertTrue(!outcome.getBoolean("switch_off"));
    }
}
