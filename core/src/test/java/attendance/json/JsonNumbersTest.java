package attendance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void readsEveryShortJsonNumberAsOrgJsonDoes() {
        char[] alphabet = {'0', '1', '5', '9', '-', '+', '.', 'e', 'E'};
        int numbers = 0;
        for (String c : strings(alphabet, 5)) {
            if (JsonNumberSyntax.matches(c)) {
                agrees(c);
                numbers++;
            } else {
                String text = c;
                assertThrows(NumberFormatException.class, () -> JsonNumbers.toNumber(text), c);
            }
        }
        assertEquals(4672, numbers, "JSON numbers among the strings tried");
    }

    @Test
    void readsLongAndLargeNumbersAsOrgJsonDoes() {
        for (String c : List.of("2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
                "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890", "0.1", "8.0", "7.5",
                "-0.0", "-0", "1e22", "1e23", "1e-22", "123456789012345.678", "0.000001234", "4.9e-324", "1e400",
                "1e-400", "1.7976931348623157e308", "3.14159265358979", "100e-2", "12345678901234567890.5")) {
            agrees(c);
        }
    }

    @Test
    void aNumberIsWrittenBackAsItCameSoThatItReadsTheSame() {
        JSONObject read = new JSONObject("{\"a\": 7.50, \"b\": 1e5, \"c\": -0, \"d\": 123456789012345678901234567890}");
        JSONObject again = new JSONObject(read.toString());
        for (String key : read.keySet()) {
            assertEquals(((Number) read.get(key)).doubleValue(), ((Number) again.get(key)).doubleValue(), key);
        }
        assertEquals("[1.50,100,-0]", new JSONArray(List.of(JsonNumbers.toNumber("1.50"),
                JsonNumbers.toNumber("100"), JsonNumbers.toNumber("-0"))).toString());
    }

    @Test
    void anExponentBeyondAnyDoubleIsInfiniteOrZero() {
        assertEquals(Double.POSITIVE_INFINITY, JsonNumbers.toNumber("1e99999999999999").doubleValue());
        assertEquals(0.0, JsonNumbers.toNumber("1e-99999999999999").doubleValue());
    }

    @Test
    void aBeanIsRefused() {
        JSONException e = assertThrows(JSONException.class, () -> JsonNumbers.noBean(new StringBuilder("x"), Set.of()));
        assertEquals("a java.lang.StringBuilder is no JSON value", e.getMessage());
    }

    /** org.json's reading of a JSON number, and ours: the same whole number, or the same value as a double. */
    private static void agrees(String c) {
        Object theirs = JSONObject.stringToValue(c);
        Number ours = JsonNumbers.toNumber(c);
        if (theirs instanceof Integer || theirs instanceof Long) {
            assertEquals(theirs, ours, c);
            return;
        }
        assertInstanceOf(JsonNumbers.Decimal.class, ours, c);
        double expected = ((Number) theirs).doubleValue();
        double actual = ours.doubleValue();
        if (Double.isInfinite(expected) || expected == 0 || Math.abs(expected) < Double.MIN_NORMAL) {
            assertEquals(expected, actual, Math.abs(expected) * 1e-15, c);
        } else {
            assertTrue(Math.abs(expected - actual) <= Math.abs(expected) * 1e-15, c + ": " + expected + " / " + actual);
        }
        assertEquals(expected == 0 && 1 / expected < 0, actual == 0 && 1 / actual < 0, c + ": the sign of zero");
    }

    /** Every string of 1 to {@code maxLength} characters of the alphabet. */
    static List<String> strings(char[] alphabet, int maxLength) {
        List<String> all = new ArrayList<>();
        for (int length = 1; length <= maxLength; length++) {
            int[] at = new int[length];
            while (true) {
                StringBuilder sb = new StringBuilder();
                for (int k : at) {
                    sb.append(alphabet[k]);
                }
                all.add(sb.toString());
                int p = length - 1;
                while (p >= 0 && ++at[p] == alphabet.length) {
                    at[p] = 0;
                    p--;
                }
                if (p < 0) {
                    break;
                }
            }
        }
        return all;
    }
}
