package attendance.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.JSONObject;

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi (geckodriver cannot be installed here): Firefox listens
 * itself, the JDK's WebSocket client talks to it. The built {@code dist/extension-firefox} is installed as a temporary
 * add-on, the way a developer loads it from {@code about:debugging}; prefs in the profile's {@code user.js} fix its
 * id, put the simulator under the real host name and set the language.
 */
public final class Firefox implements AutoCloseable {
    public static final String BROWSER = "/usr/bin/firefox-esr";
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JSONObject>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String uuid;
    private String context;

    private Firefox(Process process, Path profile, String socketUrl, String uuid) throws Exception {
        this.process = process;
        this.profile = profile;
        this.uuid = uuid;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(socketUrl + "/session"), new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** The unpacked Firefox build the tests load. */
    public static Path extensionDir() {
        return Path.of(System.getProperty("firefox.extension.dir", Chromium.extensionDir().getParent()
                .resolve("extension-firefox").toString())).toAbsolutePath();
    }

    /** Starts Firefox with the extension installed, Personio's hosts on the simulator, and the given language. */
    public static Firefox start(int simulatorPort, String language) throws Exception {
        Path profile = Files.createTempDirectory("firefox-e2e");
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        String uuid = UUID.randomUUID().toString();
        String prefs = String.join("\n",
                // Downloads land in the profile's folder, without a question.
                pref("browser.download.dir", downloads.toString()),
                "user_pref(\"browser.download.folderList\", 2);",
                "user_pref(\"browser.download.useDownloadDir\", true);",
                "user_pref(\"browser.download.always_ask_before_handling_new_types\", false);",
                "user_pref(\"browser.download.start_downloads_in_tmp_dir\", false);",
                pref("extensions.webextensions.uuids", "{\"" + attendance.bundle.FirefoxBuild.GECKO_ID + "\": \""
                        + uuid + "\"}"),
                pref("network.dns.localDomains", "acme.app.personio.com,other.app.personio.com"),
                pref("network.socket.forcePort", "443=" + simulatorPort),
                pref("intl.locale.requested", language),
                pref("intl.accept_languages", language),
                "user_pref(\"devtools.console.stdout.chrome\", true);",
                "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
                "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
                "user_pref(\"toolkit.telemetry.reportingpolicy.firstRun\", false);",
                "user_pref(\"browser.aboutwelcome.enabled\", false);",
                "user_pref(\"extensions.webextensions.restrictedDomains\", \"\");", "");
        Files.writeString(profile.resolve("user.js"), prefs, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(BROWSER, "--headless", "--no-remote", "--remote-debugging-port", "0",
                "--remote-allow-system-access", "--profile", profile.toString()).redirectOutput(
                ProcessBuilder.Redirect.DISCARD).start();
        String url = listeningUrl(process);
        Firefox firefox = new Firefox(process, profile, url, uuid);
        firefox.command("session.new", new JSONObject().put("capabilities", new JSONObject().put("alwaysMatch",
                new JSONObject().put("acceptInsecureCerts", true))));
        firefox.command("webExtension.install", new JSONObject().put("extensionData", new JSONObject()
                .put("type", "path").put("path", extensionDir().toString())));
        JSONObject tree = firefox.command("browsingContext.getTree", new JSONObject());
        firefox.context = tree.getJSONArray("contexts").getJSONObject(0).getString("context");
        return firefox;
    }

    private static String pref(String name, String value) {
        return "user_pref(" + JSONObject.quote(name) + ", " + JSONObject.quote(value) + ");";
    }

    /** Reads Firefox's stderr until it says where BiDi listens; the rest of it is drained in the background. */
    private static String listeningUrl(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        long due = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < due && (line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // Firefox's console output: read so that the pipe never fills.
                        }
                    } catch (IOException e) {
                        // Firefox has ended.
                    }
                }, "firefox-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        process.destroyForcibly();
        throw new IOException("Firefox did not start WebDriver BiDi");
    }

    /** Where Firefox saves downloads, without asking. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits for a finished download whose name ends so (Firefox writes a .part file first), and returns it. */
    public Path download(String suffix, Duration timeout) throws InterruptedException {
        Path[] found = new Path[1];
        waitUntil(timeout, () -> {
            try (var files = Files.list(downloads())) {
                List<Path> all = files.toList();
                boolean partial = all.stream().anyMatch(f -> f.toString().endsWith(".part"));
                all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst().ifPresent(f -> found[0] = f);
                return found[0] != null && !partial && Files.size(found[0]) > 0;
            } catch (IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /**
     * Reloads the extension as Firefox does for an update: the background page stops and starts again from its
     * stored state. The extension's pages close with it; the test goes on in a tab of its own.
     */
    public void reloadExtension() throws Exception {
        evaluate("setTimeout(() => browser.runtime.reload(), 100), 'reloading'");
        Thread.sleep(2000);
        JSONObject tree = command("browsingContext.getTree", new JSONObject());
        boolean open = false;
        for (Object c : tree.getJSONArray("contexts")) {
            open |= context.equals(((JSONObject) c).getString("context"));
        }
        if (!open) {
            context = command("browsingContext.create", new JSONObject().put("type", "tab")).getString("context");
        }
    }

    /** The extension's page, as moz-extension://{fixed uuid}/{page}. */
    public String extensionUrl(String page) {
        return "moz-extension://" + uuid + "/" + page;
    }

    /** Loads an address in the tab and waits for it to load. */
    public void navigate(String url) throws Exception {
        command("browsingContext.navigate", new JSONObject().put("context", context).put("url", url)
                .put("wait", "complete"));
    }

    /**
     * Evaluates a script in the page (awaiting a promise) and returns its value as JSON text; the page's own realm,
     * so that an extension page's {@code chrome.*} is there.
     */
    public String evaluate(String expression) throws Exception {
        JSONObject result = command("script.evaluate", new JSONObject().put("expression", expression)
                .put("target", new JSONObject().put("context", context)).put("awaitPromise", true)
                .put("resultOwnership", "none"));
        if ("exception".equals(result.optString("type"))) {
            throw new IllegalStateException("script failed: " + result.getJSONObject("exceptionDetails")
                    .optString("text"));
        }
        JSONObject value = result.getJSONObject("result");
        return value.has("value") ? String.valueOf(value.get("value")) : null;
    }

    /** Waits until the script's value is the text wanted, or fails with the last value seen. */
    public void waitFor(Duration timeout, String expression, String wanted) throws Exception {
        long due = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < due) {
            try {
                last = evaluate(expression);
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            if (wanted.equals(last)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited for " + expression + " to be " + wanted + ", last " + last);
    }

    /** Waits for a condition of the test's own. */
    public static void waitUntil(Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long due = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < due) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("condition not met in " + timeout);
    }

    private JSONObject command(String method, JSONObject params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JSONObject> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText(new JSONObject().put("id", id).put("method", method).put("params", params).toString(), true)
                .get(10, TimeUnit.SECONDS);
        JSONObject reply = answer.get(120, TimeUnit.SECONDS);
        if ("error".equals(reply.optString("type"))) {
            throw new IllegalStateException(method + ": " + reply.optString("error") + " "
                    + reply.optString("message"));
        }
        return reply.getJSONObject("result");
    }

    @Override
    public void close() {
        try {
            command("browser.close", new JSONObject());
        } catch (Exception e) {
            // Closed already, or closing anyway below.
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        Chromium.deleteQuietly(profile);
    }

    /** Collects the frames of each message and hands the answers to whoever waits for them. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JSONObject message = new JSONObject(text.toString());
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JSONObject> answer = waiting.remove(message.getInt("id"));
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
