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
        return new Ports(request -> send(host, request), name -> cookie(host, name), RunClock.SYSTEM, host::uuid,
                event -> host.progress(attendance.api.RecorderApi.progress(event)), host::cancelled);
    }

    private static HttpResponse send(Host host, attendance.run.HttpRequest request) throws IOException {
        JSString answer = host.fetch(HttpJson.request(request)).await();
        if (answer == null) {
            throw new IOException("the Personio tab gave no answer");
        }
        return HttpJson.response(answer.stringValue());
    }

    private static String cookie(Host host, String name) {
        JSString value = host.cookie(name).await();
        if (value == null) {
            return null;
        }
        String text = value.stringValue();
        return text == null || text.isEmpty() ? null : text;
    }
}
