package attendance.run;

import java.util.Map;

/** A request to the tenant's origin; {@code path} includes the query, and {@code body} is null for a GET. */
public record HttpRequest(String method, String path, Map<String, String> headers, String body, int timeoutMillis) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * Whether it must run in the page of a Personio tab: Personio refuses writes from the extension's own origin,
     * while reads work from the extension's worker (protocol §2), which needs no tab and costs no script injection.
     */
    public boolean inTab() {
        return !"GET".equals(method);
    }
}
