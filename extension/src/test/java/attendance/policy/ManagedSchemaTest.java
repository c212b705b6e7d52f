package attendance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.SettingsCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The company policy's schema has one source for its shape, the settings codec, and uses only what Chrome's policy
 * schema accepts: an unknown keyword keeps the extension from loading.
 */
class ManagedSchemaTest {
    /** The keywords Chrome's policy schema validator knows (components/policy/core/common/schema.cc). */
    private static final Set<String> CHROME_KEYWORDS = Set.of("type", "description", "title", "properties",
            "additionalProperties", "patternProperties", "items", "minimum", "maximum", "enum", "pattern", "required",
            "$ref", "id", "sensitiveValue");
    /** Per employee, never the company's: a company-wide employee id would write into one person's record. */
    private static final Set<String> NOT_A_COMPANY_VALUE = Set.of("employee_id");

    private static JSONObject schema() throws IOException {
        return new JSONObject(Files.readString(Path.of("web", "managed_schema.json")));
    }

    /** Every settings key, with the JSON type the codec writes for it. */
    private static Map<String, String> codecTypes() {
        JSONObject full = SettingsCodec.write(SettingsCodec.parse("{\"project_id\": \"1\", \"comment\": \"c\", "
                + "\"tenant\": \"acme\", \"employee_id\": 5}").settings());
        Map<String, String> types = new TreeMap<>();
        for (String key : full.keySet()) {
            Object value = full.get(key);
            types.put(key, value instanceof Boolean ? "boolean" : value instanceof JSONObject ? "object"
                    : value instanceof Number ? "integer" : "string");
        }
        return types;
    }

    @Test
    void theSchemaListsEveryCompanySettingWithTheCodecsTypeAndTheLockList() throws IOException {
        JSONObject properties = schema().getJSONObject("properties");
        Map<String, String> expected = codecTypes();
        expected.keySet().removeAll(NOT_A_COMPANY_VALUE);
        expected.put(SettingsCodec.LOCKED, "array");
        Map<String, String> actual = new TreeMap<>();
        for (String key : properties.keySet()) {
            actual.put(key, properties.getJSONObject(key).getString("type"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void theSchemaUsesOnlyKeywordsChromeAccepts() throws IOException {
        assertOnlyChromeKeywords(schema(), "schema");
    }

    private static void assertOnlyChromeKeywords(JSONObject node, String where) {
        for (String key : node.keySet()) {
            assertTrue(CHROME_KEYWORDS.contains(key), where + " uses '" + key + "', which Chrome's schema refuses");
            Object value = node.get(key);
            if (key.equals("properties") || key.equals("patternProperties")) {
                JSONObject children = (JSONObject) value;
                for (String child : children.keySet()) {
                    assertOnlyChromeKeywords(children.getJSONObject(child), where + "." + child);
                }
            } else if (value instanceof JSONObject child && !key.equals("enum")) {
                assertOnlyChromeKeywords(child, where + "." + key);
            } else if (value instanceof JSONArray && !key.equals("enum") && !key.equals("required")) {
                throw new AssertionError(where + "." + key + " is a list where Chrome expects a schema");
            }
        }
    }
}
