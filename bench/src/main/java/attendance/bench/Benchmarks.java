package attendance.bench;

import attendance.e2e.Chromium;
import attendance.e2e.DevToolsTarget;
import attendance.e2e.PopupPage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.json.JSONObject;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * Measures the built extension: the size of core.js, the popup's time from opening to a rendered plan, and a filled
 * month's wall time, pace overhead and requests per day. Writes {@code dist/bench.json} and the table in
 * {@code docs/performance.md}.
 */
public final class Benchmarks {
    private static final int OPENINGS = Integer.getInteger("bench.openings", 20);
    private static final long PACE_MS = 1000;
    private static final String START = "<!-- bench:start -->";
    private static final String END = "<!-- bench:end -->";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.setProperty("extension.dir", withReference(root.resolve("dist/extension"),
                root.resolve("bench/target/extension-with-reference")).toString());
        JSONObject results = new JSONObject();
        results.put("measured_at", java.time.OffsetDateTime.now().toString());
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.version"));
        size(root.resolve("dist/extension/core.js"), results);
        popup(results);
        if ("popup".equals(System.getProperty("bench.only"))) {
            // ./build.sh bench popup: the popup's figures alone, printed, this page left as it is.
            System.out.println(results.toString(2));
            return;
        }
        fill(results);
        bigImport(results);
        Files.writeString(root.resolve("dist/bench.json"), results.toString(2));
        writeTable(root.resolve("docs/performance.md"), results);
        System.out.println(results.toString(2));
    }

    /**
     * A copy of the built extension with the reference page added (bench-reference.html): the same id, the same
     * files, and one page that plans the month by hand.
     */
    private static Path withReference(Path built, Path copy) throws Exception {
        if (Files.exists(copy)) {
            try (var old = Files.walk(copy)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (var files = Files.walk(built)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(built.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        for (String name : List.of("bench-reference.html", "bench-reference.js")) {
            try (InputStream in = Benchmarks.class.getResourceAsStream("/reference/" + name)) {
                Files.copy(in, copy.resolve(name));
            }
        }
        return copy;
    }

    private static void size(Path coreJs, JSONObject results) throws Exception {
        byte[] bytes = Files.readAllBytes(coreJs);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bytes);
        }
        results.put("core_js_bytes", bytes.length);
        results.put("core_js_gzip_bytes", zipped.size());
    }

    /**
     * Opens the popup again and again, each time reading the page's own mark for the rendered plan: with the worker
     * warm, then with the worker stopped before each opening, as Chrome stops it after 30 s idle.
     */
    private static void popup(JSONObject results) throws Exception {
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults());
                Chromium chromium = Chromium.start(simulator.port(), "en", true)) {
            chromium.signIn(simulator.tenant());
            chromium.openInNewTab("about:blank");
            chromium.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
            results.put("popup_first_open_ms", round(openPopup(chromium)));
            openReference(chromium);
            // The popup and the reference take turns, so that the machine's noise falls on both alike.
            List<Double> warm = new ArrayList<>();
            List<Double> reference = new ArrayList<>();
            for (int i = 0; i < OPENINGS; i++) {
                warm.add(openPopup(chromium));
                reference.add(openReference(chromium));
            }
            List<Double> cold = new ArrayList<>();
            List<Double> referenceCold = new ArrayList<>();
            for (int i = 0; i < OPENINGS; i++) {
                chromium.driver().executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
                cold.add(openPopup(chromium));
                chromium.driver().executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
                referenceCold.add(openReference(chromium));
            }
            figures(results, "popup_to_plan", warm);
            figures(results, "popup_cold_to_plan", cold);
            figures(results, "reference_to_plan", reference);
            figures(results, "reference_cold_to_plan", referenceCold);
            results.put("popup_warm_vs_reference", round2(results.getDouble("popup_to_plan_median_ms")
                    / results.getDouble("reference_to_plan_median_ms")));
            results.put("popup_cold_vs_reference", round2(results.getDouble("popup_cold_to_plan_median_ms")
                    / results.getDouble("reference_cold_to_plan_median_ms")));
            results.put("popup_openings", warm.size());
        }
    }

    /** One opening: from the page's navigation start to its mark for a rendered plan read for this opening. */
    private static double openPopup(Chromium chromium) {
        chromium.driver().get(chromium.extensionUrl("popup.html"));
        chromium.waitFor(d -> "ready".equals(chromium.element("#plan").getAttribute("data-state")) ? true : null);
        Number ms = (Number) chromium.driver().executeScript(
                "return performance.getEntriesByName('plan-ready')[0].startTime;");
        chromium.driver().get("about:blank");
        return ms.doubleValue();
    }

    /** One opening of the reference page, from its navigation start to its own mark for the rendered days. */
    private static double openReference(Chromium chromium) {
        chromium.driver().get(chromium.extensionUrl("bench-reference.html"));
        chromium.waitFor(d -> "ready".equals(chromium.driver().executeScript("return document.body.dataset.state"))
                ? true : null);
        Number ms = (Number) chromium.driver().executeScript(
                "return performance.getEntriesByName('plan-ready')[0].startTime;");
        chromium.driver().get("about:blank");
        return ms.doubleValue();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void figures(JSONObject results, String name, List<Double> times) {
        Collections.sort(times);
        results.put(name + "_median_ms", round(median(times)));
        results.put(name + "_min_ms", round(times.get(0)));
        results.put(name + "_max_ms", round(times.get(times.size() - 1)));
    }

    /** Fills last month's scenario from the popup, timing it and reading the pace from the simulator's log. */
    private static void fill(JSONObject results) throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(month)
                .withToday(month.atEndOfMonth()));
                Chromium chromium = Chromium.start(simulator.port(), "en", true)) {
            chromium.signIn(simulator.tenant());
            PopupPage popup = new PopupPage(chromium).openInNewTab();
            popup.showMonth(month);
            simulator.clearLog();
            long started = System.nanoTime();
            popup.fill();
            var summary = popup.summary("done", Duration.ofMinutes(5));
            long wallNanos = System.nanoTime() - started;
            int filled = Integer.parseInt(summary.getAttribute("data-filled"));
            List<LoggedRequest> log = simulator.requestLog();
            List<Long> dayStarts = new ArrayList<>();
            int dayRequests = 0;
            int runRequests = 0;
            for (int i = 0; i < log.size(); i++) {
                LoggedRequest r = log.get(i);
                if (r.path().startsWith("/api/") || r.path().startsWith("/svc/")) {
                    runRequests++;
                }
                if (r.method().equals("POST")) {
                    // A day is: the session refresh, the day's own read, the validation, the save.
                    dayStarts.add(log.get(i - 2).arrivedNanos());
                }
            }
            LocalDate firstDay = null;
            for (LoggedRequest r : log) {
                if (r.method().equals("POST") || r.method().equals("PUT")) {
                    dayRequests++;
                    firstDay = firstDay == null ? r.date() : firstDay;
                }
            }
            // Each written day also begins with its refresh and its read: the two requests before each validation.
            dayRequests += 2 * dayStarts.size();
            double span = (dayStarts.get(dayStarts.size() - 1) - dayStarts.get(0)) / 1e6;
            double ideal = (dayStarts.size() - 1) * (double) PACE_MS;
            results.put("fill_days_written", filled);
            results.put("fill_wall_s", round(wallNanos / 1e9));
            results.put("fill_s_per_day", round(wallNanos / 1e9 / filled));
            results.put("pace_ms", PACE_MS);
            results.put("pace_overhead_pct", round((span / ideal - 1) * 100));
            results.put("requests_per_written_day", round(dayRequests / (double) filled));
            results.put("requests_in_run", runRequests);
            try (DevToolsTarget worker = chromium.serviceWorker()) {
                JSONObject heap = worker.call("Runtime.getHeapUsage", new JSONObject()).getJSONObject("result");
                results.put("worker_heap_used_mb", round(heap.getDouble("usedSize") / 1048576.0));
            }
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * A year of a tracker's entries (a Toggl Track detailed report of about 1,400 lines, 130 KB) chosen on the
     * options page: the time from choosing the file to its plan on screen, median of a few choices.
     */
    private static void bigImport(JSONObject results) throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
        StringBuilder csv = new StringBuilder("User,Email,Client,Project,Task,Description,Billable,Start date,"
                + "Start time,End date,End time,Duration,Tags,Amount (EUR)\n");
        int lines = 0;
        LocalDate last = month.atEndOfMonth();
        for (LocalDate day = month.minusMonths(11).atDay(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            String[][] entries = {{"08:00:00", "09:30:00"}, {"09:30:00", "11:00:00"}, {"11:00:00", "12:00:00"},
                {"12:30:00", "14:30:00"}, {"14:30:00", "15:45:00"}, {"15:45:00", "16:30:00"}};
            for (String[] e : entries) {
                csv.append("Ann,ann@example.com,Acme,Development,,\"Work on the product, part ").append(lines % 7)
                        .append("\",No,").append(day).append(',').append(e[0]).append(',').append(day).append(',')
                        .append(e[1]).append(",01:00:00,,0.00\n");
                lines++;
            }
            if (lines >= 1400) {
                break;
            }
        }
        Path file = Files.createTempFile("year", ".csv");
        Files.writeString(file, csv.toString());
        List<Double> times = new ArrayList<>();
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(month));
                Chromium chromium = Chromium.start(simulator.port(), "en", true)) {
            chromium.signIn(simulator.tenant());
            for (int i = 0; i < 5; i++) {
                chromium.driver().get(chromium.extensionUrl("options.html"));
                chromium.waitFor(d -> chromium.elements("#import-file").isEmpty() ? null : true);
                chromium.async("chrome.storage.local.remove('importFile').then(() => done(true));");
                long start = System.nanoTime();
                chromium.element("#import-file").sendKeys(file.toString());
                chromium.waitFor(Duration.ofSeconds(60), d -> "ready".equals(chromium.element("#import-plan")
                        .getAttribute("data-state")) ? true : null);
                times.add((System.nanoTime() - start) / 1e6);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Collections.sort(times);
        results.put("import_year_lines", lines);
        results.put("import_year_kb", round(csv.length() / 1024.0));
        figures(results, "import_year_to_plan", times);
    }

    private static void writeTable(Path doc, JSONObject r) throws Exception {
        String table = String.join("\n",
                START,
                "| figure | measured | target |",
                "| --- | --- | --- |",
                row("`core.js`, minified", kb(r.getLong("core_js_bytes")), "≤ 300 KB"),
                row("`core.js`, gzip", kb(r.getLong("core_js_gzip_bytes")), "none"),
                row("popup opened → plan rendered, worker warm, median of " + r.getInt("popup_openings"),
                        r.getDouble("popup_to_plan_median_ms") + " ms (min " + r.getDouble("popup_to_plan_min_ms")
                                + ", max " + r.getDouble("popup_to_plan_max_ms") + ")", "none"),
                row("the reference, same run, median of " + r.getInt("popup_openings"),
                        r.getDouble("reference_to_plan_median_ms") + " ms (min "
                                + r.getDouble("reference_to_plan_min_ms") + ", max "
                                + r.getDouble("reference_to_plan_max_ms") + ")", "none"),
                row("popup warm ÷ reference", r.getDouble("popup_warm_vs_reference") + " ×", "≤ 0.70 ×"),
                row("popup opened → plan rendered, worker stopped first, median of " + r.getInt("popup_openings"),
                        r.getDouble("popup_cold_to_plan_median_ms") + " ms (min "
                                + r.getDouble("popup_cold_to_plan_min_ms") + ", max "
                                + r.getDouble("popup_cold_to_plan_max_ms") + ")", "none"),
                row("the reference, worker stopped first, median of " + r.getInt("popup_openings"),
                        r.getDouble("reference_cold_to_plan_median_ms") + " ms (min "
                                + r.getDouble("reference_cold_to_plan_min_ms") + ", max "
                                + r.getDouble("reference_cold_to_plan_max_ms") + ")", "none"),
                row("popup with the worker stopped ÷ reference", r.getDouble("popup_cold_vs_reference") + " ×",
                        "≤ 1.00 ×"),
                row("popup, first opening after the browser started", r.getDouble("popup_first_open_ms") + " ms",
                        "none"),
                row("fill of the scenario month, wall time", r.getDouble("fill_wall_s") + " s for "
                        + r.getInt("fill_days_written") + " days", "none"),
                row("seconds per written day", String.valueOf(r.getDouble("fill_s_per_day")), "none"),
                row("overhead beyond the pace (" + r.getLong("pace_ms") + " ms)", r.getDouble("pace_overhead_pct")
                        + " %", "≤ 10 %"),
                row("requests per written day", String.valueOf(r.getDouble("requests_per_written_day")),
                        "exactly 4"),
                row("requests in the whole run", String.valueOf(r.getInt("requests_in_run")), "none"),
                row("service worker JS heap after the run", r.getDouble("worker_heap_used_mb") + " MB", "none"),
                row("import of a year's Toggl report (" + r.getInt("import_year_lines") + " lines, "
                        + r.getDouble("import_year_kb") + " KB) → plan on screen, median of 5",
                        r.getDouble("import_year_to_plan_median_ms") + " ms (min "
                                + r.getDouble("import_year_to_plan_min_ms") + ", max "
                                + r.getDouble("import_year_to_plan_max_ms") + ")", "≤ 2 s"),
                "",
                "Measured " + r.getString("measured_at") + " on " + r.getString("machine") + ".",
                END);
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        int a = text.indexOf(START);
        int b = text.indexOf(END);
        text = a >= 0 && b > a ? text.substring(0, a) + table + text.substring(b + END.length())
                : text + "\n" + table + "\n";
        Files.writeString(doc, text);
    }

    private static String row(String figure, String measured, String target) {
        return "| " + figure + " | " + measured + " | " + target + " |";
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB (%d bytes)", bytes / 1024.0, bytes);
    }
}
