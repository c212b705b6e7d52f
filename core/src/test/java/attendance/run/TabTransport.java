package attendance.run;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import personio.simulator.client.TabClient;
import personio.simulator.client.TabResponse;

/**
 * The run's ports over a plain Java HTTPS client that behaves like a Personio tab: it sends the tab's cookies and
 * Origin, and reads the cookie jar as chrome.cookies would. Used only by tests.
 */
final class TabTransport implements Transport, SessionCookies {
    private final TabClient tab;
    private volatile UnaryOperator<HttpRequest> rewrite = UnaryOperator.identity();

    TabTransport(TabClient tab) {
        this.tab = tab;
    }

    /** Changes requests on their way, to make the simulator refuse something real. */
    void rewrite(UnaryOperator<HttpRequest> rewrite) {
        this.rewrite = rewrite;
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException {
        HttpRequest r = rewrite.apply(request);
        TabResponse answer = tab.send(r.method(), r.path(), r.headers(), r.body(),
                Duration.ofMillis(r.timeoutMillis()));
        return new HttpResponse(answer.status(), answer.contentType(), answer.body(), answer.redirected(),
                answer.finalPath(), answer.retryAfter());
    }

    @Override
    public Map<String, String> read() {
        return tab.cookies();
    }
}
