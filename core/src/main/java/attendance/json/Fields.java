package attendance.json;

import attendance.InputException;
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

    /** Parses a JSON object, or fails naming what was expected. */
    public static JSONObject object(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InputException(what + " is empty, not JSON");
        }
        String trimmed = text.trim();
        if (!trimmed.startsWith("{")) {
            throw new InputException(what + " is not a JSON object (it starts with '" + preview(trimmed) + "')");
        }
        try {
            return new JSONObject(trimmed);
        } catch (JSONException e) {
            throw new InputException(what + " is not valid JSON");
        }
    }

    /** Whether the text is a JSON object or array at all; used to tell a login page from an API answer. */
    public static boolean isJson(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("{")) {
                new JSONObject(trimmed);
                return true;
            }
            if (trimmed.startsWith("[")) {
                new JSONArray(trimmed);
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
            throw new InputException(path + "." + key + " is missing");
        }
        return value;
    }

    public static String optText(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof String s) {
            return s;
        }
        throw new InputException(path + "." + key + " should be text but is " + describe(value));
    }

    /** Text or a number written as text; Personio writes ids both ways. */
    public static String optId(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return numberText(n);
        }
        throw new InputException(path + "." + key + " should be an id but is " + describe(value));
    }

    public static boolean optBool(JSONObject o, String key, boolean fallback, String path) {
        if (isAbsent(o, key)) {
            return fallback;
        }
        Object value = o.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InputException(path + "." + key + " should be true or false but is " + describe(value));
    }

    public static Integer optInt(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw new InputException(path + "." + key + " should be a whole number but is " + describe(value));
    }

    public static Long optLong(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (value instanceof String s && isDigits(s)) {
            return Long.parseLong(s);
        }
        throw new InputException(path + "." + key + " should be a whole number but is " + describe(value));
    }

    public static JSONObject optObject(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof JSONObject j) {
            return j;
        }
        throw new InputException(path + "." + key + " should be an object but is " + describe(value));
    }

    public static JSONArray optArray(JSONObject o, String key, String path) {
        if (isAbsent(o, key)) {
            return null;
        }
        Object value = o.get(key);
        if (value instanceof JSONArray a) {
            return a;
        }
        throw new InputException(path + "." + key + " should be a list but is " + describe(value));
    }

    public static JSONObject element(JSONArray array, int index, String path) {
        Object value = array.opt(index);
        if (value instanceof JSONObject j) {
            return j;
        }
        throw new InputException(path + "[" + index + "] should be an object but is " + describe(value));
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

    private static String numberText(Number n) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(n.longValue());
        }
        return n.toString();
    }

    private static String describe(Object value) {
        if (value == null || value == JSONObject.NULL) {
            return "null";
        }
        if (value instanceof String s) {
            return "the text \"" + preview(s) + "\"";
        }
        if (value instanceof JSONObject) {
            return "an object";
        }
        if (value instanceof JSONArray) {
            return "a list";
        }
        return value.toString();
    }

    private static String preview(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
