package personio.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.json.JSONArray;
import org.json.JSONObject;

/** An answer before it is sent. Status 0 means: close the connection without answering. */
record Reply(int status, String contentType, String body, List<Map.Entry<String, String>> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final Reply DISCONNECT = new Reply(0, null, "", List.of());

    Reply {
        headers = List.copyOf(headers);
    }

    static Reply json(int status, JSONObject body) {
        return new Reply(status, JSON, body.toString(), List.of());
    }

    static Reply html(String page) {
        return new Reply(200, HTML, page, List.of());
    }

    static Reply empty(int status) {
        return new Reply(status, null, "", List.of());
    }

    static Reply redirect(String location) {
        return empty(302).withHeader("Location", location);
    }

    /** Personio's error body: {@code {"error": {"code": ..., "message": ...}}}. */
    static Reply error(int status, String code, String message) {
        return json(status, new JSONObject().put("error", new JSONObject().put("code", code).put("message", message)));
    }

    /** The seed's error body, with {@code details} naming the fields. */
    static Reply validationError(int status, String message, List<Problem> problems) {
        JSONArray details = new JSONArray();
        problems.forEach(problem -> details.put(problem.toJson()));
        JSONObject error = new JSONObject().put("code", "VALIDATION_ERROR").put("message", message)
                .put("details", details);
        return json(status, new JSONObject().put("error", error));
    }

    /**
     * The attendance API's JSON:API error: {@code {"errors": [{"id", "status", "type", "title"}]}}, with the
     * status as a string and a fresh id.
     */
    static Reply jsonApiError(int status, String type, String title) {
        JSONObject error = new JSONObject().put("id", UUID.randomUUID().toString())
                .put("status", Integer.toString(status)).put("type", type).put("title", title);
        return json(status, new JSONObject().put("errors", new JSONArray().put(error)));
    }

    /**
     * The error body with a numeric code: {@code {"success": false, "error": {"code": 400, "message": ...,
     * "error_data": {"<field>": ["...", ...]}}}}, one list of messages per field.
     */
    static Reply failure(int status, String message, List<Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.computeIfAbsent(problem.field(), field -> new ArrayList<>())
                .add(problem.message()));
        JSONObject data = new JSONObject();
        byField.forEach((field, messages) -> data.put(field, new JSONArray(messages)));
        JSONObject error = new JSONObject().put("code", status).put("message", message).put("error_data", data);
        return json(status, new JSONObject().put("success", false).put("error", error));
    }

    static Reply notFound() {
        return error(404, "NOT_FOUND", "Not found");
    }

    boolean disconnects() {
        return status == 0;
    }

    Reply withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, contentType, body, more);
    }
}
