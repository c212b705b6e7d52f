package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty() ? true : null);
        assertFalse(chromium.element("#autopilot").isSelected(), "off by default");
        assertEquals("1", chromium.element("#autopilot-delay").getAttribute("value"));
        assertEquals("09:00", chromium.element("#autopilot-time").getAttribute("value"));
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
        chromium.waitFor(Duration.ofSeconds(10), d -> chromium.element("#autopilot-status").getText()
                .contains(expected.size() + " days filled") ? true : null);
    }

    @Test
    void withoutASessionItWritesNothingAndAsksForNoPassword() throws InterruptedException {
        switchOnAndSave();
        Thread.sleep(5000);
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.method().equals("PUT")
                || r.method().equals("POST")), "nothing written without a session");
        assertTrue(chromium.element("#autopilot").isSelected(), "it stays on and tries again when a session appears");
    }
}
