package attendance.json;

import attendance.InputException;
import attendance.text.MessageCode;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Typed access to JSON fields. Absent and {@code null} are the same for optional fields; a present value of the wrong
 * type is an error naming its path, because guessing at a server's meaning could write the wrong day.
 */
public final class Fields {
    private Fields() {
    }

    /** Parses a JSON object, or fails naming the source ({@code timesheet}, {@code request}, ...). */
    public static JSONObject object(String text, String source) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.startsWith("{")) {
            try {
                return JsonText.object(trimmed);
            } catch (JSONException e) {
                // Reported below, like any other text that is not a JSON object.
            }
        }
        throw new InputException(MessageCode.NOT_JSON, source);
    }

    /** Whether the text is a JSON object or array at all. */
    public static boolean isJson(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("{")) {
                JsonText.object(trimmed);
                return true;
            }
            if (trimmed.startsWith("[")) {
                JsonText.array(trimmed);
                return true;
            }
        } catch (JSONException e) {
            return false;
        }
        return false;
    }

    public static boolean isAbsent(JSONObject o, String key) {
        return !o.has(key) || o.isNull(key);
    }

    public static String text(JSONObject o, String key, String path) {
        String value = optText(o, key, path);
        if (value == null) {
            throw new InputException(MessageCode.MISSING, path + "." + key);
        }
        return value;
    }

    public static String optText(JSONObject o, String key, String path) {
        return opt(o, key, path, MessageCode.EXPECTED_TEXT, v -> v instanceof String s ? s : null);
    }

    /** Text or a whole number; Personio writes ids both ways. */
    public static String optId(JSONObject o, String key, String path) {
        return opt(o, key, path, MessageCode.EXPECTED_ID,
                v -> v instanceof String s ? s : isWhole(v) ? Long.toString(((Number) v).longValue()) : null);
    }

    public static boolean optBool(JSONObject o, String key, boolean fallback, String path) {
        Boolean value = opt(o, key, path, MessageCode.EXPECTED_BOOLEAN, v -> v instanceof Boolean b ? b : null);
        return value == null ? fallback : value;
    }

    public static Integer optInt(JSONObject o, String key, String path) {
        return opt(o, key, path, MessageCode.EXPECTED_NUMBER,
                v -> isWhole(v) && Math.abs(((Number) v).doubleValue()) <= Integer.MAX_VALUE
                        ? ((Number) v).intValue() : null);
    }

    /** A whole number, also written as digits in text. */
    public static Long optLong(JSONObject o, String key, String path) {
        // Boxed on both branches: a ternary of long and null would unbox the null and throw.
        return opt(o, key, path, MessageCode.EXPECTED_NUMBER, v -> isWhole(v) ? Long.valueOf(((Number) v).longValue())
                : v instanceof String s && isDigits(s) ? Long.valueOf(s) : null);
    }

    public static JSONObject optObject(JSONObject o, String key, String path) {
        return opt(o, key, path, MessageCode.EXPECTED_OBJECT, v -> v instanceof JSONObject j ? j : null);
    }

    public static JSONArray optArray(JSONObject o, String key, String path) {
        return opt(o, key, path, MessageCode.EXPECTED_LIST, v -> v instanceof JSONArray a ? a : null);
    }

    public static JSONObject element(JSONArray array, int index, String path) {
        Object value = array.opt(index);
        if (value instanceof JSONObject j) {
            return j;
        }
        throw new InputException(MessageCode.EXPECTED_OBJECT, path + "[" + index + "]", describe(value));
    }

    public static boolean isDigits(String s) {
        if (s == null || s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The JSON value for a possibly absent Java value. */
    public static Object orNull(Object value) {
        return value == null ? JSONObject.NULL : value;
    }

    /** A short, language-neutral picture of a value for a message: {@code "abc"}, {@code 12}, {@code {…}}. */
    public static String describe(Object value) {
        if (value == null || value == JSONObject.NULL) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + (s.length() <= 24 ? s : s.substring(0, 24) + "…") + "\"";
        }
        if (value instanceof JSONObject) {
            return "{…}";
        }
        if (value instanceof JSONArray) {
            return "[…]";
        }
        return value.toString();
    }

    /** The one reader behind the typed ones: absent or null is null, a value {@code convert} refuses is an error. */
    private static <T> T opt(JSONObject o, String key, String path, MessageCode expected, Function<Object, T> convert) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        T converted = convert.apply(value);
        if (converted == null) {
            throw new InputException(expected, path + "." + key, describe(value));
        }
        return converted;
    }

    private static boolean isWhole(Object value) {
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && !Double.isInfinite(n.doubleValue());
    }
}
