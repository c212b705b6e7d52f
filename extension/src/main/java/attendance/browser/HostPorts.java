package attendance.browser;

import attendance.api.HttpJson;
import attendance.run.HttpRequest;
import attendance.run.HttpResponse;
import attendance.run.NoAnswer;
import attendance.run.Ports;
import attendance.run.RunClock;
import attendance.run.Transport;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.io.IOException;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** Adapts the host object to the core's ports; awaiting a promise here suspends only the TeaVM thread. */
final class HostPorts {
    private HostPorts() {
    }

    /** The ports that reach one company's Personio; the job reaches the host through the API, not here. */
    static Ports of(Host host, String tenant) {
        return new Ports(new HostTransport(host, tenant),
                () -> HttpJson.cookies(host.cookies(tenant).await().stringValue()), RunClock.SYSTEM, host::uuid,
                job -> { }, host::cancelled);
    }

    /** The host's fetch: a request goes out when it is started, and its promise is awaited when its answer is asked. */
    private record HostTransport(Host host, String tenant) implements Transport {
        @Override
        public HttpResponse send(HttpRequest request) throws IOException {
            return start(request).answer();
        }

        @Override
        public Pending start(HttpRequest request) {
            JSPromise<JSString> sent;
            try {
                sent = host.fetch(tenant, HttpJson.request(request), request.inTab());
            } catch (RuntimeException e) {
                return () -> {
                    throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
                };
            }
            return () -> answer(sent);
        }

        private static HttpResponse answer(JSPromise<JSString> sent) throws IOException {
            JSString answer;
            try {
                answer = sent.await();
            } catch (RuntimeException e) {
                // TeaVM turns a rejected promise into a bare RuntimeException; to the run it is a request without
                // answer.
                throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
            }
            if (answer == null) {
                throw new NoAnswer(Message.of(MessageCode.TAB_UNUSABLE));
            }
            return HttpJson.response(answer.stringValue());
        }
    }
}
