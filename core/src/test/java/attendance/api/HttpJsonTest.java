package attendance.api;

import static attendance.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.NoAnswer;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpJsonTest {
    @Test
    void aRequestCrossesAsTextWithItsNullBody() {
        assertJsonEquals("{\"method\": \"GET\", \"path\": \"/api/v1/projects\", \"headers\": {\"accept\": "
                + "\"application/json\"}, \"body\": null, \"timeout_ms\": 10000}",
                HttpJson.request(new HttpRequest("GET", "/api/v1/projects", Map.of("accept", "application/json"),
                        null, 10_000)));
    }

    @Test
    void readsAnAnswer() throws IOException {
        HttpResponse r = HttpJson.response("{\"status\": 429, \"content_type\": \"application/json\", \"body\": \"{}\","
                + " \"redirected\": false, \"final_url\": \"https://acme.app.personio.com/svc/x\", \"retry_after\": \"3\"}");
        assertEquals(429, r.status());
        assertEquals("3", r.retryAfter());
    }

    @Test
    void aRequestWithoutAnswerIsNoAnswerWithItsKindInWords() {
        assertEquals(Message.of(MessageCode.TIMED_OUT), noAnswer("{\"network_error\": \"timeout\"}"));
        assertEquals(Message.of(MessageCode.TAB_NOT_LOADED), noAnswer("{\"network_error\": \"tab_not_loaded\"}"));
        assertEquals(Message.of(MessageCode.TAB_UNUSABLE), noAnswer("{\"network_error\": \"tab_unusable\"}"));
        assertEquals(Message.of(MessageCode.UNREACHABLE, "Failed to fetch"),
                noAnswer("{\"network_error\": \"failed\", \"reason\": \"Failed to fetch\"}"));
        assertEquals(Message.of(MessageCode.TAB_UNUSABLE), noAnswer("{\"body\": \"\"}"));
    }

    @Test
    void aTabSentAwayFromTheCompanyReportsWhereItEndedAndNothingElse() throws IOException {
        HttpResponse r = HttpJson.response("{\"status\": 200, \"content_type\": \"text/html\", \"body\": \"\","
                + " \"redirected\": true, \"final_url\": \"https://login.personio.com/u/login?x=1\"}");
        assertEquals("login.personio.com", r.finalHost());
        assertEquals("/u/login?x=1", r.finalPath());
    }

    private static Message noAnswer(String json) {
        return NoAnswer.detailOf(assertThrows(NoAnswer.class, () -> HttpJson.response(json)));
    }

    @Test
    void cookiesKeepTextValuesAndMerePresenceAndDropAnythingElse() {
        Map<String, String> cookies = HttpJson.cookies(
                "{\"a\": \"1\", \"b\": 2, \"c\": null, \"d\": true, \"e\": false}");
        assertEquals(Map.of("a", "1", "d", ""), cookies);
        assertTrue(HttpJson.cookies("{}").isEmpty());
    }
}
