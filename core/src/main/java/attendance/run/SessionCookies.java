package attendance.run;

import java.util.Map;

/** Reads the browser's Personio cookies; the values are secrets that never leave the run. */
public interface SessionCookies {
    /** Every cookie the tenant's origin would be sent, by name, as they are now. */
    Map<String, String> read();
}
