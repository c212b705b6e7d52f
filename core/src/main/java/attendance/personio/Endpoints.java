package attendance.personio;

import attendance.time.Times;
import java.time.LocalDate;

/** Where Personio's endpoints are, relative to the tenant's origin, and the names its session uses. */
public final class Endpoints {
    public static final String XSRF_HEADER = "x-athena-xsrf-token";
    public static final String XSRF_COOKIE = "ATHENA-XSRF-TOKEN";
    public static final String ATHENA_SESSION_COOKIE = "ATHENA_SESSION";
    public static final String SESSION_COOKIE = "personio_session";
    public static final String LANGUAGE_COOKIE = "product_language";
    /** Without these the user is not signed in. */
    public static final String[] REQUIRED_COOKIES = {XSRF_COOKIE, ATHENA_SESSION_COOKIE, SESSION_COOKIE};

    /** Calls under this prefix need a fresh session: a refresh, then 100 ms. */
    public static final String ATTENDANCE_PREFIX = "/svc/";
    public static final String NAVIGATION_CONTEXT = "/api/v1/navigation/context";
    /** Also renews the {@code personio_session} cookie, which is why it precedes every attendance call. */
    public static final String PROJECTS = "/api/v1/projects";
    public static final String VALIDATE = "/svc/attendance-api/validate-and-calculate-full-day?propose-fix=false";

    private static final String HEX = "0123456789ABCDEF";

    private Endpoints() {
    }

    /** The company's host, such as {@code acme.app.personio.com}. */
    public static String host(String tenant) {
        return tenant + ".app.personio.com";
    }

    /** The company's origin, the only one Personio takes writes from (protocol §2). */
    public static String origin(String tenant) {
        return "https://" + host(tenant);
    }

    public static String timesheet(long employeeId, LocalDate from, LocalDate to, String timezone) {
        return "/svc/attendance-bff/v1/timesheet/" + employeeId + "?start_date=" + Times.format(from) + "&end_date="
                + Times.format(to) + "&timezone=" + encode(timezone);
    }

    public static String day(String dayId) {
        return "/svc/attendance-api/v1/days/" + encode(dayId);
    }

    /**
     * Percent-encodes everything but unreserved characters, as a query value needs, byte by byte of its UTF-8 (a lone
     * surrogate as {@code ?}, as Java's encoder writes it). The encoding is done here: {@code java.nio.charset} would
     * add its encoders to the browser bundle.
     */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isSurrogate((char) c) && c <= Character.MAX_VALUE) {
                c = '?';
            }
            if (c < 0x80) {
                encoded(sb, c);
            } else if (c < 0x800) {
                encoded(sb, 0xc0 | c >> 6);
                encoded(sb, 0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                encoded(sb, 0xe0 | c >> 12);
                encoded(sb, 0x80 | c >> 6 & 0x3f);
                encoded(sb, 0x80 | c & 0x3f);
            } else {
                encoded(sb, 0xf0 | c >> 18);
                encoded(sb, 0x80 | c >> 12 & 0x3f);
                encoded(sb, 0x80 | c >> 6 & 0x3f);
                encoded(sb, 0x80 | c & 0x3f);
            }
        }
        return sb.toString();
    }

    private static void encoded(StringBuilder sb, int b) {
        boolean unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.' || b == '~';
        if (unreserved) {
            sb.append((char) b);
        } else {
            sb.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 15));
        }
    }
}
