package attendance.run;

import attendance.json.Fields;
import attendance.personio.Endpoints;
import attendance.personio.PersonioError;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One request at a time to Personio, the way the protocol asks: the XSRF header on every call, a session refresh
 * before attendance calls, backoff on 429 and on server or network faults (never for a save, which is read back
 * instead), and an expired session recognised in all its disguises. Only answers worth reading come back: 2xx, or a
 * refusal in 4xx. Public for the self-check, which asks Personio what a run asks, the same way.
 */
public final class PersonioCalls {
    private final Ports ports;
    private final RunOptions options;
    private final Redactor redactor;
    private final String host;
    private long refreshedAt = Long.MIN_VALUE;
    private long lastSentAt = Long.MIN_VALUE;
    private long lastSentEpoch = Long.MIN_VALUE;
    private boolean retried;
    private boolean saveUnanswered;
    private Map<String, String> cookies = Map.of();

    /** @param tenant the company's subdomain, whose host every answer must come from; null not to check it */
    PersonioCalls(Ports ports, RunOptions options, Redactor redactor, String tenant) {
        this.ports = ports;
        this.options = options;
        this.redactor = redactor;
        this.host = tenant == null ? null : tenant + ".app.personio.com";
    }

    /** Calls with a redactor of their own; every text that comes out has the session's values blanked. */
    public PersonioCalls(Ports ports, RunOptions options, String tenant) {
        this(ports, options, new Redactor(), tenant);
    }

    /**
     * Fails with {@code not_signed_in} unless the browser holds Personio's session cookies: present, and the XSRF
     * token with a value (the others may come as mere presence, an empty value).
     */
    public void requireSignedIn() {
        readCookies();
        for (String name : Endpoints.REQUIRED_COOKIES) {
            if (!cookies.containsKey(name)) {
                throw new RunException(RunErrorCode.NOT_SIGNED_IN);
            }
        }
        String token = cookies.get(Endpoints.XSRF_COOKIE);
        if (token == null || token.isEmpty()) {
            throw new RunException(RunErrorCode.NOT_SIGNED_IN);
        }
    }

    /** A cookie as last read: at the start, and again after each refresh, which renews the session's cookies. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Reads the browser's Personio cookies, as {@link #requireSignedIn} does, and tells only their names. */
    public Set<String> presentCookies() {
        readCookies();
        return Set.copyOf(cookies.keySet());
    }

    private void readCookies() {
        cookies = Map.copyOf(ports.cookies().read());
        for (String value : cookies.values()) {
            if (!value.isEmpty()) {
                redactor.remember(value);
            }
        }
    }

