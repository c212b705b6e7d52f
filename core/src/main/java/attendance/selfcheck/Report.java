package attendance.selfcheck;

import java.util.List;

/**
 * The self-check as plain text for a bug ticket: one line per check with its verdict, its code, its arguments and
 * the names it lists. It never holds a finding's detail (Personio's own words may name people or quote comments), and
 * an argument or name that is not a plain token (letters, digits, {@code _ - . [ ]}) is shown as {@code ?}, so that no
 * free text reaches it. Session values never enter a finding in the first place.
 */
public final class Report {
    private static final int MAX_TOKEN = 100;

    private Report() {
    }

    /** @param version the extension's version, as its manifest says */
    public static String text(String version, List<Finding> findings) {
        StringBuilder text = new StringBuilder("Personio Attendance Recorder ").append(token(version))
                .append(", self-check\n");
        for (Finding f : findings) {
            text.append(f.check().code()).append(": ").append(f.result().code()).append(' ').append(f.code().code());
            if (!f.args().isEmpty()) {
                text.append(" [").append(tokens(f.args())).append(']');
            }
            if (!f.fields().isEmpty() && f.code().fieldsKind() != null) {
                text.append(' ').append(f.code().fieldsKind().code()).append(": ").append(tokens(f.fields()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String tokens(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(token(value));
        }
        return joined.toString();
    }

    /** The value when it is a plain token, else {@code ?}. */
    static String token(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_TOKEN) {
            return "?";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || c == '.' || c == '[' || c == ']';
            if (!plain) {
                return "?";
            }
        }
        return value;
    }
}
