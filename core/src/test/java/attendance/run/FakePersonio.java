package attendance.run;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * An in-memory Personio for the run's unit tests, with a virtual clock: it answers like the real endpoints, records
 * every request with the virtual time it arrived, and can be scripted to answer a path differently.
 */
public final class FakePersonio implements Transport, SessionCookies, RunClock {
    public static final String TOKEN = "xsrf-secret-4711";

    public final Map<String, String> cookies = new HashMap<>();
    final Map<LocalDate, JSONObject> timecards = new LinkedHashMap<>();
    final List<Logged> log = new ArrayList<>();
    public final Map<LocalDate, String> saved = new LinkedHashMap<>();
    private final Map<String, Deque<Function<HttpRequest, HttpResponse>>> scripts = new HashMap<>();
    long now = 0;
    long epoch = 1_700_000_000_000L;
    public Runnable onSave = () -> { };
    /** The answer of the session refresh, which lists the company's projects. */
    public String projects = "{\"success\": true, \"data\": []}";

    record Logged(String method, String path, long at, String body) {
    }

    public FakePersonio() {
        cookies.put("ATHENA-XSRF-TOKEN", TOKEN);
        cookies.put("ATHENA_SESSION", "athena-secret-1");
        cookies.put("personio_session", "session-secret-1");
        cookies.put("product_language", "de%7C42");
    }

    /** A month of empty trackable weekdays and off weekends, every day before {@code today}. */
    public FakePersonio month(int year, int month) {
        java.time.YearMonth m = java.time.YearMonth.of(year, month);
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            LocalDate date = m.atDay(d);
            JSONObject card = new JSONObject();
            card.put("date", date.toString());
            card.put("state", "trackable");
            card.put("is_off_day", date.getDayOfWeek().getValue() >= 6);
            card.put("day_id", d % 2 == 0 ? "day-" + d : JSONObject.NULL);
            card.put("periods", new JSONArray());
            card.put("time_off", JSONObject.NULL);
            timecards.put(date, card);
        }
        return this;
    }

    /** The next answer for requests whose path starts with {@code prefix}; scripted answers are used once each. */
    public FakePersonio script(String prefix, Function<HttpRequest, HttpResponse> answer) {
        scripts.computeIfAbsent(prefix, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    public static HttpResponse json(int status, String body) {
        return new HttpResponse(status, "application/json", body, false, null, null);
    }

    /** A day's timecard, to change it before it is read. */
    public JSONObject card(LocalDate date) {
        return timecards.get(date);
    }

    /** Leaves a day's timecard out of every timesheet answer. */
    public FakePersonio dropCard(LocalDate date) {
        timecards.remove(date);
        return this;
    }

    /** The bodies of every request of a method so far, in order. */
    public List<String> bodies(String method) {
        List<String> bodies = new ArrayList<>();
        for (Logged l : log) {
            if (l.method().equals(method)) {
                bodies.add(l.body());
            }
        }
        return bodies;
    }

    /** Every request so far, as {@code METHOD path} without the query. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (Logged l : log) {
            paths.add(l.method() + " " + l.path().replaceAll("\\?.*", ""));
        }
        return paths;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException {
        return start(request).answer();
    }

    /**
     * Each request is answered 5 ms after it went out, when its answer is awaited: requests started one after the
     * other are out together.
     */
    @Override
    public Pending start(HttpRequest request) {
        long sentAt = now;
        log.add(new Logged(request.method(), request.path(), sentAt, request.body()));
        return () -> {
            now = Math.max(now, sentAt + 5);
            return answer(request);
        };
    }

    private HttpResponse answer(HttpRequest request) throws IOException {
        for (Map.Entry<String, Deque<Function<HttpRequest, HttpResponse>>> s : scripts.entrySet()) {
            if (request.path().startsWith(s.getKey()) && !s.getValue().isEmpty()) {
                HttpResponse scripted = s.getValue().poll().apply(request);
                if (scripted == null) {
                    throw new IOException("connection reset");
                }
                return scripted;
            }
        }
        if (!TOKEN.equals(request.headers().get("x-athena-xsrf-token"))) {
            return json(403, "{\"error\": {\"message\": \"Invalid CSRF Token\"}}");
        }
        String path = request.path();
        if (path.startsWith("/api/v1/navigation/context")) {
            return json(200, "{\"data\": {\"user\": {\"id\": 42}}}");
        }
        if (path.startsWith("/api/v1/projects")) {
            return json(200, projects);
        }
        if (path.startsWith("/svc/attendance-bff/v1/timesheet/")) {
            return json(200, new JSONObject().put("timecards", new JSONArray(timecards.values())).toString());
        }
        if (path.startsWith("/svc/attendance-api/validate-and-calculate-full-day")) {
            return json(200, "{\"validation\": {\"is_valid\": true, \"errors\": [], \"warnings\": []}}");
        }
        if (path.startsWith("/svc/attendance-api/v1/days/")) {
            JSONObject body = new JSONObject(request.body());
            JSONArray periods = body.getJSONArray("periods");
            LocalDate date = LocalDate.parse(periods.getJSONObject(0).getString("start").substring(0, 10));
            saved.put(date, request.body());
            timecards.get(date).put("periods", periods);
            timecards.get(date).put("day_id", path.substring("/svc/attendance-api/v1/days/".length()));
            onSave.run();
            return json(200, "{}");
        }
        return json(404, "{}");
    }

    @Override
    public Map<String, String> read() {
        return Map.copyOf(cookies);
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public long epochMillis() {
        return epoch + now;
    }

    @Override
    public void sleep(long millis) {
        now += Math.max(0, millis);
    }
}
