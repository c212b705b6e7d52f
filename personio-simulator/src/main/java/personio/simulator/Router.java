package personio.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.json.JSONObject;

/** Answers every request: control paths, pages and sign-in, and the API behind its checks and faults. */
final class Router implements HttpHandler {

    static final String CONTROL = "/__simulator/";
    static final String CONTEXT = "/api/v1/navigation/context";
    static final String PROJECTS = "/api/v1/projects";
    static final String TIMESHEET = "/svc/attendance-bff/v1/timesheet/";
    static final String VALIDATE = "/svc/attendance-api/validate-and-calculate-full-day";
    static final String DAYS = "/svc/attendance-api/v1/days/";
    static final String XSRF_HEADER = "x-athena-xsrf-token";

    private static final int MAX_BODY_BYTES = 1 << 20;
    /** A company's rule refusing past days, as a plain-text answer (the words are the simulator's own). */
    static final String REFUSED_TEXT = "Attendance entries for past days are not allowed in your company.";
    /** The wrapped shape: an internal call's JSON:API answer quoted, cut short, behind an internal address. */
    static final String WRAPPED_MESSAGE = "Client error: `PUT http://time-management-attendance-api/companies/"
            + "61234/days/7d0c2f4e` resulted in a `400 Bad Request` response:\n{\"errors\":[{\"id\":\"3f1e\","
            + "\"status\":\"400\",\"title\":\"The working day is longer than your company allows\"} "
            + "(truncated...)\n";

    private final SimulatorConfig config;
    private final Sessions sessions;
    private final Faults faults;
    private final RequestLog log;
    private final AttendanceApi attendance;
    private final Control control;

