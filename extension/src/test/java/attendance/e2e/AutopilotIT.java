package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.PersonioSimulator;
import personio.simulator.StoredPeriod;
import personio.simulator.SimulatorConfig;

/**
 * The autopilot against the simulator's current month: switched on and saved on the options page, it fills the open
 * working days before today by itself and says so in a notification; without a session it writes nothing.
 */
class AutopilotIT {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.now(BERLIN);
    private static final YearMonth MONTH = YearMonth.from(TODAY);

    private PersonioSimulator simulator;
    private Chromium chromium;
    private PopupPage popup;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH).withToday(TODAY));
        chromium = Chromium.start(simulator.port(), "en", true);
        popup = new PopupPage(chromium);
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** The days a plan would fill before today: this month's, and in its first five days last month's too. */
    private Set<String> plannedBeforeToday() {
        Set<String> days = new TreeSet<>();
        List<YearMonth> months = TODAY.getDayOfMonth() <= 5 ? List.of(MONTH.minusMonths(1), MONTH) : List.of(MONTH);
        for (YearMonth month : months) {
            popup.showMonth(month);
            popup.rows().forEach((date, action) -> {
                if (action.equals("fill") && LocalDate.parse(date).isBefore(TODAY)) {
                    days.add(date);
                }
            });
        }
        return days;
    }

    private void switchOnAndSave() {
        switchOnAndSave(null);
    }

    /** Switches it on, with this delay in days when not null, and saves. */
    private void switchOnAndSave(Long delay) {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty() ? true : null);
        assertFalse(chromium.element("#autopilot").isSelected(), "off by default");
        assertEquals("1", chromium.element("#autopilot-delay").getAttribute("value"));
        assertEquals("09:00", chromium.element("#autopilot-time").getAttribute("value"));
        if (delay != null) {
            chromium.element("#autopilot-delay").clear();
            chromium.element("#autopilot-delay").sendKeys(String.valueOf(delay));
        }
        chromium.element("#autopilot").click();
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);
    }

    private Set<String> written(Map<LocalDate, List<StoredPeriod>> before) {
        Set<String> written = new TreeSet<>();
        simulator.storedPeriods().forEach((date, periods) -> {
            if (!periods.equals(before.get(date))) {
                written.add(date.toString());
            }
        });
        return written;
    }

    @Test
    void switchedOnAndSavedItFillsTheOpenWorkingDaysBeforeTodayAndTellsInANotification() {
        chromium.signIn(simulator.tenant());
        popup.openInNewTab();
        Set<String> expected = plannedBeforeToday();
        Assumptions.assumeFalse(expected.isEmpty(), "no open working day before today in this month");
        Map<LocalDate, List<StoredPeriod>> before = new HashMap<>(simulator.storedPeriods());

        switchOnAndSave();
        chromium.waitFor(Duration.ofSeconds(180), d -> written(before).equals(expected) ? true : null);
        assertEquals(expected, written(before), "exactly the open days before today; never today, never an entry");
        assertFalse(simulator.requestLog().stream().anyMatch(r -> r.overwrote()));
        // The notification follows the run's end, a moment after its last write.
        chromium.waitFor(Duration.ofSeconds(30), d -> String.valueOf(chromium.async(
                "chrome.notifications.getAll().then((n) => done(Object.keys(n).join(',')));")).contains("autopilot")
                ? true : null);
        String filled = expected.size() + (expected.size() == 1 ? " day filled" : " days filled");
        chromium.waitFor(Duration.ofSeconds(10), d -> chromium.element("#autopilot-status").getText()
                .contains(filled) ? true : null);
    }

    @Test
    void aRunTheUserStartsWhileItWritesWaitsForItThenFillsWhatIsStillOpen() {
        chromium.signIn(simulator.tenant());
        popup.openInNewTab();
        String popupTab = chromium.driver().getWindowHandle();
        Set<String> planned = plannedBeforeToday();
        popup.showMonth(MONTH);
        Set<String> users = new TreeSet<>();
        popup.rows().forEach((date, action) -> {
            if (action.equals("fill")) {
                users.add(date);
            }
        });
        Assumptions.assumeFalse(users.isEmpty(), "no open working day in this month");
        // The autopilot's delay leaves the user's latest open day to the user's own run.
        LocalDate latest = LocalDate.parse(((TreeSet<String>) users).last());
        long delay = java.time.temporal.ChronoUnit.DAYS.between(latest, TODAY) + 1;
        Set<String> autopilot = new TreeSet<>();
        planned.forEach(date -> {
            if (!LocalDate.parse(date).isAfter(TODAY.minusDays(delay))) {
                autopilot.add(date);
            }
        });
        Assumptions.assumeTrue(delay <= 28 && autopilot.size() >= 3, "the autopilot needs a few days to write");
        Map<LocalDate, List<StoredPeriod>> before = new HashMap<>(simulator.storedPeriods());

        switchOnAndSave(delay);
        chromium.driver().switchTo().window(popupTab);
        chromium.waitFor(Duration.ofSeconds(30), d -> "running".equals(chromium.element("#summary")
                .getAttribute("data-state")) ? true : null);
        assertTrue(chromium.element("#summary").getText().contains("Autopilot"), "the autopilot's progress");
        assertTrue(chromium.element("#fill").isEnabled(), "a run may be asked for while the autopilot writes");
        chromium.element("#fill").click();
        chromium.waitFor(Duration.ofSeconds(10), d -> chromium.element("#fill").getText()
                .contains("Starts after the autopilot") ? true : null);

        Set<String> all = new TreeSet<>(autopilot);
        all.addAll(users);
        chromium.waitFor(Duration.ofSeconds(240), d -> written(before).equals(all) ? true : null);
        assertFalse(simulator.requestLog().stream().anyMatch(r -> r.overwrote()), "never over an entry");
        String record = String.valueOf(chromium.async(
                "chrome.storage.local.get('writeRecord').then((r) => done(JSON.stringify(r.writeRecord)));"));
        JSONArray entries = new JSONArray(record);
        Set<String> byPilot = new TreeSet<>();
        for (int i = 0; i < entries.length(); i++) {
            if ("autopilot".equals(entries.getJSONObject(i).optString("kind"))) {
                byPilot.add(entries.getJSONObject(i).getString("date"));
            }
        }
        assertFalse(byPilot.isEmpty(), "the record marks the autopilot's writes: " + record);
        assertTrue(autopilot.containsAll(byPilot), "only days before today: " + byPilot);
        assertTrue(entries.toString().contains("\"kind\":\"month\""), "the user's own run: " + record);
    }

    @Test
    void withoutASessionItWritesNothingAndAsksForNoPassword() throws InterruptedException {
        switchOnAndSave();
        Thread.sleep(5000);
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.method().equals("PUT")
                || r.method().equals("POST")), "nothing written without a session");
        assertTrue(chromium.element("#autopilot").isSelected(), "it stays on and tries again when a session appears");
    }

    @Test
    void aCompanyLockKeepsItOffEvenForSomeoneWhoHadSwitchedItOn() throws Exception {
        Assumptions.assumeTrue(ManagedPolicyIT.root(), "writing a machine-wide Chromium policy needs root");
        // A fresh browser for the policy: Chromium reads it at start.
        chromium.close();
        chromium = null;
        Path file = ManagedPolicyIT.installPolicy(new JSONObject().put("autopilot", false)
                .put("locked", new JSONArray().put("autopilot")));
        try (Chromium locked = Chromium.start(simulator.port(), "en", true)) {
            locked.signIn(simulator.tenant());
            locked.driver().get(locked.extensionUrl("options.html"));
            locked.waitFor(d -> !locked.elements("#day-monday .start").isEmpty() ? true : null);
            assertFalse(locked.element("#autopilot").isSelected(), "the company's value");
            assertFalse(locked.element("#autopilot").isEnabled(), "locked by the company");
            // Switched on before the company locked it: the stored value stays the user's, and is not followed.
            locked.async("chrome.storage.sync.set({ settings: { autopilot: true } }).then(() => done(true));");
            Thread.sleep(8000);
            assertTrue(simulator.requestLog().stream().noneMatch(r -> r.path().startsWith("/svc/")
                    && (r.method().equals("PUT") || r.method().equals("POST"))), "nothing written under the lock");
            assertEquals("", String.valueOf(locked.async(
                    "chrome.notifications.getAll().then((n) => done(Object.keys(n).join(',')));")));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
