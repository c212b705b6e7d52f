package personio.simulator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One request the simulator answered (or dropped), with the outcome of its checks. Never holds a cookie or token.
 *
 * @param query the raw query string, or null
 * @param arrivedNanos {@link System#nanoTime()} at arrival, to measure pace
 * @param status the answer's status; 0 when the connection was closed without an answer
 * @param xsrfHeaderPresent an {@code x-athena-xsrf-token} header came with the request
 * @param xsrfValid that header equals the session's XSRF token
 * @param sessionValid the session cookies were known and, on {@code /svc/}, the personio_session was fresh
 * @param originAllowed for POST and PUT to the API: the Origin was the tenant's; null otherwise
 * @param fault null, or {@code 429}, {@code 500}, {@code disconnect} or {@code delay}
 * @param overwrote a PUT replaced periods that were already stored
 * @param date the day a PUT or validate concerned, or null
 * @param tenant the company whose host the request went to (the Host header's subdomain), or null
 */
public record LoggedRequest(String method, String path, String query, Instant arrivedAt, long arrivedNanos,
        int status, boolean xsrfHeaderPresent, boolean xsrfValid, boolean sessionValid, Boolean originAllowed,
        String fault, boolean overwrote, LocalDate date, String tenant) {
}
