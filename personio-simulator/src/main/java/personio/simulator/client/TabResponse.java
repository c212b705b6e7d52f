package personio.simulator.client;

import java.util.Locale;

/**
 * What a fetch from a Personio tab would see.
 *
 * @param status the final answer's status, after redirects
 * @param contentType the final answer's Content-Type, or null
 * @param finalPath the path of the final URL, for example {@code /login} after a redirect there
 * @param redirected whether at least one redirect was followed
 * @param retryAfter the final answer's Retry-After header, or null
 */
public record TabResponse(int status, String contentType, String body, String finalPath, boolean redirected,
        String retryAfter) {

    /** Whether the answer says it is JSON. */
    public boolean isJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }
}
