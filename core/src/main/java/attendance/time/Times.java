package attendance.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/** Strict parsers and formatters for the few fixed formats Personio and the settings use. Parsers return null. */
public final class Times {
    private Times() {
    }

    /** {@code YYYY-MM-DD}, or null. */
    public static LocalDate date(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code YYYY-MM}, or null. */
    public static YearMonth month(String s) {
        if (s == null || s.length() != 7 || s.charAt(4) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        if (y < 1970 || m < 1 || m > 12) {
            return null;
        }
        return YearMonth.of(y, m);
    }

    /** {@code HH:MM} from 00:00 to 23:59, or null. */
    public static LocalTime time(String s) {
        if (s == null || s.length() != 5 || s.charAt(2) != ':') {
            return null;
        }
        int h = digits(s, 0, 2);
        int m = digits(s, 3, 5);
        if (h < 0 || h > 23 || m < 0 || m > 59) {
            return null;
        }
        return LocalTime.of(h, m);
    }

    /** {@code YYYY-MM-DDTHH:MM[:SS]} (also with a space for the T), with no offset, or null. */
    public static LocalDateTime dateTime(String s) {
        if (s == null || (s.length() != 16 && s.length() != 19)) {
            return null;
        }
        char sep = s.charAt(10);
        if (sep != 'T' && sep != ' ') {
            return null;
        }
        LocalDate date = date(s.substring(0, 10));
        LocalTime hm = time(s.substring(11, 16));
        if (date == null || hm == null) {
            return null;
        }
        int seconds = 0;
        if (s.length() == 19) {
            if (s.charAt(16) != ':') {
                return null;
            }
            seconds = digits(s, 17, 19);
            if (seconds < 0 || seconds > 59) {
                return null;
            }
        }
        return LocalDateTime.of(date, hm.withSecond(seconds));
    }

    public static String format(LocalDate d) {
        return pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2) + "-" + pad(d.getDayOfMonth(), 2);
    }

    public static String format(YearMonth m) {
        return pad(m.getYear(), 4) + "-" + pad(m.getMonthValue(), 2);
    }

    /** {@code HH:MM}. */
    public static String format(LocalTime t) {
        return pad(t.getHour(), 2) + ":" + pad(t.getMinute(), 2);
    }

    /** {@code YYYY-MM-DD<sep>HH:MM:SS}. */
    public static String format(LocalDateTime t, char separator) {
        return format(t.toLocalDate()) + separator + format(t.toLocalTime()) + ":" + pad(t.getSecond(), 2);
    }

    /**
     * Minutes as an ISO 8601 duration ({@code PT570M}), for messages: a raw value that the pages write the user's
     * language's way.
     */
    public static String duration(long minutes) {
        return "PT" + minutes + "M";
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String pad(int value, int width) {
        StringBuilder sb = new StringBuilder(Integer.toString(value));
        while (sb.length() < width) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }
}
