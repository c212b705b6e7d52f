package personio.simulator;

/**
 * Checks that a text is exactly one JSON object as RFC 8259 defines it.
 *
 * <p>org.json alone accepts more (single quotes, bare words, trailing text); a client that sends such text to
 * Personio would fail there, so the simulator refuses it too.
 */
final class StrictJson {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private StrictJson(String text) {
        this.text = text;
    }

    static boolean isObject(String text) {
        if (text == null) {
            return false;
        }
        StrictJson reader = new StrictJson(text);
        try {
            reader.whitespace();
            if (reader.at >= text.length() || text.charAt(reader.at) != '{') {
                return false;
            }
            reader.value(0);
            reader.whitespace();
            return reader.at == text.length();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private void value(int depth) {
        Require.that(depth < MAX_DEPTH, "nested too deeply");
        char next = text.charAt(at);
        if (next == '{') {
            members(depth);
        } else if (next == '[') {
            elements(depth);
        } else if (next == '"') {
            string();
        } else if (next == '-' || (next >= '0' && next <= '9')) {
            number();
        } else {
            literal();
        }
    }

    private void members(int depth) {
        at++;
        whitespace();
        if (text.charAt(at) == '}') {
            at++;
            return;
        }
        while (true) {
            whitespace();
            Require.that(text.charAt(at) == '"', "a key is a string");
            string();
            whitespace();
            expect(':');
            whitespace();
            value(depth + 1);
            whitespace();
            if (text.charAt(at) == '}') {
                at++;
                return;
            }
            expect(',');
        }
    }

    private void elements(int depth) {
        at++;
        whitespace();
        if (text.charAt(at) == ']') {
            at++;
            return;
        }
        while (true) {
            whitespace();
            value(depth + 1);
            whitespace();
            if (text.charAt(at) == ']') {
                at++;
                return;
            }
            expect(',');
        }
    }

    private void string() {
        at++;
        while (true) {
            char next = text.charAt(at++);
            if (next == '"') {
                return;
            }
            Require.that(next >= 0x20, "a control character in a string");
            if (next == '\\') {
                char escaped = text.charAt(at++);
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        Require.that(Character.digit(text.charAt(at++), 16) >= 0, "a bad unicode escape");
                    }
                } else {
                    Require.that("\"\\/bfnrt".indexOf(escaped) >= 0, "a bad escape");
                }
            }
        }
    }

    private void number() {
        if (text.charAt(at) == '-') {
            at++;
        }
        if (text.charAt(at) == '0') {
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
            if (text.charAt(at) == '+' || text.charAt(at) == '-') {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        Require.that(at > start, "a digit expected");
    }

    private void literal() {
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return;
            }
        }
        throw new IllegalArgumentException("a value expected at " + at);
    }

    private void whitespace() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private void expect(char wanted) {
        Require.that(text.charAt(at) == wanted, "'" + wanted + "' expected at " + at);
        at++;
    }
}
