package attendance.api;

import attendance.json.Fields;
import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.NoAnswer;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.HashMap;
import java.util.Map;
import org.json.JSONObject;

/**
 * Requests and answers as JSON text, to cross into the Personio tab: Chromium drops null-valued properties of
 * objects passed to a tab, so bodies travel as text. What the tab saw comes back as it was; the core alone decides
 * what it means (a lost session, a fault, an answer).
 */
public final class HttpJson {
    private HttpJson() {
    }

    public static String request(HttpRequest request) {
        JSONObject o = new JSONObject();
        o.put("method", request.method());
        o.put("path", request.path());
        JSONObject headers = new JSONObject();
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            headers.put(h.getKey(), h.getValue());
        }
        o.put("headers", headers);
        o.put("body", Fields.orNull(request.body()));
        o.put("timeout_ms", request.timeoutMillis());
        return o.toString();
    }

    /**
     * The company's session cookies, {@code {"name": "value" | true, ...}}: the value of a cookie the core uses, or
     * {@code true} for one whose mere presence it needs (an empty value then). Anything else is left out.
     */
    public static Map<String, String> cookies(String json) {
        JSONObject o = Fields.object(json, "cookies");
        Map<String, String> cookies = new HashMap<>();
        for (String name : o.keySet()) {
            if (o.opt(name) instanceof String value) {
                cookies.put(name, value);
            } else if (Boolean.TRUE.equals(o.opt(name))) {
                cookies.put(name, "");
            }
        }
        return cookies;
    }

    /**
     * {@code {"status", "content_type", "body", "redirected", "final_url", "retry_after"}}, or
     * {@code {"network_error": "timeout" | "tab_not_loaded" | "tab_unusable" | "cancelled" | "failed", "reason"}}
     * for a request that got no answer ({@code cancelled}: abandoned because the user cancelled).
     */
    public static HttpResponse response(String json) throws NoAnswer {
        JSONObject o = Fields.object(json, "tab");
        String networkError = Fields.optText(o, "network_error", "tab");
        if (networkError != null) {
            throw new NoAnswer(noAnswer(networkError, Fields.optText(o, "reason", "tab")));
        }
        Integer status = Fields.optInt(o, "status", "tab");
        if (status == null) {
            throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
        }
        return new HttpResponse(status, Fields.optText(o, "content_type", "tab"), Fields.optText(o, "body", "tab"),
                Fields.optBool(o, "redirected", false, "tab"), Fields.optText(o, "final_url", "tab"),
                Fields.optText(o, "retry_after", "tab"));
    }

    private static Message noAnswer(String kind, String reason) {
        return switch (kind) {
            case "timeout" -> Message.of(MessageCode.TIMED_OUT);
            case "tab_not_loaded" -> Message.of(MessageCode.TAB_NOT_LOADED);
            case "tab_unusable" -> Message.of(MessageCode.TAB_UNUSABLE);
            case "cancelled" -> Message.of(MessageCode.CANCELLED_IN_FLIGHT);
            default -> Message.of(MessageCode.UNREACHABLE, reason == null ? kind : reason);
        };
    }
}
