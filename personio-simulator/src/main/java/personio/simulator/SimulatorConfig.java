package personio.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a simulator starts: where it listens, whom it serves, which month it plays, and its first switches.
 *
 * <p>Start from {@link #defaults()} and change what matters with the {@code withX} methods.
 */
public record SimulatorConfig(int port, String tenant, long employeeId, YearMonth month, LocalDate today,
        Duration sessionLifetime, ValidateShape validateShape, Duration delay, boolean printRequests) {

    /** Personio's zone: the default "today" and "this month" are Berlin dates. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Pattern TENANT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public SimulatorConfig {
        Require.that(port >= 0 && port <= 65_535, "port must be 0 to 65535, not " + port);
        Require.that(tenant != null && TENANT.matcher(tenant).matches(), "tenant must be a subdomain label: " + tenant);
        Require.that(employeeId > 0, "employeeId must be positive, not " + employeeId);
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Require.that(sessionLifetime.toMillis() > 0, "sessionLifetime must be at least 1 ms");
        Objects.requireNonNull(validateShape, "validateShape");
        Objects.requireNonNull(delay, "delay");
        Require.that(!delay.isNegative(), "delay must not be negative");
    }

    /** A free port, tenant {@code acme}, employee 13011272, this month and today in Berlin, 30 s sessions. */
    public static SimulatorConfig defaults() {
        LocalDate today = LocalDate.now(BERLIN);
        return new SimulatorConfig(0, "acme", 13_011_272L, YearMonth.from(today), today, Duration.ofSeconds(30),
                ValidateShape.SEED, Duration.ZERO, false);
    }

    /** The tenant's browser origin, for example {@code https://acme.app.personio.com}. */
    public String origin() {
        return "https://" + tenant + ".app.personio.com";
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(newPort, tenant, employeeId, month, today, sessionLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withTenant(String newTenant) {
        return new SimulatorConfig(port, newTenant, employeeId, month, today, sessionLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withEmployeeId(long newEmployeeId) {
        return new SimulatorConfig(port, tenant, newEmployeeId, month, today, sessionLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withMonth(YearMonth newMonth) {
        return new SimulatorConfig(port, tenant, employeeId, newMonth, today, sessionLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withToday(LocalDate newToday) {
        return new SimulatorConfig(port, tenant, employeeId, month, newToday, sessionLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withSessionLifetime(Duration newLifetime) {
        return new SimulatorConfig(port, tenant, employeeId, month, today, newLifetime, validateShape, delay,
                printRequests);
    }

    public SimulatorConfig withValidateShape(ValidateShape newShape) {
        return new SimulatorConfig(port, tenant, employeeId, month, today, sessionLifetime, newShape, delay,
                printRequests);
    }

    public SimulatorConfig withDelay(Duration newDelay) {
        return new SimulatorConfig(port, tenant, employeeId, month, today, sessionLifetime, validateShape, newDelay,
                printRequests);
    }

    public SimulatorConfig withPrintRequests(boolean newPrintRequests) {
        return new SimulatorConfig(port, tenant, employeeId, month, today, sessionLifetime, validateShape, delay,
                newPrintRequests);
    }
}
