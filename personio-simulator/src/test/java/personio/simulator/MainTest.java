package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void readsEveryOption() {
        SimulatorConfig config = Main.parse("--port", "9443", "--tenant", "globex", "--month", "2026-11", "--today",
                "2026-11-23", "--session-lifetime-seconds", "5", "--validate-shape", "observed", "--delay-ms", "200",
                "--employee-id", "42", "--print-requests");

        assertEquals(9443, config.port());
        assertEquals("globex", config.tenant());
        assertEquals(YearMonth.of(2026, 11), config.month());
        assertEquals(LocalDate.of(2026, 11, 23), config.today());
        assertEquals(Duration.ofSeconds(5), config.sessionLifetime());
        assertEquals(ValidateShape.OBSERVED, config.validateShape());
        assertEquals(Duration.ofMillis(200), config.delay());
        assertEquals(42, config.employeeId());
        assertTrue(config.printRequests());
    }

    @Test
    void listensOn8443WhenNoPortIsGiven() {
        assertEquals(8443, Main.parse().port());
    }

    @Test
    void asksForHelpWithNull() {
        assertNull(Main.parse("--help"));
    }

    @Test
    void refusesAnUnknownOptionAMissingValueAndABadNumber() {
        assertThrows(IllegalArgumentException.class, () -> Main.parse("--colour", "blue"));
        assertThrows(IllegalArgumentException.class, () -> Main.parse("--port"));
        assertThrows(IllegalArgumentException.class, () -> Main.parse("--delay-ms", "soon"));
    }

    @Test
    void describesTheChromiumFlagsThatReachTheRunningSimulator() {
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults())) {
            String description = Main.describe(simulator);

            assertTrue(description.contains("--host-resolver-rules=\"MAP *.app.personio.com 127.0.0.1:"
                    + simulator.port() + "\" --ignore-certificate-errors"), description);
            assertTrue(description.contains("https://acme.app.personio.com/login"), description);
        }
    }
}
