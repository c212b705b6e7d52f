package attendance.run;

/** Monotonic milliseconds and sleeping, so that pace and backoff can be tested without waiting. */
public interface RunClock {
    long millis();

    void sleep(long millis);

    /** The wall clock, for dates Personio sends (a {@code Retry-After} date). */
    default long epochMillis() {
        return System.currentTimeMillis();
    }

    /** The real clock; {@code Thread.sleep} also works in the browser build, where TeaVM makes it asynchronous. */
    RunClock SYSTEM = new RunClock() {
        @Override
        public long millis() {
            return System.nanoTime() / 1_000_000L;
        }

        @Override
        public void sleep(long millis) {
            if (millis <= 0) {
                return;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };
}
