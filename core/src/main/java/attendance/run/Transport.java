package attendance.run;

import java.io.IOException;

/** Sends a request from the tenant's own origin with the browser's cookies; a network error or timeout throws. */
public interface Transport {
    HttpResponse send(HttpRequest request) throws IOException;
}
