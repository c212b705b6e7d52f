package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * The Firefox build in Debian's Firefox ESR, loaded as a temporary add-on and driven over WebDriver BiDi: the popup
 * plans last month and fills it against the simulator, in English and in German.
 */
class FirefoxIT {
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    private PersonioSimulator simulator;
    private Firefox firefox;

    @AfterEach
    void stop() {
        if (firefox != null) {
            firefox.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private void start(String language) throws Exception {
        start(language, Duration.ZERO);
    }

    /** The simulator answers each request after {@code delay}. */
    private void start(String language, Duration delay) throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)).withDelay(delay));
        firefox = Firefox.start(simulator.port(), language);
        firefox.navigate("https://" + simulator.tenant() + ".app.personio.com/demo/sign-in");
    }

    /** Opens the popup as a page (no Personio tab stays open: writes need a background tab) and plans the month. */
    private void planTheMonth() throws Exception {
        firefox.navigate(firefox.extensionUrl("popup.html"));
        firefox.waitFor(Duration.ofSeconds(30), "document.querySelector('#plan').dataset.state === 'loading'"
                + " ? 'loading' : 'settled'", "settled");
        firefox.evaluate("(() => { document.querySelector('#month').value = '" + MONTH + "';"
                + " document.querySelector('#preview').click(); return 'asked'; })()");
        firefox.waitFor(Duration.ofSeconds(30), "(() => { const p = document.querySelector('#plan');"
                + " return p.dataset.month + ' ' + p.dataset.state; })()", MONTH + " ready");
    }

    @Test
    void thePopupPlansTheMonthAndFillsExactlyItsDaysInFirefox() throws Exception {
        start("en-US");
        planTheMonth();
        Set<String> planned = new TreeSet<>();
        String rows = firefox.evaluate("[...document.querySelectorAll('#plan [data-action=fill]')]"
                + ".map((r) => r.dataset.date).join(',')");
        for (String date : rows.split(",")) {
            planned.add(date);
        }
        Set<String> expected = new TreeSet<>();
        simulator.scenario().writableEmptyDays().forEach(d -> expected.add(d.toString()));
        assertEquals(expected, planned);
        assertEquals("off_day", firefox.evaluate("document.querySelector(\"#plan [data-date='"
                + simulator.scenario().holiday() + "']\").dataset.reason"));

        firefox.evaluate("document.querySelector('#fill').click(), 'clicked'");
        firefox.waitFor(Duration.ofSeconds(120), "document.querySelector('#summary').dataset.state", "done");
        assertEquals(String.valueOf(expected.size()), firefox.evaluate(
                "document.querySelector('#summary').dataset.filled"));
        Set<String> written = new TreeSet<>();
        for (LocalDate d : simulator.storedPeriods().keySet()) {
            if (!simulator.scenario().filledDays().contains(d)) {
                written.add(d.toString());
            }
        }
        assertEquals(expected, written);
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        assertTrue(simulator.requestLog().stream().filter(r -> r.method().equals("PUT"))
                .allMatch(r -> Boolean.TRUE.equals(r.originAllowed())), "every write came from the company's page");
    }

    @Test
    void aCancelledRunStopsAfterTheDayInFlightAndLeavesTheRestEmpty() throws Exception {
        start("en-US");
        planTheMonth();
        int planned = Integer.parseInt(firefox.evaluate(
                "document.querySelectorAll('#plan [data-action=fill]').length"));
        firefox.evaluate("document.querySelector('#fill').click(), 'clicked'");
        firefox.waitFor(Duration.ofSeconds(60), "Number(document.querySelector('#summary').dataset.filled) >= 1"
                + " ? 'one' : 'none'", "one");
        firefox.evaluate("document.querySelector('#cancel').click(), 'cancelled'");
        firefox.waitFor(Duration.ofSeconds(60), "document.querySelector('#summary').dataset.state", "cancelled");
        int filled = Integer.parseInt(firefox.evaluate("document.querySelector('#summary').dataset.filled"));
        assertTrue(filled >= 1 && filled < planned, filled + " of " + planned);
        long written = simulator.storedPeriods().keySet().stream()
                .filter(d -> !simulator.scenario().filledDays().contains(d)).count();
        assertEquals(filled, written, "exactly the days the summary counts, and nothing after the cancel");
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        // The plan is read again after a cancel; its rows then show the rest as not reached.
        firefox.waitFor(Duration.ofSeconds(30), "document.querySelectorAll('#plan [data-outcome=not_reached]').length"
                + " > 0 ? 'shown' : 'none'", "shown");
    }

    @Test
    void theExportIsSavedFromATabOfTheExtensionAsACsvOfTheMonth() throws Exception {
        start("en-US");
        planTheMonth();
        firefox.evaluate("document.querySelector('#export').click(), 'clicked'");
        java.nio.file.Path file = firefox.download(".csv", Duration.ofSeconds(30));
        String csv = java.nio.file.Files.readString(file);
        assertTrue(file.getFileName().toString().contains(MONTH.toString()), file.toString());
        assertTrue(csv.contains(simulator.scenario().holiday().toString()), "every day of the month, the holiday too");
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.method().equals("PUT")
                || r.method().equals("POST")), "an export writes nothing");
    }

    @Test
    void aRunLongerThanFirefoxsIdleLimitFinishesWithThePopupClosed() throws Exception {
        // Slow answers make the run last well over the 30 s after which Firefox stops an idle background page.
        start("en-US", Duration.ofMillis(600));
        planTheMonth();
        Set<String> expected = new TreeSet<>();
        simulator.scenario().writableEmptyDays().forEach(d -> expected.add(d.toString()));
        long started = System.nanoTime();
        firefox.evaluate("document.querySelector('#fill').click(), 'clicked'");
        firefox.waitFor(Duration.ofSeconds(30), "document.querySelector('#summary').dataset.state", "running");
        firefox.navigate("about:blank");
        Set<String> written = new TreeSet<>();
        Firefox.waitUntil(Duration.ofSeconds(240), () -> {
            written.clear();
            simulator.storedPeriods().keySet().stream().filter(d -> !simulator.scenario().filledDays().contains(d))
                    .forEach(d -> written.add(d.toString()));
            return written.equals(expected);
        });
        assertTrue(System.nanoTime() - started > Duration.ofSeconds(30).toNanos(), "the run outlasted the idle limit");
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        firefox.navigate(firefox.extensionUrl("popup.html"));
        firefox.waitFor(Duration.ofSeconds(30), "document.querySelector('#summary').dataset.state", "done");
    }

    @Test
    void aRunTakenUpAgainAfterTheBackgroundPageRestartedFillsEveryDayOnce() throws Exception {
        start("en-US", Duration.ofMillis(200));
        planTheMonth();
        Set<String> expected = new TreeSet<>();
        simulator.scenario().writableEmptyDays().forEach(d -> expected.add(d.toString()));
        firefox.evaluate("document.querySelector('#fill').click(), 'clicked'");
        firefox.waitFor(Duration.ofSeconds(60), "Number(document.querySelector('#summary').dataset.filled) >= 2"
                + " ? 'two' : 'fewer'", "two");
        firefox.reloadExtension();
        Set<String> written = new TreeSet<>();
        Firefox.waitUntil(Duration.ofSeconds(180), () -> {
            written.clear();
            simulator.storedPeriods().keySet().stream().filter(d -> !simulator.scenario().filledDays().contains(d))
                    .forEach(d -> written.add(d.toString()));
            return written.equals(expected);
        });
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote), "never over an entry");
        long saves = simulator.requestLog().stream().filter(r -> r.method().equals("PUT")).count();
        assertEquals(expected.size(), saves, "every day saved once, none twice across the restart");
        firefox.navigate(firefox.extensionUrl("popup.html"));
        firefox.waitFor(Duration.ofSeconds(60), "document.querySelector('#summary').dataset.state", "done");
    }

    @Test
    void inGermanThePopupSpeaksGerman() throws Exception {
        start("de");
        planTheMonth();
        String fill = firefox.evaluate("document.querySelector('#fill').textContent");
        assertTrue(fill.contains("eintragen"), fill);
    }

    @Test
    void accessTakenBackIsNoticedInThePopupAndTheOptionsPageOffersToAskForIt() throws Exception {
        start("en-US");
        firefox.navigate(firefox.extensionUrl("options.html"));
        firefox.waitFor(Duration.ofSeconds(20), "document.querySelector('#access-status').dataset.state", "granted");
        assertEquals("true", firefox.evaluate("document.querySelector('#grant-access').hidden"));
        // Firefox lets a user take a host permission back; a test does it with the same API.
        firefox.evaluate("browser.permissions.remove({origins: ['https://*.app.personio.com/*']}).then(String)");
        firefox.waitFor(Duration.ofSeconds(20), "document.querySelector('#access-status').dataset.state", "missing");
        assertEquals("false", firefox.evaluate("document.querySelector('#grant-access').hidden"));
        firefox.navigate(firefox.extensionUrl("popup.html"));
        firefox.waitFor(Duration.ofSeconds(20), "String(document.querySelector('#permission-missing').hidden)",
                "false");
    }

    /** Firefox reads company policy from policies.json beside the program; written only as root, removed after. */
    @Test
    void aCompanysDefaultsFromFirefoxsPoliciesFileTakeEffectAndItsLockHolds() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "writing Firefox's policies.json needs root");
        java.nio.file.Path dir = java.nio.file.Path.of("/usr/lib/firefox-esr/distribution");
        java.nio.file.Path file = dir.resolve("policies.json");
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.exists(file),
                "a policies.json of the machine's own is left alone");
        org.json.JSONObject company = new org.json.JSONObject().put("project_id", "1001").put("comment", "Set by ACME")
                .put("locked", new org.json.JSONArray().put("project_id"));
        org.json.JSONObject policies = new org.json.JSONObject().put("policies", new org.json.JSONObject()
                .put("3rdparty", new org.json.JSONObject().put("Extensions", new org.json.JSONObject()
                        .put(attendance.bundle.FirefoxBuild.GECKO_ID, company))));
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(file, policies.toString());
        try {
            start("en-US");
            firefox.navigate(firefox.extensionUrl("options.html"));
            firefox.waitFor(Duration.ofSeconds(20), "document.querySelector('#project-id').value", "1001");
            assertEquals("true", firefox.evaluate("String(document.querySelector('#project-id').disabled)"),
                    "locked by the company");
            assertEquals("Set by ACME", firefox.evaluate("document.querySelector('#comment').value"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
