package attendance.run;

/**
 * The run's timing.
 *
 * @param paceMillis        the least time between the starts of two days' writes, as Personio sees them
 * @param paceMarginMillis  added to the pace, because a request's time on the way varies and Personio counts arrivals
 * @param refreshWaitMillis the wait after renewing the session, before the attendance call
 * @param sessionFreshMillis how old a refresh may be for an attendance call; older (after a long backoff), it is
 *                           renewed
 * @param timeoutMillis     per request
 * @param serverRetries     retries of a 5xx or network error
 * @param throttleRetries   retries of a 429
 * @param backoffMillis     the first backoff; it doubles each time
 * @param maxWaitMillis     the longest single wait, whatever Retry-After says
 */
public record RunOptions(long paceMillis, long paceMarginMillis, long refreshWaitMillis, long sessionFreshMillis,
        int timeoutMillis, int serverRetries, int throttleRetries, long backoffMillis, long maxWaitMillis) {

    /**
     * One write a second (with 25 ms to spare); attendance calls 100 ms to 10 s after a refresh; 10 s timeouts;
     * 3 retries of faults and 5 of throttling.
     */
    public static RunOptions defaults() {
        return new RunOptions(1000, 25, 100, 10_000, 10_000, 3, 5, 500, 60_000);
    }

    public RunOptions withPace(long millis) {
        return new RunOptions(millis, paceMarginMillis, refreshWaitMillis, sessionFreshMillis, timeoutMillis,
                serverRetries, throttleRetries, backoffMillis, maxWaitMillis);
    }
}
