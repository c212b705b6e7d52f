package personio.simulator;

import java.time.Instant;
import java.time.LocalDate;

/** What the simulator learns about one request while it answers it; becomes a {@link LoggedRequest}. */
final class Visit {

    private final long arrival;
    private final String method;
    private final String path;
    private final String query;
    private final String tenant;
    private final Instant arrivedAt;
    private final long arrivedNanos;
    private boolean xsrfHeaderPresent;
    private boolean xsrfValid;
    private boolean sessionValid;
    private Boolean originAllowed;
    private String fault;
    private boolean overwrote;
    private LocalDate date;

    Visit(long arrival, String method, String path, String query, String tenant) {
        this.arrival = arrival;
        this.tenant = tenant;
        this.method = method;
        this.path = path;
        this.query = query;
        this.arrivedAt = Instant.now();
        this.arrivedNanos = System.nanoTime();
    }

    long arrival() {
        return arrival;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String query() {
        return query;
    }

    void checks(boolean headerPresent, boolean headerValid, boolean session, Boolean origin) {
        this.xsrfHeaderPresent = headerPresent;
        this.xsrfValid = headerValid;
        this.sessionValid = session;
        this.originAllowed = origin;
    }

    void fault(String kind) {
        this.fault = kind;
    }

    void overwrote(boolean replacedPeriods) {
        this.overwrote = replacedPeriods;
    }

    void date(LocalDate day) {
        this.date = day;
    }

    LoggedRequest toLogged(int status) {
        return new LoggedRequest(method, path, query, arrivedAt, arrivedNanos, status, xsrfHeaderPresent, xsrfValid,
                sessionValid, originAllowed, fault, overwrote, date, tenant);
    }
}