    /**
     * Renews {@code personio_session}, as Personio needs before attendance calls; the next one waits until the
     * refresh is 100 ms old. Returns the answer, which lists the company's projects.
     */
    public String refresh() {
        HttpResponse response = send("GET", Endpoints.PROJECTS, null);
        if (!response.ok()) {
            throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, describe(response));
        }
        refreshedAt = ports.clock().millis();
        readCookies();
        return response.body();
    }

    /**
     * The session refresh sent once and handed back as it came, with no retry and no verdict: the self-check judges
     * it itself ({@link #sessionGone}). An answer in JSON renews the session as {@link #refresh} does.
     *
     * @throws RunException {@code personio_unavailable} when no answer came
     */
    public HttpResponse refreshOnce() {
        HttpResponse response;
        try {
            markSent();
            response = ports.transport().send(request("GET", Endpoints.PROJECTS, null));
        } catch (IOException e) {
            throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, redactor.clean(NoAnswer.detailOf(e)));
        }
        if (response.ok() && !sessionGone(response) && Fields.isJson(response.body())) {
            refreshedAt = ports.clock().millis();
            readCookies();
        }
        return response;
    }

    /** Whether an answer says that the session is gone, as {@link #expired} decides for the company's host. */
    public boolean sessionGone(HttpResponse response) {
        return expired(response, host);
    }

    /** A message with every session value the calls have read blanked out. */
    public Message clean(Message message) {
        return redactor.clean(message);
    }

    /** A GET whose 2xx JSON answer is returned; anything else stops with a readable reason. */
    public String getJson(String path) {
        HttpResponse response = send("GET", path, null);
        if (!response.ok()) {
            throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, describe(response));
        }
        return response.body();
    }

    /** Personio's words for a refused request, never a session value: redacted before anything is cut short. */
    public Message describe(HttpResponse response) {
        return PersonioError.message(response.status(), redactor.clean(response.body()));
    }

    /** A new day begins: its retries are its own. */
    void beginDay() {
        retried = false;
        saveUnanswered = false;
    }

    /** Whether this day's save went out and got no clear answer (none, or a server fault): it may have landed. */
    boolean saveUnanswered() {
        return saveUnanswered;
    }

    /** When the last request went out, by the run's clock; {@code Long.MIN_VALUE} before any. */
    long lastSentAt() {
        return lastSentAt;
    }

    /** When the last request went out, in epoch milliseconds, for a run taken up again by another worker. */
    long lastSentEpoch() {
        return lastSentEpoch;
    }

    private void markSent() {
        lastSentAt = ports.clock().millis();
        lastSentEpoch = ports.clock().epochMillis();
    }

    /** Whether a request of this day had to be sent again. */
    boolean retried() {
        return retried;
    }

    /** The session refresh answers JSON: the session lives, and a 403 refused only that one request. */
    private boolean sessionAlive() {
        try {
            markSent();
            HttpResponse r = ports.transport().send(request("GET", Endpoints.PROJECTS, null));
            return r.ok() && !expired(r, host) && Fields.isJson(r.body());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sends a request as the protocol asks (see the class), and returns a 2xx, or a refusal in 4xx; stops with a
     * {@link RunException} for a lost session or when Personio stays unavailable.
     */
    public HttpResponse send(String method, String path, String body) {
        return send(method, path, body, false);
    }

    /**
     * A read, which may go without the session refresh and its wait (protocol §2: refresh before writes; reads may go
     * without): when its answer says the session is stale, the session is refreshed, and 100 ms later the read goes
     * once more, the usual way; a session still stale then is gone. Returns the 2xx JSON answer; anything else stops
     * with a readable reason.
     */
    public String readJson(String path) {
        return startRead(path).json();
    }

    /** The read of {@link #readJson}, sent now and read later: reads started one after the other are out together. */
    public Read startRead(String path) {
        Transport.Pending sent = start(path);
        return () -> {
            HttpResponse response = send("GET", path, null, true, sent);
            if (!response.ok()) {
                throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, describe(response));
            }
            return response.body();
        };
    }

    /** A GET sent now, without the refresh's wait. */
    private Transport.Pending start(String path) {
        HttpRequest request = request("GET", path, null);
        markSent();
        return ports.transport().start(request);
    }

    private HttpResponse send(String method, String path, String body, boolean withoutRefresh) {
        return send(method, path, body, withoutRefresh, null);
    }

    /** @param sent the first attempt, already on its way; null to send it here */
    private HttpResponse send(String method, String path, String body, boolean withoutRefresh,
            Transport.Pending sent) {
        int faults = 0;
        int throttles = 0;
        boolean unrefreshed = withoutRefresh;
        Transport.Pending first = sent;
        while (true) {
            if (first == null && path.startsWith(Endpoints.ATTENDANCE_PREFIX) && !unrefreshed) {
                freshSession();
            }
            HttpResponse response;
            try {
                if (first != null) {
                    Transport.Pending answer = first;
                    first = null;
                    response = answer.answer();
                } else {
                    markSent();
                    response = ports.transport().send(request(method, path, body));
                }
            } catch (IOException e) {
                if (ports.cancelled().getAsBoolean()) {
                    // The user cancelled while this request was out: it is abandoned, and a save may still land.
                    saveUnanswered |= "PUT".equals(method);
                    throw new Cancelled("PUT".equals(method));
                }
                faults++;
                saveUnanswered |= "PUT".equals(method);
                retried |= "PUT".equals(method);
                if ("PUT".equals(method) || faults > options.serverRetries()) {
                    // A save without an answer may have landed: it is never sent again blind; the caller reads the
                    // day to tell.
                    throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, redactor.clean(NoAnswer.detailOf(e)));
                }
                pause(backoff(faults));
                continue;
            }
            if (unrefreshed && expired(response, host)) {
                // A read that went without the refresh found the session stale: refresh, wait, and read once more.
                unrefreshed = false;
                refresh();
                continue;
            }
            if (response.status() == 403 && !path.startsWith(Endpoints.PROJECTS) && sessionAlive()) {
                // The session lives: Personio refused this one request, which the caller reports in its words.
                return response;
            }
            if (expired(response, host)) {
                throw new RunException(RunErrorCode.SESSION_EXPIRED);
            }
            if (response.status() == 429) {
                throttles++;
                if (throttles > options.throttleRetries()) {
                    throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, Message.of(MessageCode.THROTTLED));
                }
                pause(retryAfter(response.retryAfter(), throttles));
                continue;
            }
            if (response.status() >= 500 || response.status() == 0) {
                faults++;
                if ("PUT".equals(method)) {
                    // A 502 or 504 can come after the save landed: it is never sent again blind; the caller reads the
                    // day to tell.
                    saveUnanswered = true;
                    retried = true;
                    throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, describe(response));
                }
                if (faults > options.serverRetries()) {
                    throw new RunException(RunErrorCode.PERSONIO_UNAVAILABLE, describe(response));
                }
                pause(backoff(faults));
                continue;
            }
            return response;
        }
    }

    /**
     * The one place that decides, from what the tab saw, that the session is gone: 401 or 403; an answer that ended
     * on another host or on a login page; a redirect that was not followed; or an HTML page where JSON was asked
     * for. None of them passes by retrying. A JSON answer cut short is a broken answer, not a lost session.
     *
     * @param host the tenant's host; null not to check it
     */
    static boolean expired(HttpResponse r, String host) {
        if (r.status() == 401 || r.status() == 403) {
            // A 403 reaches here only when the session refresh failed too, or was the refused request itself.
            return true;
        }
        String finalHost = r.finalHost();
        if (host != null && finalHost != null && !finalHost.equals(host)) {
            return true;
        }
        String path = r.finalPath();
        if (r.redirected() && (path.startsWith("/login") || path.contains("/auth"))) {
            return true;
        }
        if ((r.status() >= 300 && r.status() < 400) || (r.status() == 0 && r.redirected())) {
            // A redirect that was not followed (an opaque one comes as status 0): Personio sends the user to sign in.
            return true;
        }
        return r.ok() && !r.jsonContent() && !r.body().isBlank() && !Fields.isJson(r.body());
    }

    /**
     * An attendance call goes out 100 ms after a refresh, other calls may go meanwhile; a refresh that has grown old
     * (a long Retry-After, say) is renewed first, since the session it renewed may have lapsed.
     */
    private void freshSession() {
        if (refreshedAt == Long.MIN_VALUE || ports.clock().millis() - refreshedAt > options.sessionFreshMillis()) {
            refresh();
        }
        long wait = refreshedAt + options.refreshWaitMillis() - ports.clock().millis();
        if (wait > 0) {
            ports.clock().sleep(wait);
        }
    }

    private HttpRequest request(String method, String path, String body) {
        String token = cookies.get(Endpoints.XSRF_COOKIE);
        if (token == null || token.isEmpty()) {
            throw new RunException(RunErrorCode.SESSION_EXPIRED);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put(Endpoints.XSRF_HEADER, token);
        headers.put("accept", "application/json");
        if (body != null) {
            headers.put("content-type", "application/json");
        }
        return new HttpRequest(method, path, headers, body, options.timeoutMillis());
    }

    private long backoff(int attempt) {
        long wait = options.backoffMillis() << Math.min(attempt - 1, 10);
        return Math.min(wait, options.maxWaitMillis());
    }

    /**
     * How long Personio asks to wait: {@code Retry-After} as seconds or as an HTTP date, else a backoff. A wait longer
     * than the run will wait stops it and says so, rather than asking again early.
     */
    private long retryAfter(String header, int attempt) {
        Long asked = RetryAfter.millis(header, ports.clock().epochMillis());
        if (asked == null) {
            return backoff(attempt + 1);
        }
        if (asked > options.maxWaitMillis()) {
            throw new RunException(RunErrorCode.PERSONIO_BUSY,
                    Message.of(MessageCode.RETRY_AFTER_TOO_LONG, Long.toString((asked + 999) / 1000)));
        }
        return asked;
    }

    /** Waits, a little at a time, and gives up at once when the user cancels: no wait outlasts a cancel. */
    private void pause(long millis) {
        retried = true;
        long due = ports.clock().millis() + millis;
        long now = ports.clock().millis();
        while (now < due) {
            if (ports.cancelled().getAsBoolean()) {
                throw new Cancelled(false);
            }
            ports.clock().sleep(Math.min(100, due - now));
            now = ports.clock().millis();
        }
    }

    /** The user cancelled while the run waited on Personio, or while a request was out. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean saveInFlight;

        Cancelled(boolean saveInFlight) {
            super("cancelled", null, false, false);
            this.saveInFlight = saveInFlight;
        }

        /** Whether the abandoned request was the day's save, which may still land. */
        boolean saveInFlight() {
            return saveInFlight;
        }
    }

    /** A read on its way. */
    @FunctionalInterface
    public interface Read {
        /** Waits for the read's answer: the 2xx JSON body; anything else stops with a readable reason. */
        String json();
    }
}
