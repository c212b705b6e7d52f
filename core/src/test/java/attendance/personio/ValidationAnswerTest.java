package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationAnswerTest {
    @Test
    void readsTheSeedsShape() {
        ValidationAnswer ok = ValidationAnswer.parse("""
                {"day": {"id": "d", "total_work_minutes": 480}, "validation": {"is_valid": true, "errors": [],
                 "warnings": [{"message": "overtime"}]}}
                """);
        assertTrue(ok.valid());
        ValidationAnswer refused = ValidationAnswer.parse("""
                {"validation": {"is_valid": false, "errors": [{"field": "periods[0].start",
                 "message": "Start time has to be smaller than end time"}], "warnings": []}}
                """);
        assertFalse(refused.valid());
        assertEquals(List.of("periods[0].start: Start time has to be smaller than end time"), refused.errors());
    }

    @Test
    void readsTheObservedShape() {
        assertTrue(ValidationAnswer.parse("""
                {"success": true, "data": {"work_duration_in_min": 480, "break_duration_in_min": 60, "alerts": []}}
                """).valid());
        ValidationAnswer refused = ValidationAnswer.parse(
                "{\"success\": false, \"error\": {\"message\": \"Existing overlapping attendances periods\"}}");
        assertEquals(List.of("Existing overlapping attendances periods"), refused.errors());
    }

    @Test
    void aRefusalWithoutWordsStillSaysItWasRefused() {
        assertEquals(List.of("Personio refused the day without naming a reason"),
                ValidationAnswer.parse("{\"validation\": {\"is_valid\": false}}").errors());
        assertEquals(List.of("Personio refused the day without naming a reason"),
                ValidationAnswer.parse("{\"success\": false}").errors());
    }

    @Test
    void anUnknownShapeIsNotTakenForApproval() {
        InputException e = assertThrows(InputException.class, () -> ValidationAnswer.parse("{\"ok\": 1}"));
        assertEquals("The validation answer has neither \"validation\" nor \"success\"", e.getMessage());
        assertThrows(InputException.class, () -> ValidationAnswer.parse("<html>"));
        assertThrows(InputException.class, () -> ValidationAnswer.parse(""));
    }

    @Test
    void aValidFlagOfTheWrongTypeIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> ValidationAnswer.parse("{\"validation\": {\"is_valid\": \"true\"}}"));
        assertEquals("validation.is_valid should be true or false but is the text \"true\"", e.getMessage());
    }
}
