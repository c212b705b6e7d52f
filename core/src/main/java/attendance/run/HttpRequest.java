package attendance.run;

import java.util.Map;

/** A request to the tenant's origin; {@code path} includes the query, and {@code body} is null for a GET. */
public record HttpRequest(String method, String path, Map<String, String> headers, String body, int timeoutMillis) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }
}
