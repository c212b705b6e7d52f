package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    /** The log's JSON keys, one per {@link LoggedRequest} component. */
    static final Set<String> KEYS = Set.of("method", "path", "query", "arrived_at", "arrived_nanos", "status",
            "xsrf_header_present", "xsrf_valid", "session_valid", "origin_allowed", "fault", "overwrote", "date",
            "tenant");

    final List<LoggedRequest> printed = new ArrayList<>();
    final RequestLog log = new RequestLog(printed::add);

    static LoggedRequest request(String path, int status) {
        return new LoggedRequest("PUT", path, "autoFix=true", Instant.parse("2026-10-13T08:00:00Z"), 1, status, true,
                true, true, Boolean.TRUE, null, true, LocalDate.of(2026, 10, 13), "acme");
    }

    @Test
    void keepsArrivalOrderEvenWhenAnswersFinishInAnotherOrder() {
        long first = log.arrive();
        long second = log.arrive();

        log.record(second, request("/second", 200));
        log.record(first, request("/first", 200));

        assertEquals(List.of("/first", "/second"), log.snapshot().stream().map(LoggedRequest::path).toList());
        assertEquals(2, printed.size());
    }

    @Test
    void dropsRequestsThatArrivedBeforeTheLastClear() {
        long before = log.arrive();
        log.clear();
        long after = log.arrive();

        log.record(before, request("/before", 200));
        log.record(after, request("/after", 200));

        assertEquals(List.of("/after"), log.snapshot().stream().map(LoggedRequest::path).toList());
    }

    @Test
    void servesEveryFieldAsJson() {
        JSONObject json = RequestLog.toJson(request("/svc/attendance-api/v1/days/d", 200));

        assertEquals(KEYS, json.keySet());
        assertEquals("2026-10-13", json.getString("date"));
        assertTrue(json.getBoolean("overwrote"));
        assertTrue(json.isNull("fault"));
    }

    @Test
    void printsOneReadableLine() {
        String line = RequestLog.line(request("/svc/attendance-api/v1/days/d", 200));

        assertEquals("2026-10-13T08:00:00Z PUT /svc/attendance-api/v1/days/d?autoFix=true -> 200 date=2026-10-13"
                + " overwrote=true", line);
    }
}
