package attendance.browser;

import attendance.api.HttpJson;
import attendance.run.HttpResponse;
import attendance.run.Ports;
import attendance.run.RunClock;
import java.io.IOException;
import org.teavm.jso.core.JSString;

/** Adapts the host object to the core's ports; awaiting a promise here suspends only the TeaVM thread. */
final class HostPorts {
    private HostPorts() {
    }

    static Ports of(Host host) {
        return new Ports(request -> send(host, request), () -> HttpJson.cookies(host.cookies().await().stringValue()),
                RunClock.SYSTEM, host::uuid,
                event -> host.progress(attendance.api.RecorderApi.progress(event)), host::cancelled);
    }

    private static HttpResponse send(Host host, attendance.run.HttpRequest request) throws IOException {
        JSString answer;
        try {
            answer = host.fetch(HttpJson.request(request)).await();
        } catch (RuntimeException e) {
            // TeaVM turns a rejected promise into a bare RuntimeException; to the run it is a request without answer.
            throw new IOException("the Personio tab failed: " + e.getMessage());
        }
        if (answer == null) {
            throw new IOException("the Personio tab gave no answer");
        }
        return HttpJson.response(answer.stringValue());
    }
}
