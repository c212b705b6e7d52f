package attendance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.5", "7.50", "-0.0",
        "1e5", "1E+5", "2.5e-3", "1e400", "-1e-400", "1.7976931348623157e308", "100e-2"};
    private static final String[] WORDS = {"", "a", "Ab c", "ä€𝄞", "quote\"in", "back\\slash", "tab\tnew\nline",
        "\u0001\u001f", "slash/", "{[,:]}", "true", "null", "0", " lead", "\u2028"};
    private static final String MUTATIONS = "{}[],:\"\\ \t\n\r\f\u000b'/#;=0-.eEtnfu";

    @Test
    void readsTextsOfEveryKindAsOrgJsonDoes() {
        for (String text : List.of("{}", "[]", " {\"a\":1} ", "{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":false}",
                "{\"a\":\"\\u00e9\\ud834\\udd1e\\/\\b\\f\\n\\r\\t\"}", "[\"x\",-0,1.50,1e400]",
                // org.json's lenient forms, its errors, and what follows a value
                "{a:1}", "{'a':'b'}", "{\"a\":1,}", "[1,,2]", "[1,]", "{\"a\":1;\"b\":2}", "{\"a\"=1}",
                "{\"a\":TRUE}", "{\"a\":tru}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x1F}",
                "{\"a\":\"raw\ttab\"}", "{\"a\":\"raw\nline\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}",
                "{\"a\":\"\\u+123\"}", "{\"a\":1,\"a\":2}", "{\"a\":null,\"a\":2}", "{\"a\":1} tail", "[1] ]",
                "{\"a\":1", "[1,2", "", "   ", "x", "{\"a\" 1}", "{\"a\":[1 2]}", "\u000b{\"a\":1}",
                "{\"a\":true x}", "{\"a\":nullx}", "[1e5e5]", "[--1]", "[\"a\"\"b\"]", "{\"a\":1}/*c*/",
                "{\"a\":#1}", "{\"\":\"\"}", "[null, true ,false\t]", "{\"a\":1e99999999999999}")) {
            agrees(text);
        }
    }

    @Test
    void readsGeneratedAndMutatedTextsAsOrgJsonDoes() {
        Random random = new Random(20261203L);
        int strict = 0;
        for (int i = 0; i < 4000; i++) {
            String text = write(random, random.nextBoolean() ? object(random, 3) : array(random, 3));
            assertNotNull(JsonText.strict(text, text.trim().charAt(0)), () -> "strict JSON read here: " + text);
            strict++;
            agrees(text);
            for (int m = 0; m < 5; m++) {
                agrees(mutate(random, text));
            }
        }
        assertEquals(4000, strict);
    }

    @Test
    void deepTextIsLeftToOrgJson() {
        String deep = "[".repeat(201) + "]".repeat(201);
        assertNull(JsonText.strict(deep, '['));
        assertEquals(1, JsonText.array(deep).length());
        String allowed = "[".repeat(200) + "]".repeat(200);
        assertNotNull(JsonText.strict(allowed, '['));
    }

    @Test
    void textThatIsNotStrictJsonGoesToOrgJson() {
        assertNull(JsonText.strict("{a:1}", '{'));
        assertNull(JsonText.strict("{\"a\":1,\"a\":2}", '{'));
        assertNull(JsonText.strict("[1,]", '['));
        assertNull(JsonText.strict(null, '{'));
        assertTrue(JsonText.object("{a:1}").getInt("a") == 1, "org.json's lenient form still read");
    }

    /** Both ways give the same values, numbers of the same class, or both refuse the text. */
    private static void agrees(String text) {
        agrees(text, JsonText::object, JSONObject::new);
        agrees(text, JsonText::array, JSONArray::new);
    }

    private static void agrees(String text, Function<String, Object> here, Function<String, Object> orgJson) {
        Object expected;
        try {
            expected = orgJson.apply(text);
        } catch (JSONException e) {
            try {
                Object got = here.apply(text);
                fail("read " + got + " where org.json refused: " + text);
            } catch (JSONException refused) {
                assertEquals(e.getMessage(), refused.getMessage(), text);
            }
            return;
        }
        same(expected, here.apply(text), text);
    }

    private static void same(Object expected, Object actual, String text) {
        if (expected instanceof JSONObject o) {
            JSONObject a = (JSONObject) actual;
            assertEquals(o.keySet(), a.keySet(), text);
            for (String key : o.keySet()) {
                same(o.get(key), a.get(key), text);
            }
        } else if (expected instanceof JSONArray o) {
            JSONArray a = (JSONArray) actual;
            assertEquals(o.length(), a.length(), text);
            for (int i = 0; i < o.length(); i++) {
                same(o.get(i), a.get(i), text);
            }
        } else {
            assertEquals(expected.getClass(), actual.getClass(), text);
            assertEquals(expected, actual, text);
        }
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0 -> WORDS[random.nextInt(WORDS.length)];
            case 1 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> WORDS[random.nextInt(WORDS.length)] + random.nextInt(100);
            case 5 -> object(random, depth - 1);
            default -> array(random, depth - 1);
        };
    }

    /** An object as a list of key and value pairs, its keys distinct. */
    private static List<Object[]> object(Random random, int depth) {
        List<Object[]> pairs = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            pairs.add(new Object[] {WORDS[random.nextInt(WORDS.length)] + "#" + i, value(random, depth)});
        }
        return pairs;
    }

    private static Object[] array(Random random, int depth) {
        Object[] items = new Object[random.nextInt(5)];
        for (int i = 0; i < items.length; i++) {
            items[i] = value(random, depth);
        }
        return items;
    }

    private static String write(Random random, Object value) {
        StringBuilder out = new StringBuilder();
        write(random, value, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Random random, Object value, StringBuilder out) {
        space(random, out);
        if (value instanceof List<?> pairs) {
            out.append('{');
            String comma = "";
            for (Object[] pair : (List<Object[]>) pairs) {
                out.append(comma);
                space(random, out);
                quote(random, (String) pair[0], out);
                space(random, out);
                out.append(':');
                write(random, pair[1], out);
                comma = ",";
            }
            space(random, out);
            out.append('}');
        } else if (value instanceof Object[] items) {
            out.append('[');
            String comma = "";
            for (Object item : items) {
                out.append(comma);
                write(random, item, out);
                comma = ",";
            }
            space(random, out);
            out.append(']');
        } else {
            String text = (String) value;
            boolean bare = text.equals("true") || text.equals("false") || text.equals("null")
                    || List.of(NUMBERS).contains(text);
            if (bare) {
                out.append(text);
            } else {
                quote(random, text, out);
            }
        }
        space(random, out);
    }

    /** A string in strict JSON, each character written plainly or escaped, as the dice say. */
    private static void quote(Random random, String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            boolean must = c == '"' || c == '\\' || c < ' ';
            if (must || random.nextInt(6) == 0) {
                switch (c) {
                    case '"', '\\' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '/' -> out.append("\\/");
                    default -> out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void space(Random random, StringBuilder out) {
        if (random.nextInt(4) == 0) {
            out.append(" \t\n\r".charAt(random.nextInt(4)));
        }
    }

    private static String mutate(Random random, String text) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text + "}";
            case 1 -> text.substring(0, at) + MUTATIONS.charAt(random.nextInt(MUTATIONS.length()))
                    + text.substring(at);
            default -> text.substring(0, at);
        };
    }
}
