package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;
import personio.simulator.StoredPeriod;

/**
 * The product as a user meets it: Chromium with the built extension, the popup opened as a page, and the simulator
 * behind the real host name over HTTPS.
 */
class FillFromPopupIT {
    /** Last month, with "today" late in it, so a few days are in the simulator's future. */
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    private PersonioSimulator simulator;
    private Chromium chromium;
    private Scenario scenario;
    private PopupPage popup;
    private String personioTab;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
        scenario = simulator.scenario();
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

    private void signInAndOpenPopup() {
        chromium.signIn(simulator.tenant());
        personioTab = chromium.driver().getWindowHandle();
        popup.openInNewTab();
        popup.showMonth(MONTH);
    }

    private Map<LocalDate, List<StoredPeriod>> written() {
        Map<LocalDate, List<StoredPeriod>> written = new HashMap<>(simulator.storedPeriods());
        written.keySet().removeAll(scenario.filledDays());
        return written;
    }

    private static List<String> spans(List<StoredPeriod> periods) {
        List<String> spans = new ArrayList<>();
        for (StoredPeriod p : periods) {
            spans.add(p.type() + " " + p.start().toLocalTime() + "-" + p.end().toLocalTime());
        }
        return spans;
    }

    private long puts() {
        return simulator.requestLog().stream().filter(r -> r.method().equals("PUT") && r.status() == 200).count();
    }

    @Test
    void fillsExactlyThePlannedDaysWithTheDefaultPeriodsAndShowsWhyOthersAreSkipped() {
        Map<LocalDate, String> filledBefore = new HashMap<>();
        for (LocalDate d : scenario.filledDays()) {
            filledBefore.put(d, simulator.timecardJson(d));
        }
        signInAndOpenPopup();

        Map<String, String> rows = popup.rows();
        assertEquals(MONTH.lengthOfMonth(), rows.size());
        assertEquals("off_day", rows.get(scenario.holiday().toString()));
        assertEquals("absence", rows.get(scenario.fullDayAbsence().toString()));
        assertEquals("locked", rows.get(scenario.locked().toString()));
        for (LocalDate d : scenario.filledDays()) {
            assertEquals("has_entries", rows.get(d.toString()), d.toString());
        }
        for (LocalDate d : scenario.future()) {
            if (!scenario.isOffDay(d)) {
                assertEquals("non_trackable", rows.get(d.toString()), d.toString());
            }
        }
        Set<String> planned = new TreeSet<>();
        rows.forEach((date, action) -> {
            if (action.equals("fill")) {
                planned.add(date);
            }
        });
        Set<String> expected = new TreeSet<>();
        scenario.writableEmptyDays().forEach(d -> expected.add(d.toString()));
        assertEquals(expected, planned);
        assertTrue(popup.rowText(scenario.locked().toString()).contains("Locked"));

        popup.fill();
        WebElement summary = popup.summary("done", Duration.ofSeconds(90));
        assertEquals(String.valueOf(expected.size()), summary.getAttribute("data-filled"));
        assertEquals("0", summary.getAttribute("data-failed"));
        assertEquals(String.valueOf(MONTH.lengthOfMonth() - expected.size()), summary.getAttribute("data-skipped"));

        Map<LocalDate, List<StoredPeriod>> written = written();
        Set<String> writtenDates = new TreeSet<>();
        written.keySet().forEach(d -> writtenDates.add(d.toString()));
        assertEquals(expected, writtenDates);
        for (Map.Entry<LocalDate, List<StoredPeriod>> day : written.entrySet()) {
            List<String> want = day.getKey().equals(scenario.halfDayAbsence()) ? List.of("work 08:00-12:00")
                    : List.of("work 08:00-12:00", "break 12:00-13:00", "work 13:00-17:00");
            assertEquals(want, spans(day.getValue()), day.getKey().toString());
        }
        for (LocalDate d : scenario.filledDays()) {
            assertEquals(filledBefore.get(d), simulator.timecardJson(d), "untouched " + d);
        }
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        assertTrue(chromium.tabs().contains(personioTab), "the user's Personio tab stays open");
        assertEquals(2, chromium.tabs().size(), "no background tab was needed");
    }

