package personio.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator from the command line until the process is killed. */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: java -jar personio-simulator.jar [options]",
            "  --port 8443                     port on 127.0.0.1 (0: a free port; default 8443)",
            "  --tenant acme                   the tenant, served as https://<tenant>.app.personio.com",
            "  --employee-id 13011272          the signed-in employee",
            "  --month 2026-11                 the scenario month (default: this month in Berlin)",
            "  --today 2026-11-23              the scenario's today (default: today in Berlin)",
            "  --session-lifetime-seconds 30   how long a personio_session is good for /svc/ calls",
            "  --validate-shape seed|observed|unknown  the validate answer's shape on success",
            "  --delay-ms 0                    a delay before every API answer",
            "  --print-requests                print every request as it is answered");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(USAGE);
            return;
        }
        PersonioSimulator simulator = PersonioSimulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.println(describe(simulator));
        new CountDownLatch(1).await();
    }

    /** The configuration the arguments ask for; null when they ask for help. */
    static SimulatorConfig parse(String... args) {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(8443);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if ("--help".equals(flag) || "-h".equals(flag)) {
                return null;
            }
            if ("--print-requests".equals(flag)) {
                config = config.withPrintRequests(true);
                continue;
            }
            Require.that(i + 1 < args.length, flag + " needs a value");
            String value = args[++i];
            switch (flag) {
                case "--port":
                    config = config.withPort(number(flag, value));
                    break;
                case "--tenant":
                    config = config.withTenant(value);
                    break;
                case "--employee-id":
                    config = config.withEmployeeId(longNumber(flag, value));
                    break;
                case "--month":
                    config = config.withMonth(YearMonth.parse(value));
                    break;
                case "--today":
                    config = config.withToday(LocalDate.parse(value));
                    break;
                case "--session-lifetime-seconds":
                    config = config.withSessionLifetime(Duration.ofSeconds(number(flag, value)));
                    break;
                case "--validate-shape":
                    config = config.withValidateShape(ValidateShape.parse(value));
                    break;
                case "--delay-ms":
                    config = config.withDelay(Duration.ofMillis(number(flag, value)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return config;
    }

    /** What a person needs to reach the running simulator. */
    static String describe(PersonioSimulator simulator) {
        Scenario scenario = simulator.scenario();
        return String.join("\n",
                "Personio simulator for tenant " + simulator.tenant() + ", employee " + simulator.employeeId(),
                "  month " + scenario.month() + ", today " + scenario.today(),
                "  listening on " + simulator.baseUrl() + " (as " + simulator.origin() + ")",
                "Chromium flags:",
                "  --host-resolver-rules=\"MAP *.app.personio.com 127.0.0.1:" + simulator.port()
                        + "\" --ignore-certificate-errors",
                "Sign in: open " + simulator.origin() + "/login",
                "Controls: GET " + simulator.baseUrl() + "/__simulator/log, POST " + simulator.baseUrl()
                        + "/__simulator/faults, POST " + simulator.baseUrl() + "/__simulator/reset",
                "Stop with Ctrl-C.");
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, not " + value, e);
        }
    }

    private static long longNumber(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, not " + value, e);
        }
    }
}
