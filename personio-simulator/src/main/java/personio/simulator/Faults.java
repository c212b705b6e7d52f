package personio.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Injected faults: answers of 429, 500 and 403, JSON answers cut short, answers that hang, dropped connections, and
 * a delay on every API request.
 */
final class Faults {

    static final String TOO_MANY_REQUESTS = "429";
    static final String SERVER_ERROR = "500";
    static final String DISCONNECT = "disconnect";
    /** A 403 for this one request, while the session stays good. */
    static final String FORBIDDEN = "403";
    /** The real answer, cut off in the middle of its JSON, with status 200 and a JSON content type. */
    static final String TRUNCATED = "truncated";
    /** No answer for a long time ({@link #HANG_MILLIS}), then the connection is closed. */
    static final String HANG = "hang";
    /** The request is carried out (a save lands), but its answer is lost: the connection is closed instead. */
    static final String LOST_ANSWER = "lost_answer";
    /** The request is carried out (a save lands), but a gateway answers 502 with an HTML page. */
    static final String STORED_BAD_GATEWAY = "stored_502";
    /** A refusal as {@code text/plain}, as Personio sometimes sends its errors. */
    static final String REFUSED_AS_TEXT = "refused_text";
    /** A refusal in the wrapped shape: {@code success: false} and a message quoting an internal call's answer. */
    static final String REFUSED_WRAPPED = "refused_wrapped";
    static final long HANG_MILLIS = 30_000;
    static final String DELAY = "delay";

    /** A fault that hits one request. {@code retryAfterSeconds} below 0 means: no Retry-After header. */
    record Fault(String kind, int retryAfterSeconds) {
    }

    private record Pending(String kind, int remaining, int retryAfterSeconds, String pathPrefix) {

        boolean matches(String path) {
            return pathPrefix == null || path.startsWith(pathPrefix);
        }
    }

    private static final List<String> PRECEDENCE = List.of(TOO_MANY_REQUESTS, SERVER_ERROR, FORBIDDEN, HANG,
            TRUNCATED, LOST_ANSWER, STORED_BAD_GATEWAY, REFUSED_AS_TEXT, REFUSED_WRAPPED, DISCONNECT);

    private final List<Pending> pending = new ArrayList<>();
    private Duration delay = Duration.ZERO;

    /** The next {@code count} requests whose path starts with {@code pathPrefix} (null: any) get the fault. */
    synchronized void add(String kind, int count, int retryAfterSeconds, String pathPrefix) {
        Require.that(PRECEDENCE.contains(kind), "unknown fault " + kind);
        Require.that(count >= 0, "a fault count is not negative");
        if (count > 0) {
            pending.add(new Pending(kind, count, retryAfterSeconds, pathPrefix));
        }
    }

    /** Takes the fault this request gets, if any: 429 before 500 before disconnect, oldest first. */
    synchronized Optional<Fault> take(String path) {
        for (String kind : PRECEDENCE) {
            for (int i = 0; i < pending.size(); i++) {
                Pending candidate = pending.get(i);
                if (candidate.kind().equals(kind) && candidate.matches(path)) {
                    if (candidate.remaining() == 1) {
                        pending.remove(i);
                    } else {
                        pending.set(i, new Pending(kind, candidate.remaining() - 1, candidate.retryAfterSeconds(),
                                candidate.pathPrefix()));
                    }
                    return Optional.of(new Fault(kind, candidate.retryAfterSeconds()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a dropped connection is still to come; until then connections may be kept alive. */
    synchronized boolean disconnectArmed() {
        return pending.stream().anyMatch(p -> p.kind().equals(DISCONNECT));
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized void delay(Duration perRequest) {
        Require.that(perRequest != null && !perRequest.isNegative(), "a delay is not negative");
        this.delay = perRequest;
    }

    synchronized void clear(Duration baseDelay) {
        pending.clear();
        delay(baseDelay);
    }
}