    @Test
    void withoutSigningInThePopupSaysSoAndAsksPersonioNothing() {
        popup.openInNewTab();
        assertEquals("error", popup.planState());
        assertEquals("not_signed_in", popup.errorCode());
        assertTrue(chromium.element("#error").getText().contains("Sign in to Personio"));

        chromium.driver().get("https://" + simulator.tenant() + ".app.personio.com/login");
        popup.openInNewTab();
        assertEquals("not_signed_in", popup.errorCode());
        assertFalse(chromium.element("#fill").isEnabled());
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.path().startsWith("/api/")
                || r.path().startsWith("/svc/")), "no API request without a session");
    }

    @Test
    void withNoPersonioTabOpenThePlanNeedsNoTabAndTheWritesUseABackgroundTabClosedAfterwards() {
        chromium.signIn(simulator.tenant());
        String personio = chromium.driver().getWindowHandle();
        popup.openInNewTab();
        chromium.driver().switchTo().window(personio).close();
        String popupTab = chromium.tabs().iterator().next();
        chromium.driver().switchTo().window(popupTab);

        simulator.clearLog();
        popup.showMonth(MONTH);
        assertEquals("ready", popup.planState());
        assertTrue(simulator.requestLog().stream().allMatch(r -> r.path().startsWith("/api/")
                || r.path().startsWith("/svc/")), "the plan read Personio from the worker, opening no page");
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        assertEquals(scenario.writableEmptyDays(), written().keySet());
        chromium.waitFor(d -> d.getWindowHandles().size() == 1 ? true : null);
    }

    @Test
    void closingThePopupDoesNotStopTheRunAndReopeningShowsTheSummary() {
        signInAndOpenPopup();
        popup.fill();
        chromium.waitFor(d -> puts() >= 2 ? true : null);
        chromium.driver().close();
        chromium.driver().switchTo().window(personioTab);
        chromium.waitFor(Duration.ofSeconds(90), d -> written().keySet().equals(scenario.writableEmptyDays())
                ? true : null);
        popup.openInNewTab();
        WebElement summary = popup.summary("done", Duration.ofSeconds(10));
        assertEquals(String.valueOf(scenario.writableEmptyDays().size()), summary.getAttribute("data-filled"));
    }

    @Test
    void anExpiredSessionStopsTheRunAndASecondRunAfterSigningInFillsTheRestOnce() {
        signInAndOpenPopup();
        popup.fill();
        chromium.waitFor(d -> puts() >= 3 ? true : null);
        simulator.expireSessionNow();
        popup.summary("stopped", Duration.ofSeconds(30));
        assertEquals("session_expired", popup.errorCode());
        long putsAtStop = puts();
        int writtenAtStop = written().size();
        assertTrue(writtenAtStop < scenario.writableEmptyDays().size());

        String popupTab = chromium.driver().getWindowHandle();
        chromium.driver().switchTo().window(personioTab);
        chromium.signIn(simulator.tenant());
        assertEquals(putsAtStop, puts(), "nothing was written after the session expired");
        chromium.driver().switchTo().window(popupTab);
        popup.showMonth(MONTH);
        assertEquals(scenario.writableEmptyDays().size() - writtenAtStop,
                popup.rows().values().stream().filter("fill"::equals).count());
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        assertNull(popup.errorCode());
        assertEquals(scenario.writableEmptyDays(), written().keySet());
        assertEquals(scenario.writableEmptyDays().size(), puts(), "no day was written twice");
    }

    @Test
    void aRunWhoseWorkerTheBrowserStopsIsTakenUpAgainByItselfAndWritesNothingTwice() {
        signInAndOpenPopup();
        popup.fill();
        chromium.waitFor(d -> puts() >= 2 ? true : null);
        chromium.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
        chromium.driver().executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
        chromium.driver().close();
        chromium.driver().switchTo().window(personioTab);
        // No popup is open: the run's alarm wakes a fresh worker, which takes the run up again.
        chromium.waitFor(Duration.ofSeconds(120), d -> written().keySet().equals(scenario.writableEmptyDays())
                ? true : null);
        popup.openInNewTab();
        WebElement summary = popup.summary("done", Duration.ofSeconds(30));
        assertEquals(String.valueOf(scenario.writableEmptyDays().size()), summary.getAttribute("data-filled"),
                "every day filled, the one whose answer the stop may have cut off too");
        assertEquals(scenario.writableEmptyDays().size(), puts(), "no day was written twice");
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        assertNull(popup.errorCode());
    }

    @Test
    void aPopupLeftOpenWhileTheIdleWorkerIsStoppedStillPlansAndFills() {
        signInAndOpenPopup();
        chromium.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
        chromium.driver().executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
        popup.showMonth(MONTH);
        assertEquals("ready", popup.planState());
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        assertEquals(scenario.writableEmptyDays(), written().keySet());
    }

    @Test
    void aRunningWorkerMakesThePlanAndAStoppedOneLeavesItToThePopupWithTheSameDays() throws Exception {
        signInAndOpenPopup();
        Map<String, String> rows = popup.rows();
        // The first popup holds the worker running: the next popup's plans are the worker's.
        popup.openInNewTab();
        assertTrue(workerListed(), "the worker runs, and makes the plan");
        popup.showMonth(MONTH);
        assertEquals(rows, popup.rows());

        // Stopped, as the browser stops an idle worker: the popup finds none listed and makes the plan itself, with the
        // core it loads then (its plan then wakes the worker again, for the reminder).
        chromium.stopWorker();
        assertFalse(workerListed(), "the worker is stopped: the popup plans itself");
        popup.showMonth(MONTH);
        assertEquals(rows, popup.rows());
        assertEquals(Set.of(), written().keySet(), "a plan writes nothing");
    }

    /** Whether the popup finds the worker running, as its run client asks before each plan. */
    private boolean workerListed() {
        return !"[]".equals(chromium.driver().executeAsyncScript("const done = arguments[0];"
                + "chrome.runtime.getContexts({ contextTypes: ['BACKGROUND'] })"
                + ".then((c) => done(JSON.stringify(c)));"));
    }

    @Test
    void cancellingStopsAfterTheDayInFlight() {
        signInAndOpenPopup();
        popup.fill();
        chromium.waitFor(d -> puts() >= 2 ? true : null);
        popup.cancel();
        WebElement summary = popup.summary("cancelled", Duration.ofSeconds(10));
        long filled = Long.parseLong(summary.getAttribute("data-filled"));
        assertTrue(filled >= 2 && filled < scenario.writableEmptyDays().size(), "filled " + filled);
        assertEquals(filled, puts());
        assertEquals(filled, written().size());
    }

    @Test
    void aCustomScheduleSavedInTheOptionsIsWhatGetsWritten() {
        chromium.signIn(simulator.tenant());
        personioTab = chromium.driver().getWindowHandle();
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty());
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            setValue("#" + day + "-start", "07:00");
            setValue("#" + day + "-end", "15:30");
            setValue("#day-" + day + " .break-start", "11:30");
            setValue("#day-" + day + " .break-end", "12:00");
        }
        chromium.element("#comment").sendKeys("Team <b>A</b>");
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);

        popup.openInNewTab();
        popup.showMonth(MONTH);
        assertTrue(chromium.element("#plan-context").getText().contains("Team <b>A</b>"));
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        LocalDate day = scenario.writableEmptyDays().stream().filter(d -> !d.equals(scenario.halfDayAbsence()))
                .findFirst().orElseThrow();
        List<StoredPeriod> periods = simulator.storedPeriods().get(day);
        assertEquals(List.of("work 07:00-11:30", "break 11:30-12:00", "work 12:00-15:30"), spans(periods));
        assertEquals("Team <b>A</b>", periods.get(0).comment());
        assertNull(periods.get(1).comment(), "breaks carry no comment");
        assertEquals(LocalDateTime.of(day, LocalTime.of(7, 0)), periods.get(0).start());
    }

    @Test
    void aProjectNameFromPersonioIsShownAsLiteralText() {
        chromium.signIn(simulator.tenant());
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty());
        chromium.element("#project-id").sendKeys("1002");
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);
        popup.openInNewTab();
        popup.showMonth(MONTH);
        WebElement context = chromium.element("#plan-context");
        assertEquals("Project: <img src=x onerror=alert(1)>", context.getText());
        assertTrue(chromium.elements("#plan-context img").isEmpty(), "no element was made from the name");
    }

    @Test
    void noCookieOrTokenValueReachesAConsoleOrStorage() throws Exception {
        chromium.signIn(simulator.tenant());
        List<String> secrets = new ArrayList<>();
        for (Cookie c : chromium.driver().manage().getCookies()) {
            secrets.add(c.getValue());
        }
        assertTrue(secrets.size() >= 4, secrets.size() + " cookies");
        personioTab = chromium.driver().getWindowHandle();
        try (DevToolsTarget worker = chromium.serviceWorker()) {
            worker.evaluate("console.info('watching'), 'ok'");
            popup.openInNewTab();
            popup.showMonth(MONTH);
            popup.fill();
            chromium.waitFor(d -> puts() >= 2 ? true : null);
            simulator.expireSessionNow();
            popup.summary("stopped", Duration.ofSeconds(30));
            List<String> seen = new ArrayList<>(worker.console());
            seen.addAll(worker.exceptions());
            for (var entry : chromium.driver().manage().logs().get("browser").getAll()) {
                seen.add(entry.getMessage());
            }
            seen.add(chromium.storageDump());
            assertTrue(seen.contains("info: watching"), "the worker's console is being read");
            for (String text : seen) {
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "a session value appeared in: " + text);
                }
            }
        }
    }

    private void setValue(String css, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", chromium.element(css), value);
    }
}
