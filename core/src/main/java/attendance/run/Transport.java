package attendance.run;

import java.io.IOException;

/** Sends a request from the tenant's own origin with the browser's cookies; a network error or timeout throws. */
public interface Transport {
    HttpResponse send(HttpRequest request) throws IOException;

    /**
     * Sends a request now and gives its answer when asked: requests started one after the other are out together.
     * By default it is sent and answered at once.
     */
    default Pending start(HttpRequest request) {
        try {
            HttpResponse response = send(request);
            return () -> response;
        } catch (IOException e) {
            return () -> {
                throw e;
            };
        }
    }

    /** A request on its way. */
    @FunctionalInterface
    interface Pending {
        /** Waits for the answer; a network error or timeout throws, as {@link #send} does. */
        HttpResponse answer() throws IOException;
    }
}
