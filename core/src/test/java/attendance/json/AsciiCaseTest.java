package attendance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiCaseTest {
    @Test
    void comparesAsciiWordsAsEqualsIgnoreCaseDoes() {
        for (String[] pair : new String[][] {{"true", "TRUE"}, {"Break", "bReAk"}, {"pending", "pending"},
                {"null", "nul"}, {"false", "fals3"}, {"work", "w0rk"}, {"", ""}, {"@[`{", "@[`{"}, {"@", "`"}}) {
            assertEquals(pair[0].equalsIgnoreCase(pair[1]), AsciiCase.equalsIgnoreCase(pair[0], pair[1]),
                    pair[0] + " / " + pair[1]);
        }
        assertFalse(AsciiCase.equalsIgnoreCase("true", null));
        assertFalse(AsciiCase.equalsIgnoreCase(null, "true"));
    }

    @Test
    void casesAndLettersAreAsciiOnly() {
        for (char c = 0; c < 128; c++) {
            assertEquals(Character.toUpperCase(c), AsciiCase.upper(c));
            assertEquals(Character.toLowerCase(c), AsciiCase.lower(c));
            assertEquals(Character.isLetter(c), AsciiCase.isLetter(c));
            assertEquals(Character.isLetterOrDigit(c), AsciiCase.isLetterOrDigit(c));
        }
        assertFalse(AsciiCase.isLetter('ü'), "a time zone's name is ASCII");
        assertEquals('ü', AsciiCase.upper('ü'));
        assertTrue(AsciiCase.equalsIgnoreCase("Zürich", "ZüRICH"));
    }
}
