package attendance.run;

/**
 * An answer as a browser tab's {@code fetch} sees it, after following redirects.
 *
 * @param finalUrl   where the answer came from in the end: an absolute URL, or a path on the tenant's origin
 * @param retryAfter the {@code Retry-After} header, or null
 */
public record HttpResponse(int status, String contentType, String body, boolean redirected, String finalUrl,
        String retryAfter) {

    public HttpResponse {
        body = body == null ? "" : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The path part of {@link #finalUrl}, or an empty text. */
    public String finalPath() {
        String url = finalUrl == null ? "" : finalUrl;
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : url.substring(slash);
    }

    /** The host of {@link #finalUrl} when it is absolute, in lower case; null for a path. */
    public String finalHost() {
        String url = finalUrl == null ? "" : finalUrl;
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int end = url.length();
        for (char c : new char[] {'/', ':', '?', '#'}) {
            int at = url.indexOf(c, scheme + 3);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(scheme + 3, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the answer says it is JSON. */
    public boolean jsonContent() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
}
