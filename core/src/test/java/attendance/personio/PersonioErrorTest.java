package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.text.Message;
import attendance.text.MessageCode;
import org.junit.jupiter.api.Test;

class PersonioErrorTest {
    /** The message as a reader sees it: Personio's words, or the bare status. */
    private static String message(int status, String body) {
        Message m = PersonioError.message(status, body);
        return m.code() == MessageCode.HTTP_STATUS ? "HTTP " + m.args().get(0) : m.args().get(0);
    }

    @Test
    void readsJsonApiTitlesAndErrorDataAsPersonioWroteThem() {
        assertEquals("Projects with ids [7] for employee 42 are not trackable", message(400,
                "{\"errors\": [{\"id\": \"x\", \"status\": \"400\", \"type\": "
                        + "\"ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE\", "
                        + "\"title\": \"Projects with ids [7] for employee 42 are not trackable\"}]}"));
        assertEquals("Invalid; start: must be before end", message(400,
                "{\"success\": false, \"error\": {\"code\": 400, \"message\": \"Invalid\", "
                        + "\"error_data\": {\"start\": [\"must be before end\"]}}}"));
    }

    @Test
    void personiosWordsAreTaggedAsTheirsAndAStatusAsAStatus() {
        assertEquals(MessageCode.PERSONIO_SAID, PersonioError.message(400, "{\"message\": \"No\"}").code());
        assertEquals(MessageCode.HTTP_STATUS, PersonioError.message(400, "").code());
    }

    @Test
    void readsTheSeedsErrorBodyWithItsDetails() {
        assertEquals("Validation failed; periods[0].start: Start time must be before end time",
                message(422, """
                        {"error": {"code": "VALIDATION_ERROR", "message": "Validation failed",
                         "details": [{"field": "periods[0].start", "message": "Start time must be before end time"}]}}
                        """));
    }

    @Test
    void readsTheShortShapesSeenInUse() {
        assertEquals("This period does not belong to the day",
                message(400, "{\"error\": \"This period does not belong to the day\"}"));
        assertEquals("ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE",
                message(422, "{\"error\": {\"code\": \"ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE\"}}"));
        assertEquals("Existing overlapping attendances periods",
                message(422, "{\"errors\": [{\"message\": \"Existing overlapping attendances periods\"}]}"));
        assertEquals("a; b", message(422, "[{\"message\": \"a\"}, {\"message\": \"b\"}]"));
    }

    @Test
    void anUnreadableAnswerFallsBackToTheStatus() {
        assertEquals("HTTP 422", message(422, "<html>Error</html>"));
        assertEquals("HTTP 400", message(400, ""));
        assertEquals("HTTP 404", message(404, null));
        assertEquals("HTTP 422", message(422, "{\"error\": {}}"));
    }

    @Test
    void aLongMessageIsCut() {
        String message = message(422, "{\"message\": \"" + "x".repeat(1000) + "\"}");
        assertTrue(message.length() <= 301);
        assertTrue(message.endsWith("…"));
    }

    @Test
    void aPlainTextErrorIsPersoniosWordsAndAnHtmlPageIsOnlyAStatus() {
        assertEquals("Entries for past days are not allowed", message(422, "Entries for past days are not allowed\n"));
        assertEquals("HTTP 502", message(502, "<html><body>Bad Gateway</body></html>"));
    }

    @Test
    void aWrappedInternalAnswerShowsTheTitleInsideAndNeverTheAddressOrCompanyId() {
        String body = "{\"success\": false, \"error\": {\"code\": 400, \"message\": \"Client error: `PUT "
                + "http://time-management-attendance-api/companies/69632/days/0b6c` resulted in a `400 Bad Request` "
                + "response:\\n{\\\"errors\\\":[{\\\"id\\\":\\\"e1\\\",\\\"status\\\":\\\"400\\\","
                + "\\\"title\\\":\\\"This period does not belong to the day\\\"} (truncated...)\\n\"}}";
        String shown = message(400, body);
        assertEquals("This period does not belong to the day", shown);
    }

    @Test
    void aWrappedAnswerCutBeforeItsTitleShowsTheStatusItNamesAndNoAddress() {
        String body = "{\"success\": false, \"error\": {\"code\": 400, \"message\": \"Client error: `PUT "
                + "http://time-management-attendance-api/companies/69632/days/0b6c` resulted in a `400 Bad Request` "
                + "response:\\n{\\\"errors\\\":[{\\\"id\\\" (truncated...)\\n\"}}";
        String shown = message(400, body);
        assertEquals("400 Bad Request", shown);
        assertTrue(!shown.contains("69632") && !shown.contains("http"), shown);
    }

    @Test
    void aMessageNamingAnAddressLosesTheAddress() {
        String shown = message(500, "{\"message\": \"Upstream http://internal/companies/69632 failed\"}");
        assertEquals("Upstream … failed", shown);
    }
}
