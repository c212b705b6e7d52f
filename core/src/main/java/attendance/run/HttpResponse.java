package attendance.run;

/**
 * An answer as a browser tab's {@code fetch} sees it, after following redirects.
 *
 * @param finalPath  the path the answer came from in the end, such as {@code /login} after a redirect
 * @param retryAfter the {@code Retry-After} header, or null
 */
public record HttpResponse(int status, String contentType, String body, boolean redirected, String finalPath,
        String retryAfter) {

    public HttpResponse {
        body = body == null ? "" : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
