package attendance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void nullAndAbsentAreTheSameForOptionalFields() {
        JSONObject o = new JSONObject("{\"a\":null}");
        assertNull(Fields.optText(o, "a", "x"));
        assertNull(Fields.optText(o, "b", "x"));
    }

    @Test
    void aWrongTypeNamesThePath() {
        JSONObject o = new JSONObject("{\"a\":5}");
        InputException e = assertThrows(InputException.class, () -> Fields.optText(o, "a", "timecards[2]"));
        assertEquals("expected_text timecards[2].a 5", e.getMessage());
    }

    @Test
    void idsMayBeNumbersOrText() {
        JSONObject o = new JSONObject("{\"a\":1001,\"b\":\"1002\"}");
        assertEquals("1001", Fields.optId(o, "a", "x"));
        assertEquals("1002", Fields.optId(o, "b", "x"));
    }

    @Test
    void aLongMayBeDigitsInTextAndAnythingElseIsAnErrorNamingThePath() {
        JSONObject o = new JSONObject("{\"a\":42,\"b\":\"43\",\"c\":\"P-1\"}");
        assertEquals(42L, Fields.optLong(o, "a", "x"));
        assertEquals(43L, Fields.optLong(o, "b", "x"));
        InputException e = assertThrows(InputException.class, () -> Fields.optLong(o, "c", "x"));
        assertEquals("expected_number x.c \"P-1\"", e.getMessage());
    }

    @Test
    void tellsJsonFromAPage() {
        assertTrue(Fields.isJson("{\"a\":1}"));
        assertTrue(Fields.isJson(" [] "));
        assertFalse(Fields.isJson("<!doctype html><html></html>"));
        assertFalse(Fields.isJson("{broken"));
        assertFalse(Fields.isJson(null));
    }

    @Test
    void anHtmlPageIsNotAnObject() {
        InputException e = assertThrows(InputException.class, () -> Fields.object("<html>", "The answer"));
        assertEquals("not_json The answer", e.getMessage());
    }
}
