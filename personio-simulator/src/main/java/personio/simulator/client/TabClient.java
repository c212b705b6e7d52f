package personio.simulator.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import personio.simulator.PersonioSimulator;
import personio.simulator.TestCertificate;

/**
 * Talks to the simulator the way {@code fetch(url, {credentials: 'include'})} does from an open Personio tab.
 *
 * <p>It keeps the tab's cookies (by name, since the host is 127.0.0.1 rather than the tenant's), sends the tab's
 * {@code Origin} on POST and PUT, and follows redirects as fetch does, reporting where it ended.
 */
public final class TabClient {

    private static final int MAX_REDIRECTS = 20;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private volatile String origin;

    /** A tab of the simulator's tenant. */
    public TabClient(PersonioSimulator simulator) {
        this(simulator.baseUrl(), simulator.origin());
    }

    /**
     * @param baseUrl where to connect, for example {@code https://127.0.0.1:8443}
     * @param origin the Origin sent on POST and PUT; null sends none
     */
    public TabClient(String baseUrl, String origin) {
        this.base = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.origin = origin;
        this.http = HttpClient.newBuilder()
                .sslContext(TestCertificate.trustingContext())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(SIGN_IN_TIMEOUT)
                .build();
    }

    /** Submits the sign-in form, as a person would; the cookies land in this tab. */
    public TabResponse signIn() throws IOException {
        return send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "email=erika%40example.com&password=simulator", SIGN_IN_TIMEOUT);
    }

    /**
     * One fetch.
     *
     * @param headers extra request headers, for example {@code x-athena-xsrf-token}; may be empty
     * @param body the body, or null for none
     * @throws IOException on a network error or a timeout, as fetch rejects its promise
     */
    public TabResponse send(String method, String pathAndQuery, Map<String, String> headers, String body,
            Duration timeout) throws IOException {
        String currentMethod = method.toUpperCase(Locale.ROOT);
        String currentBody = body;
        URI uri = base.resolve(pathAndQuery);
        boolean redirected = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<String> response = exchange(currentMethod, uri, headers, currentBody, timeout);
            remember(response.headers().allValues("Set-Cookie"));
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                return new TabResponse(response.statusCode(), response.headers().firstValue("Content-Type")
                        .orElse(null), response.body(), uri.getPath(), redirected,
                        response.headers().firstValue("Retry-After").orElse(null));
            }
            redirected = true;
            // Like fetch: 303, and 301/302 after a POST, continue as a GET without the body.
            int status = response.statusCode();
            if (status == 303 && !"HEAD".equals(currentMethod)
                    || (status == 301 || status == 302) && "POST".equals(currentMethod)) {
                currentMethod = "GET";
                currentBody = null;
            }
            URI next = uri.resolve(location.get());
            uri = base.resolve(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects");
    }

    /** Every cookie this tab holds, by name, as chrome.cookies would list them for the tenant. */
    public Map<String, String> cookies() {
        synchronized (cookies) {
            return Map.copyOf(cookies);
        }
    }

    /** The tab's cookie of that name, if set. */
    public Optional<String> cookie(String name) {
        synchronized (cookies) {
            return Optional.ofNullable(cookies.get(name));
        }
    }

    public void clearCookies() {
        synchronized (cookies) {
            cookies.clear();
        }
    }

    /** The Origin sent on POST and PUT from now on; null sends none. */
    public void setOrigin(String newOrigin) {
        this.origin = newOrigin;
    }

    private HttpResponse<String> exchange(String method, URI uri, Map<String, String> headers, String body,
            Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Set<String> given = headers.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        headers.forEach((name, value) -> {
            if (body != null || !"content-type".equalsIgnoreCase(name)) {
                request.header(name, value);
            }
        });
        if (!given.contains("accept")) {
            request.header("Accept", "*/*");
        }
        if (body != null && !given.contains("content-type")) {
            // What fetch sends for a string body when the caller names no type.
            request.header("Content-Type", "text/plain;charset=UTF-8");
        }
        String tabOrigin = origin;
        if (tabOrigin != null && !given.contains("origin") && ("POST".equals(method) || "PUT".equals(method))) {
            request.header("Origin", tabOrigin);
        }
        String cookieHeader = cookieHeader();
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + uri.getPath());
        }
    }

    private String cookieHeader() {
        synchronized (cookies) {
            return cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    private void remember(List<String> setCookies) {
        synchronized (cookies) {
            for (String setCookie : setCookies) {
                String[] parts = setCookie.split(";");
                int equals = parts[0].indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = parts[0].substring(0, equals).trim();
                if (expires(parts)) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, parts[0].substring(equals + 1).trim());
                }
            }
        }
    }

    /** A Set-Cookie with Max-Age of 0 or less, or an Expires in the past, deletes the cookie. */
    private static boolean expires(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            int equals = attribute.indexOf('=');
            String name = equals < 0 ? attribute : attribute.substring(0, equals);
            String value = equals < 0 ? "" : attribute.substring(equals + 1).trim();
            try {
                if ("max-age".equalsIgnoreCase(name)) {
                    return Long.parseLong(value) <= 0;
                }
                if ("expires".equalsIgnoreCase(name)) {
                    return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .isBefore(ZonedDateTime.now());
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                // An unreadable attribute is ignored, as browsers do.
            }
        }
        return false;
    }
}
