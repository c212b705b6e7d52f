package attendance.selfcheck;

import java.util.List;

/**
 * The self-check as plain text for a bug ticket: one line per check with its verdict, its code, its arguments and
 * the names it lists. It never holds a finding's detail (Personio's own words may name people or quote comments), and
 * an argument or name that is not a plain token (letters, digits, {@code _ - . [ ]}) is shown as {@code ?}, so that no
 * free text reaches it. A field name is listed only when each name in its path is made of lower-case letters, digits
 * and underscores (a list marked {@code []}), at most {@value #MAX_FIELDS} of them. Session values never enter a
 * finding in the first place.
 */
public final class Report {
    private static final int MAX_TOKEN = 100;
    /** The most field names a line lists; the rest are counted. */
    static final int MAX_FIELDS = 20;
    /** The longest single name in a field's path. */
    private static final int MAX_NAME = 40;

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
                // Cookie names are the product's own; field names come from Personio's answer, and are held tighter.
                text.append(' ').append(f.code().fieldsKind().code()).append(": ").append(
                        f.code().fieldsKind() == FieldsKind.MISSING ? tokens(f.fields()) : fieldNames(f.fields()));
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

    private static String fieldNames(List<String> fields) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < fields.size() && i < MAX_FIELDS; i++) {
            if (joined.length() > 0) {
                joined.append(", ");
            }
            joined.append(fieldName(fields.get(i)));
        }
        if (fields.size() > MAX_FIELDS) {
            joined.append(", +").append(fields.size() - MAX_FIELDS);
        }
        return joined.toString();
    }

    /** A field's path when each name in it is lower-case letters, digits and underscores, else {@code ?}. */
    static String fieldName(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_TOKEN) {
            return "?";
        }
        int from = 0;
        while (from <= path.length()) {
            int dot = path.indexOf('.', from);
            String name = path.substring(from, dot < 0 ? path.length() : dot);
            String bare = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
            if (bare.isEmpty() || bare.length() > MAX_NAME) {
                return "?";
            }
            for (int i = 0; i < bare.length(); i++) {
                char c = bare.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                    return "?";
                }
            }
            from = dot < 0 ? path.length() + 1 : dot + 1;
        }
        return path;
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
