package attendance.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as Toggl Track and Clockify write them, which follows each user's own settings. Dates: year first
 * ({@code 2025-11-03}, {@code 2025/11/03}), day first with dots ({@code 03.11.2025}), and with slashes or dashes and
 * the year last ({@code 11/03/2025}, {@code 03-11-2025}, or with two digits, {@code 7/27/22}, read as 20YY, as a
 * spreadsheet saves a file again), whose order the file itself settles or the user answers. Times: 24-hour or
 * 12-hour with AM or PM, with or without seconds ({@code 14:05}, {@code 14:05:09}, {@code 2:05:09 PM}).
 */
final class CsvTimes {
    private CsvTimes() {
    }

    /** Which comes first in a file's dates with slashes or dashes and the year last. */
    enum Order {
        DAY_FIRST("day_first"), MONTH_FIRST("month_first"), UNKNOWN("unknown");

        private final String code;

        Order(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        /** The order for its code ({@code day_first}, {@code month_first}), or null. */
        static Order fromCode(String code) {
            for (Order o : values()) {
                if (o != UNKNOWN && o.code.equals(code)) {
                    return o;
                }
            }
            return null;
        }
    }

    /**
     * The order a file's dates show: a first number over 12 can only be a day, a second one only a day too. A file
     * that shows neither, or both, leaves it unknown.
     */
    static Order order(List<String> dates) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String date : dates) {
            int[] parts = parts(date);
            if (parts != null && parts[3] == 0) {
                dayFirst |= parts[0] > 12;
                monthFirst |= parts[1] > 12;
            }
        }
        return dayFirst == monthFirst ? Order.UNKNOWN : dayFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    /** Whether this is a date that the order leaves open: both numbers 12 or under, and different. */
    static boolean ambiguous(String s, Order order) {
        int[] parts = parts(s);
        return parts != null && parts[3] == 0 && order == Order.UNKNOWN && parts[0] <= 12 && parts[1] <= 12
                && parts[0] != parts[1];
    }

    /** The first date of these that the order leaves open, or null. */
    static String firstAmbiguous(List<String> dates, Order order) {
        for (String date : dates) {
            if (ambiguous(date, order)) {
                return date.trim();
            }
        }
        return null;
    }

    /** A date that {@link #ambiguous} leaves open, read day first (index 0) and month first (index 1). */
    static LocalDate[] bothWays(String s) {
        return new LocalDate[] {date(s, Order.DAY_FIRST), date(s, Order.MONTH_FIRST)};
    }

    /** The date, or null when it is none or {@link #ambiguous}. */
    static LocalDate date(String s, Order order) {
        int[] parts = parts(s);
        if (parts == null || ambiguous(s, order)) {
            return null;
        }
        int year = parts[3] == 1 ? parts[0] : parts[2];
        int month;
        int day;
        if (parts[3] == 1) {
            month = parts[1];
            day = parts[2];
        } else if (parts[3] == 2 || order == Order.DAY_FIRST || parts[0] > 12) {
            day = parts[0];
            month = parts[1];
        } else {
            month = parts[0];
            day = parts[1];
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The three numbers of a date and its kind: {@code [a, b, c, kind]}, kind 1 for year first, 2 for day first with
     * dots, 0 for slashes or dashes with the year last; null when it is no date of these forms.
     */
    private static int[] parts(String raw) {
        String s = raw.trim();
        int first = s.indexOf('/') >= 0 ? '/' : s.indexOf('.') >= 0 ? '.' : '-';
        int a = s.indexOf(first);
        int b = a < 0 ? -1 : s.indexOf(first, a + 1);
        if (b < 0 || s.indexOf(first, b + 1) >= 0) {
            return null;
        }
        String x = s.substring(0, a);
        String y = s.substring(a + 1, b);
        String z = s.substring(b + 1);
        if (!digits(x, 1, 4) || !digits(y, 1, 2) || !digits(z, 1, 4)) {
            return null;
        }
        if (x.length() == 4 && z.length() <= 2 && first != '.') {
            return new int[] {number(x), number(y), number(z), 1};
        }
        if (x.length() <= 2 && (z.length() == 4 || z.length() == 2)) {
            int year = z.length() == 2 ? 2000 + number(z) : number(z);
            return new int[] {number(x), number(y), year, first == '.' ? 2 : 0};
        }
        return null;
    }

    /** A time to the second, or null. */
    static LocalTime time(String raw) {
        String s = raw.trim().toUpperCase(Locale.ROOT);
        int half = s.endsWith("AM") ? 1 : s.endsWith("PM") ? 2 : 0;
        if (half > 0) {
            s = s.substring(0, s.length() - 2).trim();
        }
        int colon = s.indexOf(':');
        int second = colon < 0 ? -1 : s.indexOf(':', colon + 1);
        String h = colon < 0 ? "" : s.substring(0, colon);
        String m = colon < 0 ? "" : s.substring(colon + 1, second < 0 ? s.length() : second);
        String sec = second < 0 ? "00" : s.substring(second + 1);
        if (!digits(h, 1, 2) || !digits(m, 2, 2) || !digits(sec, 2, 2)) {
            return null;
        }
        int hour = number(h);
        int minute = number(m);
        int seconds = number(sec);
        if (half > 0) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half == 2 ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || seconds > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, seconds);
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s) {
        return Integer.parseInt(s);
    }
}
