package attendance;

import static org.junit.jupiter.api.Assertions.fail;

import org.json.JSONArray;
import org.json.JSONObject;

/** Compares JSON by meaning: key order is free (TeaVM orders keys differently), nulls and types are not. */
public final class JsonAssert {
    private JsonAssert() {
    }

    public static void assertJsonEquals(String expected, String actual) {
        String e = expected.trim();
        String a = actual.trim();
        boolean same = e.startsWith("[") ? new JSONArray(e).similar(new JSONArray(a))
                : new JSONObject(e).similar(new JSONObject(a));
        if (!same) {
            fail("JSON differs\nexpected: " + e + "\nactual:   " + a);
        }
    }
}
