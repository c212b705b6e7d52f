package personio.simulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

class TabClientTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String CONTEXT = "/api/v1/navigation/context";

    static PersonioSimulator simulator;
    TabClient tab;

    @BeforeAll
    static void start() {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void newTab() {
        simulator.reset();
        tab = new TabClient(simulator);
    }

    Map<String, String> xsrf() {
        return Map.of("x-athena-xsrf-token", tab.cookie("ATHENA-XSRF-TOKEN").orElseThrow());
    }

    @Test
    void signInKeepsTheFourCookiesAndEndsOnTheStartPage() throws IOException {
        TabResponse response = tab.signIn();

        assertEquals(200, response.status());
        assertEquals("/", response.finalPath());
        assertTrue(response.redirected());
        for (String name : new String[] {"ATHENA-XSRF-TOKEN", "ATHENA_SESSION", "personio_session"}) {
            assertTrue(tab.cookie(name).isPresent(), name);
        }
        assertEquals("en%7C13011272", tab.cookie("product_language").orElseThrow());
    }

    @Test
    void followsARedirectToTheLoginPageAsFetchDoes() throws IOException {
        TabResponse response = tab.send("GET", "/", Map.of(), null, TIMEOUT);

        assertEquals(200, response.status());
        assertTrue(response.redirected());
        assertEquals("/login", response.finalPath());
        assertTrue(response.contentType().startsWith("text/html"));
        assertFalse(response.isJson());
    }

    @Test
    void sendsTheTabsOriginOnWritesOnly() throws IOException {
        tab.signIn();
        simulator.clearLog();

        tab.send("GET", CONTEXT, xsrf(), null, TIMEOUT);
        tab.send("POST", "/svc/attendance-api/validate-and-calculate-full-day", xsrf(), "{}", TIMEOUT);

        LoggedRequest get = simulator.requestLog().get(0);
        LoggedRequest post = simulator.requestLog().get(1);
        assertEquals(null, get.originAllowed());
        assertEquals(Boolean.TRUE, post.originAllowed());
    }

    @Test
    void aForeignOriginIsRefused() throws IOException {
        tab.signIn();
        tab.setOrigin("chrome-extension://abcdefghijklmnop");

        TabResponse response = tab.send("PUT", "/svc/attendance-api/v1/days/x", xsrf(), "{}", TIMEOUT);

        assertEquals(403, response.status());
        assertEquals("", response.body());
    }

    @Test
    void clearedCookiesMakeTheApiAnswer401() throws IOException {
        tab.signIn();
        Map<String, String> header = xsrf();

        tab.clearCookies();

        assertTrue(tab.cookie("ATHENA_SESSION").isEmpty());
        assertEquals(401, tab.send("GET", CONTEXT, header, null, TIMEOUT).status());
    }

    @Test
    void aRefreshedPersonioSessionReplacesTheOldValue() throws IOException {
        tab.signIn();
        String before = tab.cookie("personio_session").orElseThrow();

        tab.send("GET", "/api/v1/projects", xsrf(), null, TIMEOUT);

        assertFalse(before.equals(tab.cookie("personio_session").orElseThrow()));
    }

    @Test
    void aSlowAnswerBeyondTheTimeoutIsAnHttpTimeout() throws IOException {
        tab.signIn();
        simulator.setDelay(Duration.ofMillis(800));

        assertThrows(HttpTimeoutException.class, () -> tab.send("GET", CONTEXT, xsrf(), null,
                Duration.ofMillis(200)));
    }

    @Test
    void aDroppedWriteIsANetworkError() throws IOException {
        tab.signIn();
        simulator.injectDisconnect(1, null);

        assertThrows(IOException.class, () -> tab.send("PUT", "/svc/attendance-api/v1/days/x", xsrf(), "{}",
                TIMEOUT));
    }

    @Test
    void theJdkClientResendsAGetDroppedOnceSoTwoDropsAreNeededToFailIt() throws IOException {
        tab.signIn();
        simulator.injectDisconnect(1, null);
        int resent = tab.send("GET", CONTEXT, xsrf(), null, TIMEOUT).status();
        simulator.injectDisconnect(2, null);

        assertEquals(200, resent);
        assertThrows(IOException.class, () -> tab.send("GET", CONTEXT, xsrf(), null, TIMEOUT));
    }
}
