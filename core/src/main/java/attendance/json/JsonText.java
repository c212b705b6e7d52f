package attendance.json;

import org.json.JSONArray;
import org.json.JSONObject;

/**
 * JSON text read into org.json's objects with the result of {@code new JSONObject(text)} and {@code new
 * JSONArray(text)}, faster: text that is strict JSON (RFC 8259) is read here, with int positions and whole
 * substrings; any other text (org.json's lenient forms, a duplicate key, an error) is handed to org.json itself, which
 * then gives what it always gave, an object or its {@code JSONException}. In {@code core.js} org.json's reader counts
 * its position in {@code long}, which TeaVM emulates, and builds every string char by char; a month's timesheet took
 * a third of the core's time in a plan. Numbers and the words {@code true}, {@code false} and {@code null} are read by
 * org.json's own {@code JSONObject.stringToValue}. A JVM test holds both ways equal on generated and mutated texts.
 */
public final class JsonText {
    /** Thrown within this class only, and never filled: the text is not strict JSON, and org.json reads it. */
    private static final RuntimeException NOT_STRICT = new NotStrict();

    /** Deeper text is handed to org.json, so that this reader never runs out of stack where org.json would not. */
    private static final int MAX_DEPTH = 200;

    private final String text;
    private int at;
    private int depth;

    private JsonText(String text) {
        this.text = text;
    }

    /** What {@code new JSONObject(text)} gives, a {@code JSONException} included. */
    public static JSONObject object(String text) {
        Object read = strict(text, '{');
        return read instanceof JSONObject o ? o : new JSONObject(text);
    }

    /** What {@code new JSONArray(text)} gives, a {@code JSONException} included. */
    public static JSONArray array(String text) {
        Object read = strict(text, '[');
        return read instanceof JSONArray a ? a : new JSONArray(text);
    }

    /** The value of strict JSON text that opens with {@code opening}, or null for org.json to read. */
    static Object strict(String text, char opening) {
        if (text == null) {
            return null;
        }
        JsonText reader = new JsonText(text);
        try {
            reader.space();
            if (reader.at >= text.length() || text.charAt(reader.at) != opening) {
                return null;
            }
            Object value = reader.value();
            reader.space();
            return reader.at == text.length() ? value : null;
        } catch (RuntimeException e) {
            // Not strict JSON, or a value org.json would refuse to store: org.json reads it again and decides.
            return null;
        }
    }

    private Object value() {
        char c = peek();
        switch (c) {
            case '{':
                return nested(true);
            case '[':
                return nested(false);
            case '"':
                return string();
            case 't':
                return word("true", Boolean.TRUE);
            case 'f':
                return word("false", Boolean.FALSE);
            case 'n':
                return word("null", JSONObject.NULL);
            default:
                return number();
        }
    }

    private Object nested(boolean object) {
        if (++depth > MAX_DEPTH) {
            throw NOT_STRICT;
        }
        Object value = object ? object() : array();
        depth--;
        return value;
    }

    private JSONObject object() {
        JSONObject object = new JSONObject();
        at++;
        space();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            if (peek() != '"') {
                throw NOT_STRICT;
            }
            String key = string();
            space();
            expect(':');
            space();
            Object value = value();
            if (object.has(key)) {
                throw NOT_STRICT;
            }
            object.put(key, value);
            space();
            if (peek() == '}') {
                at++;
                return object;
            }
            expect(',');
            space();
        }
    }

    private JSONArray array() {
        JSONArray array = new JSONArray();
        at++;
        space();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            array.put(value());
            space();
            if (peek() == ']') {
                at++;
                return array;
            }
            expect(',');
            space();
        }
    }

    private String string() {
        int start = ++at;
        while (true) {
            char c = peek();
            if (c == '"') {
                at++;
                return text.substring(start, at - 1);
            }
            if (c == '\\') {
                return escaped(start);
            }
            if (c < ' ') {
                throw NOT_STRICT;
            }
            at++;
        }
    }

    /** The rest of a string from its first escape on. */
    private String escaped(int start) {
        StringBuilder out = new StringBuilder(text.substring(start, at));
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return out.toString();
            }
            if (c < ' ') {
                throw NOT_STRICT;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = peek();
            at++;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> throw NOT_STRICT;
            }
        }
    }

    private char unicode() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = peek();
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw NOT_STRICT;
            }
            code = code * 16 + digit;
            at++;
        }
        return (char) code;
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw NOT_STRICT;
        }
        at += word.length();
        ended();
        return value;
    }

    /** A number as strict JSON writes it, its value as org.json reads it. */
    private Object number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else {
            digits();
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            digits();
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits();
        }
        ended();
        Object value = JSONObject.stringToValue(text.substring(start, at));
        if (!(value instanceof Number)) {
            throw NOT_STRICT;
        }
        return value;
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start) {
            throw NOT_STRICT;
        }
    }

    /** A word or a number ends where strict JSON lets it end: the text's end, a space, a comma or a closing bracket. */
    private void ended() {
        if (at < text.length() && " \t\n\r,]}".indexOf(text.charAt(at)) < 0) {
            throw NOT_STRICT;
        }
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw NOT_STRICT;
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw NOT_STRICT;
        }
        at++;
    }

    /** No message, no cause, no stack: made once. */
    private static final class NotStrict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotStrict() {
            super(null, null, false, false);
        }
    }
}
