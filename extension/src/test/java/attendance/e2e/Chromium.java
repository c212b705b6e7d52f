package attendance.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with the built extension loaded the way "Load unpacked" loads it, and every
 * {@code *.app.personio.com} host mapped to a local simulator port.
 */
public final class Chromium implements AutoCloseable {
    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    /** Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests use none. */
    private static final java.util.logging.Logger CDP_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final String extensionId;
    private final Path profile;

    private Chromium(ChromeDriver driver, String extensionId, Path profile) {
        this.driver = driver;
        this.extensionId = extensionId;
        this.profile = profile;
    }

    /** The unpacked extension under test: {@code -Dextension.dir}, else {@code dist/extension} here or a level up. */
    public static Path extensionDir() {
        String configured = System.getProperty("extension.dir");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("dist", "extension"), Path.of("..", "dist", "extension"));
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve("manifest.json"))) {
                return dir.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("No built extension in " + candidates + "; run ./build.sh package");
    }

    public static Chromium start(int simulatorPort, String language, boolean headless) throws IOException {
        Path extension = extensionDir();
        Path profile = Files.createTempDirectory("recorder-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        if (headless) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-quic",
                "--disable-features=DisableLoadExtensionCommandLineSwitch",
                "--user-data-dir=" + profile,
                "--load-extension=" + extension,
                "--host-resolver-rules=MAP *.app.personio.com 127.0.0.1:" + simulatorPort,
                "--ignore-certificate-errors",
                "--remote-allow-origins=*",
                "--window-size=1200,900",
                "--lang=" + language);
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment, not from --lang.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .withEnvironment(Map.of("LANGUAGE", language, "LANG", language + ".UTF-8"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, idOf(extension), profile);
    }

    /** Where Chromium saves downloads, without asking. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /**
     * Waits for a finished download whose name ends so, and returns it: Chromium may show the file's name before it
     * has written its bytes, so an empty file is waited for too.
     */
    public Path download(String suffix, Duration timeout) {
        return waitFor(timeout, d -> {
            try (var files = Files.list(downloads())) {
                Path found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found != null && Files.size(found) > 0 ? found : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The id Chromium gives an extension whose manifest pins a public key: hex of its SHA-256, in letters a-p. */
    static String idOf(Path extension) throws IOException {
        JSONObject manifest = new JSONObject(Files.readString(extension.resolve("manifest.json")));
        try {
            byte[] key = Base64.getDecoder().decode(manifest.getString("key"));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                id.append((char) ('a' + ((hash[i] >> 4) & 15))).append((char) ('a' + (hash[i] & 15)));
            }
            return id.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String extensionId() {
        return extensionId;
    }

    public String extensionUrl(String page) {
        return "chrome-extension://" + extensionId + "/" + page;
    }

    /** Opens a page of the extension in a new tab and switches to it. */
    public void openInNewTab(String url) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
    }

    /** Signs in to the simulator through its login page, in the current tab. */
    public void signIn(String tenant) {
        driver.get("https://" + tenant + ".app.personio.com/login");
        driver.findElement(By.id("sign-in")).click();
        waitFor(d -> d.getCurrentUrl().endsWith(".app.personio.com/"));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(Duration.ofSeconds(60), condition);
    }

    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // A page that renders its rows again (a plan read anew) replaces an element between finding and reading it:
        // the condition is asked again.
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> elements(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs an async script in the current page; the script calls {@code done(value)}. */
    public Object async(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script, args);
    }

    /** Everything in chrome.storage (sync, local and session), as JSON text, read from an extension page. */
    public String storageDump() {
        return (String) async("Promise.all([chrome.storage.sync.get(null), chrome.storage.local.get(null),"
                + " chrome.storage.session.get(null)]).then(r => done(JSON.stringify(r)));");
    }

    /** The DevTools websocket of the extension's service worker, once it runs. */
    public DevToolsTarget serviceWorker() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JSONObject target = workerTarget();
            if (target != null) {
                return DevToolsTarget.connect(target.getString("webSocketDebuggerUrl"));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the extension's service worker did not start");
    }

    /** Stops the extension's service worker, as the browser does after 30 s idle, and waits until it is gone. */
    public void stopWorker() throws Exception {
        driver.executeCdpCommand("ServiceWorker.enable", Map.of());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            driver.executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
            if (workerTarget() == null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the extension's service worker did not stop");
    }

    /** The DevTools target of the extension's service worker while it runs; null when it does not. */
    private JSONObject workerTarget() throws Exception {
        String address = ((Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions"))
                .get("debuggerAddress").toString();
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + address + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        String prefix = "chrome-extension://" + extensionId + "/";
        for (Object t : new JSONArray(list.body())) {
            JSONObject target = (JSONObject) t;
            if ("service_worker".equals(target.optString("type")) && target.optString("url").startsWith(prefix)) {
                return target;
            }
        }
        return null;
    }

    /** Handles of the open tabs. */
    public Set<String> tabs() {
        return driver.getWindowHandles();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
