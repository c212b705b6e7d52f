package attendance.api;

import static attendance.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.RunErrorCode;
import attendance.run.RunException;
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
                + " \"redirected\": false, \"final_path\": \"/svc/x\", \"retry_after\": \"3\"}");
        assertEquals(429, r.status());
        assertEquals("3", r.retryAfter());
    }

    @Test
    void aNetworkErrorIsAnIoException() {
        IOException e = assertThrows(IOException.class, () -> HttpJson.response("{\"network_error\": \"timed out\"}"));
        assertEquals("timed out", e.getMessage());
    }

    @Test
    void aTabSentAwayFromTheCompanyIsAnExpiredSession() {
        RunException e = assertThrows(RunException.class,
                () -> HttpJson.response("{\"signed_out\": \"Personio sent the new tab elsewhere\"}"));
        assertEquals(RunErrorCode.SESSION_EXPIRED, e.code());
    }

    @Test
    void cookiesKeepOnlyTextValues() {
        Map<String, String> cookies = HttpJson.cookies("{\"a\": \"1\", \"b\": 2, \"c\": null}");
        assertEquals(Map.of("a", "1"), cookies);
        assertTrue(HttpJson.cookies("{}").isEmpty());
    }
}
