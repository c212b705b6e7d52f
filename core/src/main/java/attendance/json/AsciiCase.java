package attendance.json;

/**
 * Letters and case in ASCII only, for the words the core compares: Personio's and the trackers' keywords, JSON's
 * {@code true}, {@code false} and {@code null}, time-zone names. Java's {@code equalsIgnoreCase} and
 * {@code Character.isLetter} go by the whole of Unicode, whose tables would add about 15 KB to the browser bundle;
 * no word compared here has a letter outside ASCII.
 */
public final class AsciiCase {
    private AsciiCase() {
    }

    /** Whether two texts are equal when ASCII letters are compared without their case; false when either is null. */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    public static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
