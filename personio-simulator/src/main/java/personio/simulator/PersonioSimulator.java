package personio.simulator;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONObject;

/**
 * A local HTTPS server that behaves like Personio's attendance web endpoints for one tenant and one employee.
 *
 * <p>Start it with {@link #start(SimulatorConfig)}; JVM clients reach it at {@link #baseUrl()}, browsers at
 * {@link #origin()} through {@code --host-resolver-rules}. See {@code docs/simulator.md}.
 */
public final class PersonioSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for a delayed ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimulatorConfig config;
    private final Scenario scenario;
    private final Sessions sessions;
    private final Faults faults;
    private final RequestLog log;
    private final AttendanceApi attendance;
    private final ExecutorService executor;
    private final HttpsServer server;

    private PersonioSimulator(SimulatorConfig config) throws IOException {
        this.config = config;
        this.scenario = Scenario.of(config.month(), config.today());
        this.sessions = new Sessions(config.sessionLifetime(), System::nanoTime);
        this.faults = new Faults();
        faults.delay(config.delay());
        this.log = new RequestLog(config.printRequests()
                ? request -> System.out.println(RequestLog.line(request))
                : request -> { });
        this.attendance = new AttendanceApi(scenario, config.employeeId(), config.validateShape());
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpsServer.create(new InetSocketAddress(loopback, config.port()), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(TestCertificate.serverContext()));
        server.createContext("/", new Router(config, sessions, faults, log, attendance, new Control(this)));
        server.setExecutor(executor);
    }

    /** Starts a simulator on 127.0.0.1; port 0 picks a free port. */
    public static PersonioSimulator start(SimulatorConfig config) {
        try {
            PersonioSimulator simulator = new PersonioSimulator(config);
            simulator.server.start();
            return simulator;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("127.0.0.1 is not an address", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator cannot listen on port " + config.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String tenant() {
        return config.tenant();
    }

    /** The tenant's browser origin, for example {@code https://acme.app.personio.com}, with no port. */
    public String origin() {
        return config.origin();
    }

    /** Where JVM clients connect: {@code https://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "https://127.0.0.1:" + port();
    }

    public long employeeId() {
        return config.employeeId();
    }

    public SimulatorConfig config() {
        return config;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every date that has periods now, in date order; dates without periods are absent. */
    public Map<LocalDate, List<StoredPeriod>> storedPeriods() {
        return attendance.storedPeriods();
    }

    /** The timecard of {@code date} exactly as the timesheet would serve it now. */
    public String timecardJson(LocalDate date) {
        return attendance.timecardJson(date);
    }

    /** Every answered request since the last clear, in arrival order. */
    public List<LoggedRequest> requestLog() {
        return log.snapshot();
    }

    public void clearLog() {
        log.clear();
    }

    /**
     * The next {@code count} API requests whose path starts with {@code pathPrefix} (null: any) are answered 429.
     *
     * @param retryAfterSeconds the Retry-After header's value; below 0 sends no Retry-After
     */
    public void inject429(int count, int retryAfterSeconds, String pathPrefix) {
        faults.add(Faults.TOO_MANY_REQUESTS, count, retryAfterSeconds, pathPrefix);
    }

    /** The next {@code count} matching API requests are answered 500 with a JSON error. */
    public void inject500(int count, String pathPrefix) {
        faults.add(Faults.SERVER_ERROR, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests get no answer: the connection is closed. */
    public void injectDisconnect(int count, String pathPrefix) {
        faults.add(Faults.DISCONNECT, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests are answered 403, while the session stays good. */
    public void injectForbidden(int count, String pathPrefix) {
        faults.add(Faults.FORBIDDEN, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests get their real JSON answer cut off in the middle. */
    public void injectTruncated(int count, String pathPrefix) {
        faults.add(Faults.TRUNCATED, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests are carried out, but their answers are lost. */
    public void injectLostAnswer(int count, String pathPrefix) {
        faults.add(Faults.LOST_ANSWER, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests get the fault of this kind (see {@code Faults}). */
    void injectFault(String kind, int count, String pathPrefix) {
        faults.add(kind, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests are carried out, then answered 502 by a gateway's HTML page. */
    public void injectStoredBadGateway(int count, String pathPrefix) {
        faults.add(Faults.STORED_BAD_GATEWAY, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests are refused with 422 as {@code text/plain}, storing nothing. */
    public void injectRefusedAsText(int count, String pathPrefix) {
        faults.add(Faults.REFUSED_AS_TEXT, count, -1, pathPrefix);
    }

    /**
     * The next {@code count} matching API requests are refused with 400 in the wrapped shape ({@code success: false},
     * a message quoting an internal call's answer with a {@code title}), storing nothing.
     */
    public void injectRefusedWrapped(int count, String pathPrefix) {
        faults.add(Faults.REFUSED_WRAPPED, count, -1, pathPrefix);
    }

    /** The next {@code count} matching API requests hang for 30 s, then lose their connection. */
    public void injectHang(int count, String pathPrefix) {
        faults.add(Faults.HANG, count, -1, pathPrefix);
    }

    /** Every API request that passed the checks waits this long before it is answered. */
    public void setDelay(Duration perRequest) {
        faults.delay(perRequest);
    }

    /** Every existing session dies: pages redirect to /login, the API answers 401. Signing in again works. */
    public void expireSessionNow() {
        sessions.expireAll();
    }

    /** After the next timesheet read is answered, {@code date} gets a work period, as if edited in another tab. */
    public void editDayAfterNextTimesheetRead(LocalDate date) {
        attendance.editDayAfterNextRead(date);
    }

    /**
     * From now on, the employee's target is this many minutes of work on a weekday: 480 is full time, 360 a part-time
     * employee's 6 h. A half-day absence halves it. Reset brings back 480.
     */
    public void setDailyTarget(int minutes) {
        attendance.dailyTarget(minutes);
    }

    /** From now on, the timecard of {@code date} comes without its {@code periods} field. */
    public void leaveOutPeriods(LocalDate date) {
        attendance.leaveOutPeriods(date);
    }

    /** From now on, the timesheet answer has no card for {@code date} (a day Personio does not offer). */
    public void leaveOutCard(LocalDate date) {
        attendance.leaveOutCard(date);
    }

    /** From now on, {@code date} has work elsewhere (a business trip) booked: an offsite-work time-off item. */
    public void bookOffsiteWork(LocalDate date) {
        attendance.bookOffsiteWork(date);
    }

    public void setValidateShape(ValidateShape shape) {
        attendance.shape(shape);
    }

    /** How long a personio_session value is good for {@code /svc/} calls. */
    public void setSessionLifetime(Duration lifetime) {
        sessions.lifetime(lifetime);
    }

    /** Scenario data back to the start, log cleared, faults and switches back to the config's. Sessions stay. */
    public void reset() {
        attendance.reset(config.validateShape());
        faults.clear(config.delay());
        sessions.lifetime(config.sessionLifetime());
        log.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    JSONObject requestLogJson() {
        return log.toJson();
    }

    JSONObject timesheetJson(LocalDate start, LocalDate end) {
        return attendance.timesheetJson(start, end);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "personio-simulator-" + count.incrementAndGet());
            // A forgotten close() must not keep a test JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }
}
