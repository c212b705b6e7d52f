package attendance.run;

/** Reads the browser's Personio cookies; the values are secrets that never leave the run. */
public interface SessionCookies {
    /** The cookie's value, or null when there is none. */
    String value(String name);
}
