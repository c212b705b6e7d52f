package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import attendance.text.Message;
import attendance.text.MessageCode;
import org.junit.jupiter.api.Test;

class ValidationAnswerTest {
    private static Message said(String words) {
        return Message.of(MessageCode.PERSONIO_SAID, words);
    }

    @Test
    void readsTheSeedsShape() {
        ValidationAnswer ok = ValidationAnswer.parse("""
                {"day": {"id": "d", "total_work_minutes": 480}, "validation": {"is_valid": true, "errors": [],
                 "warnings": [{"message": "overtime"}]}}
                """);
        assertTrue(ok.valid());
        assertEquals(ValidationAnswer.Shape.SEED, ok.shape());
        ValidationAnswer refused = ValidationAnswer.parse("""
                {"validation": {"is_valid": false, "errors": [{"field": "periods[0].start",
                 "message": "Start time has to be smaller than end time"}], "warnings": []}}
                """);
        assertFalse(refused.valid());
        assertEquals(said("periods[0].start: Start time has to be smaller than end time"), refused.refusal());
        assertEquals(ValidationAnswer.Shape.SEED, refused.shape());
    }

    @Test
    void readsTheObservedShape() {
        ValidationAnswer ok = ValidationAnswer.parse("""
                {"success": true, "data": {"work_duration_in_min": 480, "break_duration_in_min": 60, "alerts": []}}
                """);
        assertTrue(ok.valid());
        assertEquals(ValidationAnswer.Shape.OBSERVED, ok.shape());
        ValidationAnswer refused = ValidationAnswer.parse(
                "{\"success\": false, \"error\": {\"message\": \"Existing overlapping attendances periods\"}}");
        assertEquals(said("Existing overlapping attendances periods"), refused.refusal());
        assertEquals(ValidationAnswer.Shape.OBSERVED, refused.shape());
    }

    @Test
    void anInnerVerdictOfFalseRefusesTheDayEvenWhenTheOuterOneSaysSuccess() {
        assertFalse(ValidationAnswer.parse("{\"success\": true, \"data\": {\"success\": false, \"alerts\": "
                + "[{\"title\": \"Too long\"}]}}").valid());
        assertEquals(said("Too long"), ValidationAnswer.parse("{\"success\": true, \"data\": {\"success\": false, "
                + "\"alerts\": [{\"title\": \"Too long\"}]}}").refusal());
    }

    @Test
    void aRefusalWithoutWordsStillSaysItWasRefused() {
        assertEquals(Message.of(MessageCode.REFUSED_WITHOUT_REASON),
                ValidationAnswer.parse("{\"validation\": {\"is_valid\": false}}").refusal());
        assertEquals(Message.of(MessageCode.REFUSED_WITHOUT_REASON),
                ValidationAnswer.parse("{\"success\": false}").refusal());
    }

    @Test
    void anUnknownShapeIsNotTakenForApproval() {
        InputException e = assertThrows(InputException.class, () -> ValidationAnswer.parse("{\"ok\": 1}"));
        assertEquals(Message.of(MessageCode.UNKNOWN_VALIDATION_SHAPE), e.detail());
        assertThrows(InputException.class, () -> ValidationAnswer.parse("<html>"));
        assertThrows(InputException.class, () -> ValidationAnswer.parse(""));
    }

    @Test
    void aValidFlagOfTheWrongTypeIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> ValidationAnswer.parse("{\"validation\": {\"is_valid\": \"true\"}}"));
        assertEquals(Message.of(MessageCode.EXPECTED_BOOLEAN, "answer.validation.is_valid", "\"true\""), e.detail());
    }
}
