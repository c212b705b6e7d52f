package personio.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.json.JSONArray;
import org.json.JSONObject;

/** Every answered request in arrival order. Holds no cookie or token, because {@link LoggedRequest} has none. */
final class RequestLog {

    private final TreeMap<Long, LoggedRequest> entries = new TreeMap<>();
    private final Consumer<LoggedRequest> listener;
    private long arrivals;
    private long clearedUpTo;

    RequestLog(Consumer<LoggedRequest> listener) {
        this.listener = listener;
    }

    /** Numbers a request as it arrives, so that slow answers keep their place. */
    synchronized long arrive() {
        return ++arrivals;
    }

    void record(long arrival, LoggedRequest request) {
        synchronized (this) {
            // A request that arrived before the last clear belongs to the cleared past.
            if (arrival <= clearedUpTo) {
                return;
            }
            entries.put(arrival, request);
        }
        listener.accept(request);
    }

    synchronized List<LoggedRequest> snapshot() {
        return List.copyOf(new ArrayList<>(entries.values()));
    }

    synchronized void clear() {
        entries.clear();
        clearedUpTo = arrivals;
    }

    JSONObject toJson() {
        JSONArray requests = new JSONArray();
        snapshot().forEach(request -> requests.put(toJson(request)));
        return new JSONObject().put("requests", requests);
    }

    static JSONObject toJson(LoggedRequest request) {
        return new JSONObject()
                .put("method", request.method())
                .put("path", request.path())
                .put("query", nullable(request.query()))
                .put("arrived_at", request.arrivedAt().toString())
                .put("arrived_nanos", request.arrivedNanos())
                .put("status", request.status())
                .put("xsrf_header_present", request.xsrfHeaderPresent())
                .put("xsrf_valid", request.xsrfValid())
                .put("session_valid", request.sessionValid())
                .put("origin_allowed", nullable(request.originAllowed()))
                .put("fault", nullable(request.fault()))
                .put("overwrote", request.overwrote())
                .put("date", nullable(request.date() == null ? null : request.date().toString()))
                .put("tenant", nullable(request.tenant()));
    }

    /** One line for the console. */
    static String line(LoggedRequest request) {
        StringBuilder line = new StringBuilder()
                .append(request.arrivedAt()).append(' ').append(request.method()).append(' ').append(request.path())
                .append(request.query() == null ? "" : "?" + request.query())
                .append(" -> ").append(request.status() == 0 ? "dropped" : Integer.toString(request.status()));
        if (request.fault() != null) {
            line.append(" fault=").append(request.fault());
        }
        if (request.date() != null) {
            line.append(" date=").append(request.date());
        }
        if (request.overwrote()) {
            line.append(" overwrote=true");
        }
        if (!request.sessionValid()) {
            line.append(" session=invalid");
        }
        if (request.xsrfHeaderPresent() && !request.xsrfValid()) {
            line.append(" xsrf=invalid");
        }
        if (Boolean.FALSE.equals(request.originAllowed())) {
            line.append(" origin=refused");
        }
        return line.toString();
    }

    private static Object nullable(Object value) {
        return value == null ? JSONObject.NULL : value;
    }
}
