package attendance.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONObject;

/**
 * A raw DevTools connection to one target (the extension's service worker), for what ChromeDriver does not give:
 * its console output and uncaught exceptions, and evaluating an expression inside it.
 */
public final class DevToolsTarget implements AutoCloseable {
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JSONObject>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new ArrayList<>();
    private final List<String> exceptions = new ArrayList<>();

    private DevToolsTarget() {
    }

    static DevToolsTarget connect(String webSocketUrl) throws Exception {
        DevToolsTarget target = new DevToolsTarget();
        StringBuilder partial = new StringBuilder();
        target.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(webSocketUrl), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            target.receive(new JSONObject(partial.toString()));
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        target.call("Runtime.enable", new JSONObject());
        return target;
    }

    public JSONObject call(String method, JSONObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(new JSONObject().put("id", id).put("method", method).put("params", params).toString(), true)
                .get(10, TimeUnit.SECONDS);
        return answer.get(30, TimeUnit.SECONDS);
    }

    /** Evaluates an expression (awaiting a promise) in the target and returns its value as JSON text. */
    public String evaluate(String expression) throws Exception {
        JSONObject result = call("Runtime.evaluate", new JSONObject().put("expression", expression)
                .put("awaitPromise", true).put("returnByValue", true));
        JSONObject value = result.getJSONObject("result").getJSONObject("result");
        return value.has("value") ? String.valueOf(value.get("value")) : value.optString("description");
    }

    public synchronized List<String> console() {
        return new ArrayList<>(console);
    }

    public synchronized List<String> exceptions() {
        return new ArrayList<>(exceptions);
    }

    private synchronized void receive(JSONObject message) {
        if (message.has("id")) {
            CompletableFuture<JSONObject> answer = pending.remove(message.getInt("id"));
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        String method = message.optString("method");
        JSONObject params = message.optJSONObject("params");
        if ("Runtime.consoleAPICalled".equals(method)) {
            StringBuilder line = new StringBuilder(params.optString("type")).append(':');
            for (Object arg : params.getJSONArray("args")) {
                JSONObject a = (JSONObject) arg;
                line.append(' ').append(a.has("value") ? String.valueOf(a.get("value")) : a.optString("description"));
            }
            console.add(line.toString());
        } else if ("Runtime.exceptionThrown".equals(method)) {
            exceptions.add(params.getJSONObject("exceptionDetails").toString());
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}