    Router(SimulatorConfig config, Sessions sessions, Faults faults, RequestLog log, AttendanceApi attendance,
            Control control) {
        this.config = config;
        this.sessions = sessions;
        this.faults = faults;
        this.log = log;
        this.attendance = attendance;
        this.control = control;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = readBody(exchange.getRequestBody());
            if (path.startsWith(CONTROL)) {
                send(exchange, answer(() -> control.handle(method, path, query, body)), faults.disconnectArmed());
                return;
            }
            Visit visit = new Visit(log.arrive(), method, path, query, tenantOf(exchange));
            Reply reply = answer(() -> isApi(path) ? api(exchange, visit, body) : page(exchange, visit));
            log.record(visit.arrival(), visit.toLogged(reply.status()));
            if (!reply.disconnects()) {
                send(exchange, reply, faults.disconnectArmed());
            }
        } finally {
            // Without an answer sent, closing drops the connection: that is the disconnect fault.
            exchange.close();
        }
    }

    /** The company whose host the request was sent to (the subdomain of its Host header), or null. */
    private static String tenantOf(HttpExchange exchange) {
        return tenantOfHost(exchange.getRequestHeaders().getFirst("Host"));
    }

    /** The company of a Host header's value ({@code acme.app.personio.com:8443}), or null for any other host. */
    static String tenantOfHost(String host) {
        if (host == null) {
            return null;
        }
        int colon = host.indexOf(':');
        String name = (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
        String suffix = ".app.personio.com";
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length()) : null;
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/svc/");
    }

    private Reply api(HttpExchange exchange, Visit visit, String body) {
        Headers headers = exchange.getRequestHeaders();
        Map<String, String> cookies = Cookies.parse(headers.get("Cookie"));
        String athena = cookies.get(Cookies.ATHENA);
        String path = visit.path();
        boolean write = "POST".equals(visit.method()) || "PUT".equals(visit.method());
        boolean svc = path.startsWith("/svc/");
        Boolean originAllowed = write ? config.origin().equals(headers.getFirst("Origin")) : null;
        Sessions.Freshness freshness = sessions.personio(athena, cookies.get(Cookies.PERSONIO));
        boolean known = freshness != Sessions.Freshness.UNKNOWN;
        String xsrfHeader = headers.getFirst(XSRF_HEADER);
        boolean xsrfValid = sessions.xsrfMatches(athena, xsrfHeader);
        visit.checks(xsrfHeader != null, xsrfValid, known && (!svc || freshness == Sessions.Freshness.FRESH),
                originAllowed);
        if (Boolean.FALSE.equals(originAllowed)) {
            return Reply.empty(403);
        }
        if (!known) {
            return unauthenticated();
        }
        if (!xsrfValid) {
            return Reply.error(403, "FORBIDDEN", "Invalid CSRF Token");
        }
        if (svc && freshness == Sessions.Freshness.STALE) {
            return unauthenticated();
        }
        Optional<Faults.Fault> fault = fault(visit);
        if (fault.isPresent() && fault.get().kind().equals(Faults.LOST_ANSWER)) {
            endpoint(exchange, visit, athena, body);
            return Reply.DISCONNECT;
        }
        if (fault.isPresent() && fault.get().kind().equals(Faults.STORED_BAD_GATEWAY)) {
            endpoint(exchange, visit, athena, body);
            return new Reply(502, Reply.HTML, "<html><body><h1>502 Bad Gateway</h1></body></html>", List.of());
        }
        if (fault.isPresent() && fault.get().kind().equals(Faults.TRUNCATED)) {
            Reply whole = endpoint(exchange, visit, athena, body);
            return new Reply(200, Reply.JSON, whole.body().substring(0, whole.body().length() / 2), List.of());
        }
        if (fault.isPresent()) {
            return faultReply(fault.get());
        }
        return endpoint(exchange, visit, athena, body);
    }

    /** Waits the configured delay, and takes the fault this request gets, if any. */
    private Optional<Faults.Fault> fault(Visit visit) {
        Duration delay = faults.delay();
        if (!delay.isZero()) {
            visit.fault(Faults.DELAY);
            sleep(delay.toMillis());
        }
        Optional<Faults.Fault> fault = faults.take(visit.path());
        fault.ifPresent(taken -> visit.fault(taken.kind()));
        return fault;
    }

    private static Reply faultReply(Faults.Fault taken) {
        switch (taken.kind()) {
            case Faults.TOO_MANY_REQUESTS:
                Reply tooMany = Reply.error(429, "TOO_MANY_REQUESTS", "Too many requests");
                return taken.retryAfterSeconds() < 0 ? tooMany
                        : tooMany.withHeader("Retry-After", Integer.toString(taken.retryAfterSeconds()));
            case Faults.SERVER_ERROR:
                return Reply.error(500, "INTERNAL_SERVER_ERROR", "Internal server error");
            case Faults.FORBIDDEN:
                return Reply.error(403, "FORBIDDEN", "You are not allowed to change this day");
            case Faults.REFUSED_AS_TEXT:
                return new Reply(422, "text/plain; charset=utf-8", REFUSED_TEXT, List.of());
            case Faults.REFUSED_WRAPPED:
                return Reply.json(400, new JSONObject().put("success", false).put("error", new JSONObject()
                        .put("code", 400).put("message", WRAPPED_MESSAGE)));
            case Faults.HANG:
                sleep(Faults.HANG_MILLIS);
                return Reply.DISCONNECT;
            default:
                return Reply.DISCONNECT;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply endpoint(HttpExchange exchange, Visit visit, String athena, String body) {
        String method = visit.method();
        String path = visit.path();
        if ("GET".equals(method) && CONTEXT.equals(path)) {
            return Reply.json(200, navigationContext());
        }
        if ("GET".equals(method) && PROJECTS.equals(path)) {
            // Personio hands out a fresh personio_session here; clients refresh through it before /svc calls.
            return Reply.json(200, Projects.answer())
                    .withHeader("Set-Cookie", Cookies.set(Cookies.PERSONIO, sessions.refresh(athena), true));
        }
        if ("GET".equals(method) && isSegmentUnder(path, TIMESHEET)) {
            return attendance.timesheet(path.substring(TIMESHEET.length()), visit.query());
        }
        if ("POST".equals(method) && VALIDATE.equals(path)) {
            requireJson(exchange);
            return attendance.validate(body, visit);
        }
        if ("PUT".equals(method) && isSegmentUnder(path, DAYS)) {
            requireJson(exchange);
            return attendance.save(path.substring(DAYS.length()), body, visit);
        }
        return Reply.notFound();
    }

    private Reply page(HttpExchange exchange, Visit visit) {
        Headers headers = exchange.getRequestHeaders();
        String athena = Cookies.parse(headers.get("Cookie")).get(Cookies.ATHENA);
        boolean signedIn = sessions.xsrfToken(athena).isPresent();
        String xsrfHeader = headers.getFirst(XSRF_HEADER);
        // Pages check no Origin, so none is logged for them.
        visit.checks(xsrfHeader != null, sessions.xsrfMatches(athena, xsrfHeader), signedIn, null);
        String method = visit.method();
        String path = visit.path();
        if ("GET".equals(method) && "/login".equals(path)) {
            return Reply.html(Pages.login(config.tenant()));
        }
        if (("POST".equals(method) && "/login".equals(path)) || ("GET".equals(method)
                && "/demo/sign-in".equals(path))) {
            return signIn();
        }
        if ("GET".equals(method)) {
            return signedIn ? Reply.html(Pages.signedIn(config.tenant(), config.employeeId(), config.month()))
                    : Reply.redirect("/login");
        }
        return Reply.notFound();
    }

    private Reply signIn() {
        Sessions.SignIn signIn = sessions.signIn();
        return Reply.redirect("/")
                .withHeader("Set-Cookie", Cookies.set(Cookies.XSRF, signIn.xsrfToken(), false))
                .withHeader("Set-Cookie", Cookies.set(Cookies.ATHENA, signIn.athenaSession(), true))
                .withHeader("Set-Cookie", Cookies.set(Cookies.PERSONIO, signIn.personioSession(), true))
                .withHeader("Set-Cookie", Cookies.set(Cookies.LANGUAGE, "en%7C" + config.employeeId(), false));
    }

    private JSONObject navigationContext() {
        JSONObject user = new JSONObject().put("id", config.employeeId()).put("first_name", "Erika")
                .put("last_name", "Mustermann").put("email", "erika@" + config.tenant() + ".example")
                .put("language", "en");
        JSONObject company = new JSONObject().put("subdomain", config.tenant());
        return new JSONObject().put("data", new JSONObject().put("user", user).put("company", company));
    }

    private static Reply unauthenticated() {
        return Reply.error(401, "UNAUTHENTICATED", "Unauthenticated");
    }

    /** Personio's web app always sends JSON bodies as application/json; a bare fetch would send text/plain. */
    private static void requireJson(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refusal(Reply.error(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json"));
        }
    }

    private static boolean isSegmentUnder(String path, String prefix) {
        return path.startsWith(prefix) && path.length() > prefix.length()
                && path.indexOf('/', prefix.length()) < 0;
    }

    private static Reply answer(Supplier<Reply> endpoint) {
        try {
            return endpoint.get();
        } catch (Refusal refusal) {
            return refusal.reply();
        } catch (RuntimeException e) {
            // A bug in the simulator must be visible, not mistaken for an injected fault.
            e.printStackTrace();
            return Reply.error(500, "INTERNAL_SERVER_ERROR", "The simulator failed: " + e.getClass().getSimpleName());
        }
    }

    private static String readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, Reply reply, boolean disconnectArmed) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        reply.headers().forEach(header -> headers.add(header.getKey(), header.getValue()));
        if (reply.contentType() != null) {
            headers.set("Content-Type", reply.contentType());
        }
        headers.set("Cache-Control", "no-store");
        // While a dropped connection is armed, every request gets a fresh one, so that no client silently resends a
        // request whose connection the fault drops (clients retry a failed request on a reused connection).
        if (disconnectArmed) {
            headers.set("Connection", "close");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
