package attendance.json;

/**
 * The syntax of a JSON number (RFC 8259 §6): {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. org.json's
 * writer asks a regular expression for this; the browser build asks this method instead, so that the whole of
 * {@code java.util.regex} stays out of {@code core.js} (see {@code extension/.../bundle/JsonWithoutRegex}).
 */
public final class JsonNumberSyntax {
    private JsonNumberSyntax() {
    }

    public static boolean matches(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            i = digits(s, i);
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int after = digits(s, i + 1);
            if (after == i + 1) {
                return false;
            }
            i = after;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int after = digits(s, i);
            if (after == i) {
                return false;
            }
            i = after;
        }
        return i == n;
    }

    private static int digits(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
