package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import personio.simulator.LoggedRequest;
import personio.simulator.StoredPeriod;

/** In real Chromium: what is in Personio is never destroyed, and every outcome is told as it is. */
class NothingDestroyedIT extends LastMonthSignedIn {
    /** What the run wrote: the days the scenario did not start with. */
    private Map<LocalDate, List<StoredPeriod>> written() {
        Map<LocalDate, List<StoredPeriod>> written = new HashMap<>(simulator.storedPeriods());
        written.keySet().removeAll(scenario.filledDays());
        return written;
    }

    /** The outcome a day's row shows, once the popup has read the month again after the run. */
    private String outcome(LocalDate date) {
        popup.waitForPlanSettled();
        return chromium.element("#plan [data-date='" + date + "'] [data-outcome]").getAttribute("data-outcome");
    }

    private Map<LocalDate, Long> savesPerDay() {
        Map<LocalDate, Long> saves = new HashMap<>();
        for (LoggedRequest r : simulator.requestLog()) {
            if (r.method().equals("PUT") && r.status() == 200) {
                saves.merge(r.date(), 1L, Long::sum);
            }
        }
        return saves;
    }

    @Test
    void aDayEditedInPersonioDuringTheRunIsLeftAloneAndShownAsChanged() {
        popup.showMonth(MONTH);
        LocalDate edited = scenario.writableEmptyDays().stream().skip(2).findFirst().orElseThrow();
        // The edit lands right after the run's own read of the month, as if made in another tab meanwhile.
        simulator.editDayAfterNextTimesheetRead(edited);
        popup.fill();
        WebElement summary = popup.summary("done", Duration.ofSeconds(90));
        assertEquals("changed", outcome(edited));
        assertEquals(1, simulator.storedPeriods().get(edited).size(), "the hand-made entry stays, alone");
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote), "nothing was overwritten");
        assertEquals(String.valueOf(scenario.writableEmptyDays().size() - 1), summary.getAttribute("data-filled"));
        assertTrue(chromium.element("#plan [data-date='" + edited + "']").getText().contains("changed"));
    }

    @Test
    void aTimecardWithoutPeriodsIsUnreadableAndNothingIsWrittenToIt() {
        LocalDate unreadable = new TreeSet<>(scenario.writableEmptyDays()).first();
        simulator.leaveOutPeriods(unreadable);
        popup.showMonth(MONTH);
        assertEquals("unreadable", popup.rows().get(unreadable.toString()));
        assertTrue(popup.rowText(unreadable.toString()).contains("periods"), popup.rowText(unreadable.toString()));
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        assertFalse(simulator.storedPeriods().containsKey(unreadable));
        Set<LocalDate> others = new TreeSet<>(scenario.writableEmptyDays());
        others.remove(unreadable);
        assertEquals(others, written().keySet());
    }

    @Test
    void aForbiddenDayWhileTheSessionLivesFailsThatDayAloneInPersoniosWords() {
        popup.showMonth(MONTH);
        simulator.injectForbidden(1, "/svc/attendance-api/v1/days/");
        popup.fill();
        WebElement summary = popup.summary("done", Duration.ofSeconds(90));
        assertEquals("1", summary.getAttribute("data-failed"));
        LocalDate first = new TreeSet<>(scenario.writableEmptyDays()).first();
        assertEquals("failed", outcome(first));
        assertTrue(popup.rowText(first.toString()).contains("not allowed"), popup.rowText(first.toString()));
        assertEquals(scenario.writableEmptyDays().size() - 1, written().size());
        assertFalse(chromium.element("#error").isDisplayed(), "no run-level error: the session lives");
    }

    @Test
    void aCutShortTimesheetIsABadAnswerNotALostSession() {
        simulator.injectTruncated(1, "/svc/attendance-bff/");
        popup.showMonth(MONTH);
        assertEquals("error", popup.planState());
        assertEquals("bad_answer", popup.errorCode());
        popup.showMonth(MONTH);
        assertEquals("ready", popup.planState(), "the next read works: the session was never lost");
    }

    @Test
    void aHungAnswerIsGivenUpAfterTheTimeoutAndTheDayIsWrittenExactlyOnce() {
        popup.showMonth(MONTH);
        simulator.injectHang(1, "/svc/attendance-api/v1/days/");
        popup.fill();
        popup.summary("done", Duration.ofSeconds(120));
        assertEquals(scenario.writableEmptyDays(), new TreeSet<>(written().keySet()));
        assertTrue(savesPerDay().values().stream().allMatch(n -> n == 1), savesPerDay().toString());
    }

    @Test
    void aCancelWhileTheSaveHangsEndsTheRunAtOnceAndTellsThatTheDayMayStillLand() throws InterruptedException {
        popup.showMonth(MONTH);
        simulator.injectHang(1, "/svc/attendance-api/v1/days/");
        popup.fill();
        // The first day's validation has been answered; its save goes out right after it, and hangs.
        chromium.waitFor(Duration.ofSeconds(30), d -> simulator.requestLog().stream()
                .anyMatch(r -> r.method().equals("POST")) ? true : null);
        Thread.sleep(500);
        popup.cancel();
        // The hung save would hold a run that waited on it for 10 s (the request timeout) and more.
        WebElement summary = popup.summary("cancelled", Duration.ofSeconds(6));
        assertEquals("1", summary.getAttribute("data-failed"), "the day in flight, which may still land");
        LocalDate first = new TreeSet<>(scenario.writableEmptyDays()).first();
        assertEquals("failed", outcome(first));
        assertTrue(popup.rowText(first.toString()).contains("may still land"), popup.rowText(first.toString()));
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.method().equals("PUT") && r.status() == 200),
                "nothing was saved");
    }

    @Test
    void settingsChangedAfterThePlanWasShownWriteNothingAndAFreshPlanIsShown() {
        popup.showMonth(MONTH);
        chromium.async("chrome.storage.sync.set({settings: {comment: 'Changed meanwhile'}}).then(() => done(true));");
        popup.fill();
        popup.summary("stopped", Duration.ofSeconds(30));
        assertEquals("plan_changed", popup.errorCode());
        assertTrue(simulator.requestLog().stream().noneMatch(r -> r.method().equals("PUT")), "nothing was written");
        popup.waitForPlanSettled();
        assertEquals("ready", popup.planState(), "a fresh plan, made from the new settings");
        assertTrue(chromium.element("#plan-context").getText().contains("Changed meanwhile"));
    }
}
