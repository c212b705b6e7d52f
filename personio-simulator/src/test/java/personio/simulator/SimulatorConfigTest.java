package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    @Test
    void defaultsToAFreePortAcmeItsEmployeeThisBerlinMonthAnd30SecondSessions() {
        SimulatorConfig config = SimulatorConfig.defaults();
        LocalDate today = LocalDate.now(SimulatorConfig.BERLIN);

        assertEquals(0, config.port());
        assertEquals("acme", config.tenant());
        assertEquals(13_011_272L, config.employeeId());
        assertEquals(YearMonth.from(today), config.month());
        assertEquals(today, config.today());
        assertEquals(Duration.ofSeconds(30), config.sessionLifetime());
        assertEquals(ValidateShape.SEED, config.validateShape());
        assertEquals(Duration.ZERO, config.delay());
        assertFalse(config.printRequests());
    }

    @Test
    void eachWithChangesOnlyItsOwnValue() {
        SimulatorConfig base = SimulatorConfig.defaults();

        SimulatorConfig changed = base.withTenant("globex").withMonth(YearMonth.of(2026, 11))
                .withValidateShape(ValidateShape.OBSERVED);

        assertEquals("globex", changed.tenant());
        assertEquals(YearMonth.of(2026, 11), changed.month());
        assertEquals(ValidateShape.OBSERVED, changed.validateShape());
        assertEquals(base.today(), changed.today());
        assertEquals(base.employeeId(), changed.employeeId());
    }

    @Test
    void theOriginIsTheTenantsHostOverHttpsWithoutAPort() {
        assertEquals("https://globex.app.personio.com", SimulatorConfig.defaults().withTenant("globex").origin());
    }

    @Test
    void refusesATenantThatIsNoHostLabelANegativePortAndANegativeDelay() {
        SimulatorConfig config = SimulatorConfig.defaults();

        assertThrows(IllegalArgumentException.class, () -> config.withTenant("acme.evil"));
        assertThrows(IllegalArgumentException.class, () -> config.withPort(-1));
        assertThrows(IllegalArgumentException.class, () -> config.withDelay(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> config.withSessionLifetime(Duration.ZERO));
    }
}
