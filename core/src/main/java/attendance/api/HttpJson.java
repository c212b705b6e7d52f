package attendance.api;

import attendance.json.Fields;
import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.RunErrorCode;
import attendance.run.RunException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.json.JSONObject;

/**
 * Requests and answers as JSON text, to cross into the Personio tab: Chromium drops null-valued properties of
 * objects passed to a tab, so bodies travel as text.
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

    /** The tab's cookies, {@code {"name": "value", ...}}; anything but text values is left out. */
    public static Map<String, String> cookies(String json) {
        JSONObject o = Fields.object(json, "The cookie list");
        Map<String, String> cookies = new HashMap<>();
        for (String name : o.keySet()) {
            if (o.opt(name) instanceof String value) {
                cookies.put(name, value);
            }
        }
        return cookies;
    }

    /**
     * {@code {"status", "content_type", "body", "redirected", "final_path", "retry_after"}};
     * {@code {"network_error": "..."}} for a request that got no answer; {@code {"signed_out": "..."}} when no page
     * of the company could be had, because Personio sent the tab elsewhere (to its sign-in).
     */
    public static HttpResponse response(String json) throws IOException {
        JSONObject o = Fields.object(json, "The tab's answer");
        String networkError = Fields.optText(o, "network_error", "answer");
        if (networkError != null) {
            throw new IOException(networkError);
        }
        String signedOut = Fields.optText(o, "signed_out", "answer");
        if (signedOut != null) {
            throw new RunException(RunErrorCode.SESSION_EXPIRED, signedOut);
        }
        Integer status = Fields.optInt(o, "status", "answer");
        if (status == null) {
            throw new IOException("the tab's answer has no status");
        }
        return new HttpResponse(status, Fields.optText(o, "content_type", "answer"), Fields.optText(o, "body", "answer"),
                Fields.optBool(o, "redirected", false, "answer"), Fields.optText(o, "final_path", "answer"),
                Fields.optText(o, "retry_after", "answer"));
    }
}
