package attendance.browser;

import attendance.api.HttpJson;
import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.NoAnswer;
import attendance.run.Ports;
import attendance.run.RunClock;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.io.IOException;
import org.teavm.jso.core.JSString;

/** Adapts the host object to the core's ports; awaiting a promise here suspends only the TeaVM thread. */
final class HostPorts {
    private HostPorts() {
    }

    /** The ports that reach one company's Personio; the job reaches the host through the API, not here. */
    static Ports of(Host host, String tenant) {
        return new Ports(request -> send(host, tenant, request),
                () -> HttpJson.cookies(host.cookies(tenant).await().stringValue()), RunClock.SYSTEM, host::uuid,
                job -> { }, host::cancelled);
    }

    private static HttpResponse send(Host host, String tenant, HttpRequest request) throws IOException {
        JSString answer;
        try {
            answer = host.fetch(tenant, HttpJson.request(request), request.inTab()).await();
        } catch (RuntimeException e) {
            // TeaVM turns a rejected promise into a bare RuntimeException; to the run it is a request without answer.
            throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
        }
        if (answer == null) {
            throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
        }
        return HttpJson.response(answer.stringValue());
    }
}
