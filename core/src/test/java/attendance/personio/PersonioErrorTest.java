package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonioErrorTest {
    @Test
    void readsTheSeedsErrorBodyWithItsDetails() {
        assertEquals("Validation failed; periods[0].start: Start time must be before end time",
                PersonioError.message(422, """
                        {"error": {"code": "VALIDATION_ERROR", "message": "Validation failed",
                         "details": [{"field": "periods[0].start", "message": "Start time must be before end time"}]}}
                        """));
    }

    @Test
    void readsTheShortShapesSeenInUse() {
        assertEquals("This period does not belong to the day",
                PersonioError.message(400, "{\"error\": \"This period does not belong to the day\"}"));
        assertEquals("ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE",
                PersonioError.message(422, "{\"error\": {\"code\": \"ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE\"}}"));
        assertEquals("Existing overlapping attendances periods",
                PersonioError.message(422, "{\"errors\": [{\"message\": \"Existing overlapping attendances periods\"}]}"));
        assertEquals("a; b", PersonioError.message(422, "[{\"message\": \"a\"}, {\"message\": \"b\"}]"));
    }

    @Test
    void anUnreadableAnswerFallsBackToTheStatus() {
        assertEquals("HTTP 422", PersonioError.message(422, "<html>Error</html>"));
        assertEquals("HTTP 400", PersonioError.message(400, ""));
        assertEquals("HTTP 404", PersonioError.message(404, null));
        assertEquals("HTTP 422", PersonioError.message(422, "{\"error\": {}}"));
    }

    @Test
    void aLongMessageIsCut() {
        String message = PersonioError.message(422, "{\"message\": \"" + "x".repeat(1000) + "\"}");
        assertTrue(message.length() <= 301);
        assertTrue(message.endsWith("…"));
    }
}
