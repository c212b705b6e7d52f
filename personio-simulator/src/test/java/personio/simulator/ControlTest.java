package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.client.TabClient;
import personio.simulator.client.TabResponse;

class ControlTest {

    static PersonioSimulator simulator;
    Tab tab;
    TabClient outsider;

    @BeforeAll
    static void start() {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(YearMonth.of(2026, 10))
                .withToday(LocalDate.of(2026, 10, 28)));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void signIn() throws IOException {
        simulator.reset();
        tab = Tab.signedIn(simulator);
        outsider = new TabClient(simulator.baseUrl(), null);
        simulator.clearLog();
    }

    TabResponse control(String name, String body) throws IOException {
        return outsider.send("POST", "/__simulator/" + name, Map.of("Content-Type", "application/json"), body,
                Tab.TIMEOUT);
    }

    @Test
    void faultsApplyTheSwitchesOfItsBody() throws IOException {
        TabResponse applied = control("faults", "{\"429\":{\"count\":1,\"retry_after\":1},\"500\":{\"count\":1},"
                + "\"validate_shape\":\"observed\"}");

        List<Integer> statuses = List.of(tab.get(Router.CONTEXT).status(), tab.get(Router.CONTEXT).status(),
                tab.get(Router.CONTEXT).status());
        LocalDate date = simulator.scenario().writableEmptyDays().iterator().next();
        JSONObject validated = new JSONObject(tab.validate(Bodies.validate("d", Bodies.validateDay(date))).body());

        assertEquals(200, applied.status());
        assertEquals(List.of(429, 500, 200), statuses);
        assertTrue(validated.getBoolean("success"));
    }

    @Test
    void faultsCanExpireTheSessionAndDelay() throws IOException {
        control("faults", "{\"expire_session\":true,\"delay_ms\":1}");

        assertEquals(401, tab.get(Router.CONTEXT).status());
    }

    @Test
    void faultsRefuseAnUnknownSwitch() throws IOException {
        TabResponse refused = control("faults", "{\"404\":{\"count\":1}}");

        assertEquals(400, refused.status());
        assertEquals("404", new JSONObject(refused.body()).getJSONObject("error").getJSONArray("details")
                .getJSONObject(0).getString("field"));
    }

    @Test
    void aRefusedBodyChangesNothing() throws IOException {
        TabResponse refused = control("faults", "{\"500\":{\"count\":1},\"delay_ms\":-5}");

        assertEquals(400, refused.status());
        assertEquals(200, tab.get(Router.CONTEXT).status());
    }

    @Test
    void resetRestoresTheScenario() throws IOException {
        LocalDate date = simulator.scenario().writableEmptyDays().iterator().next();
        tab.save("0b0c7e55-6a8e-4a3c-9d1e-1f2e3d4c5b6a", Bodies.save(Bodies.saveDay(date)));

        TabResponse reset = control("reset", "");

        assertEquals(200, reset.status());
        assertFalse(simulator.storedPeriods().containsKey(date));
        assertTrue(simulator.requestLog().isEmpty());
    }

    @Test
    void theLogAndTheTimesheetNeedNoSession() throws IOException {
        tab.get(Router.CONTEXT);

        TabResponse log = outsider.send("GET", "/__simulator/log", Map.of(), null, Tab.TIMEOUT);
        TabResponse timesheet = outsider.send("GET", "/__simulator/timesheet", Map.of(), null, Tab.TIMEOUT);

        assertEquals(Router.CONTEXT, new JSONObject(log.body()).getJSONArray("requests").getJSONObject(0)
                .getString("path"));
        assertEquals(31, new JSONObject(timesheet.body()).getJSONArray("timecards").length());
    }

    @Test
    void controlRequestsAreNotLogged() throws IOException {
        outsider.send("GET", "/__simulator/log", Map.of(), null, Tab.TIMEOUT);

        assertTrue(simulator.requestLog().isEmpty());
    }
}
