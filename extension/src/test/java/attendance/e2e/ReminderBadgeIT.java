package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * The reminder on the extension's icon: the working days before today that a plan would fill, read-only, nothing
 * without a session; a run's end on the icon; a Personio page that loads reads it again.
 */
class ReminderBadgeIT {
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

    private String badge() {
        return (String) chromium.async("chrome.action.getBadgeText({}).then(done);");
    }

    private String waitForBadge(String expected) {
        return chromium.waitFor(Duration.ofSeconds(30), d -> expected.equals(badge()) ? expected : null);
    }

    /** Last month's weekdays: in the first five days of a month the reminder counts them too (all empty here). */
    private static int lastMonthsDays() {
        if (TODAY.getDayOfMonth() > 5) {
            return 0;
        }
        int days = 0;
        YearMonth last = MONTH.minusMonths(1);
        for (LocalDate d = last.atDay(1); !d.isAfter(last.atEndOfMonth()); d = d.plusDays(1)) {
            days += d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
        }
        return days;
    }

    /** The plan's days to fill before today. */
    private long plannedBeforeToday() {
        return popup.rows().entrySet().stream().filter(e -> e.getValue().equals("fill"))
                .map(Map.Entry::getKey).filter(date -> LocalDate.parse(date).isBefore(TODAY)).count();
    }

    private static String text(long count) {
        return count == 0 ? "" : Long.toString(count);
    }

    @Test
    void signedInTheBadgeCountsTheWorkingDaysBeforeTodayThatAPlanWouldFill() {
        chromium.signIn(simulator.tenant());
        popup.openInNewTab();
        popup.showMonth(MONTH);
        waitForBadge(text(plannedBeforeToday() + lastMonthsDays()));
        assertTrue(simulator.requestLog().stream()
                .filter(r -> r.path().startsWith("/api/") || r.path().startsWith("/svc/"))
                .allMatch(r -> r.method().equals("GET")), "read-only");
    }

    @Test
    void afterARunTheIconCountsWhatIsLeftAndAPersonioPageThatLoadsReadsTheReminderAgain() {
        chromium.signIn(simulator.tenant());
        String personioTab = chromium.driver().getWindowHandle();
        popup.openInNewTab();
        popup.showMonth(MONTH);
        if (popup.rows().containsValue("fill")) {
            popup.fill();
            popup.summary("done", Duration.ofSeconds(120));
        }
        // Every day of the month before today is written now; only last month's may be left.
        assertEquals(text(lastMonthsDays()), waitForBadge(text(lastMonthsDays())));
        String popupTab = chromium.driver().getWindowHandle();
        chromium.async("chrome.action.setBadgeText({text: 'old'}).then(() => done(true));");
        chromium.driver().switchTo().window(personioTab);
        chromium.driver().navigate().refresh();
        chromium.driver().switchTo().window(popupTab);
        assertEquals(text(lastMonthsDays()), waitForBadge(text(lastMonthsDays())), "read again on a page load");
    }

    @Test
    void aSessionThatEndsEmptiesTheBadgeWithoutAPageLoad() {
        chromium.signIn(simulator.tenant());
        popup.openInNewTab();
        popup.showMonth(MONTH);
        long count = plannedBeforeToday() + lastMonthsDays();
        assertTrue(count > 0, "every day before today is empty in the simulator");
        waitForBadge(text(count));
        String keptReads = "chrome.storage.local.get('readAhead').then((s) => done(Boolean(s.readAhead)));";
        chromium.waitFor(d -> Boolean.TRUE.equals(chromium.async(keptReads)) ? true : null);
        // Signed out: the session cookie is gone, as when it expires; no Personio page loads, no plan is asked for.
        chromium.async("chrome.cookies.remove({url: 'https://" + simulator.tenant() + ".app.personio.com/', "
                + "name: 'ATHENA_SESSION'}).then(() => done(true));");
        assertEquals("", waitForBadge(""));
        // The next session may be someone else's: the popup's reads kept for sending ahead are gone with this one.
        // (waitFor fails the test when the condition does not come true within its time.)
        chromium.waitFor(d -> Boolean.FALSE.equals(chromium.async(keptReads)) ? true : null);
    }

    @Test
    void withoutASessionTheBadgeIsEmptyAndNothingIsAsked() {
        popup.openInNewTab();
        chromium.waitFor(Duration.ofSeconds(30), d -> chromium.async(
                "chrome.storage.local.get('reminderAt').then((s) => done(s.reminderAt || null));"));
        assertEquals("", badge());
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.path().startsWith("/api/")
                || r.path().startsWith("/svc/")), "no request without a session cookie");
    }
}
