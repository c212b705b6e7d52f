package attendance.run;

import attendance.json.Fields;
import java.time.LocalDate;

/** Reads {@code Retry-After} in both of its forms (RFC 9110 §10.2.3): delay-seconds, or an IMF-fixdate. */
final class RetryAfter {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private RetryAfter() {
    }

    /**
     * The wait asked for in milliseconds, never negative; null when there is no header or it cannot be read.
     *
     * @param nowEpochMillis the wall clock, to count a date from
     */
    static Long millis(String header, long nowEpochMillis) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (Fields.isDigits(value)) {
            return Long.parseLong(value) * 1000L;
        }
        Long at = imfFixdate(value);
        return at == null ? null : Math.max(0, at - nowEpochMillis);
    }

    /** {@code Sun, 06 Nov 1994 08:49:37 GMT} as epoch milliseconds, or null. */
    static Long imfFixdate(String s) {
        if (s.length() != 29 || s.charAt(3) != ',' || !s.endsWith(" GMT")) {
            return null;
        }
        int month = MONTHS.indexOf(s.substring(8, 11));
        String day = s.substring(5, 7);
        String year = s.substring(12, 16);
        String time = s.substring(17, 25);
        if (month < 0 || month % 3 != 0 || !Fields.isDigits(day) || !Fields.isDigits(year)
                || time.charAt(2) != ':' || time.charAt(5) != ':') {
            return null;
        }
        String h = time.substring(0, 2);
        String m = time.substring(3, 5);
        String sec = time.substring(6, 8);
        if (!Fields.isDigits(h) || !Fields.isDigits(m) || !Fields.isDigits(sec)) {
            return null;
        }
        try {
            long days = LocalDate.of(Integer.parseInt(year), month / 3 + 1, Integer.parseInt(day)).toEpochDay();
            long seconds = days * 86_400L + Integer.parseInt(h) * 3600L + Integer.parseInt(m) * 60L
                    + Integer.parseInt(sec);
            return seconds * 1000L;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
