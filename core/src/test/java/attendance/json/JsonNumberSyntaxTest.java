package attendance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonNumberSyntaxTest {
    /** The pattern org.json's writer uses, as it stands in org.json 20240303. */
    private static final Pattern ORG_JSON = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    @Test
    void agreesWithOrgJsonsPatternOnEveryCase() {
        List<String> cases = List.of("0", "-0", "7", "42", "-42", "10", "0.5", "-0.5", "1.25", "1e5", "1E5", "1e+5",
                "1e-5", "1.5e10", "-1.5E-10", "", "-", "01", "00", "1.", ".5", "1e", "1e+", "+1", "1.5.5", "1ee5",
                "NaN", "Infinity", "-Infinity", "1,5", " 1", "1 ", "12a", "0x10", "9223372036854775807", "1.0E10",
                "4.9E-324", "\u0661");
        for (String c : cases) {
            assertEquals(ORG_JSON.matcher(c).matches(), JsonNumberSyntax.matches(c), c);
        }
    }

    @Test
    void agreesWithOrgJsonsPatternOnEveryShortStringOfNumberCharacters() {
        List<String> all = JsonNumbersTest.strings(new char[] {'0', '1', '9', '-', '+', '.', 'e', 'E'}, 5);
        for (String c : all) {
            assertEquals(ORG_JSON.matcher(c).matches(), JsonNumberSyntax.matches(c), c);
        }
        assertEquals(37448, all.size());
    }
}
