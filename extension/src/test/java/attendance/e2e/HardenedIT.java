package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import personio.simulator.LoggedRequest;
import personio.simulator.StoredPeriod;

/**
 * The world outside the simulator's happy path: a Personio tab that moves to another company during a run, a save
 * whose answer is a gateway error after it landed, a run taken up again by a fresh worker, and Personio's answers in
 * the shapes captured in 2025 and 2026.
 */
class HardenedIT extends LastMonthSignedIn {
    private static final String DAYS = "/svc/attendance-api/v1/days/";

    private long puts() {
        return simulator.requestLog().stream().filter(r -> r.method().equals("PUT") && r.status() == 200).count();
    }

    private Map<LocalDate, List<StoredPeriod>> written() {
        Map<LocalDate, List<StoredPeriod>> written = new HashMap<>(simulator.storedPeriods());
        written.keySet().removeAll(scenario.filledDays());
        return written;
    }

    /** The outcome a day's row shows, once the popup has read the month again after the run. */
    private String outcomeOf(LocalDate date) {
        popup.waitForPlanSettled();
        return chromium.element("#plan [data-date='" + date + "'] [data-outcome]").getAttribute("data-outcome");
    }

    @Test
    void aPersonioTabMovedToAnotherCompanyMidRunGetsNoRequestAndTheRunGoesOnInATabOfTheCompany() {
        String popupTab = chromium.driver().getWindowHandle();
        String personioTab = chromium.tabs().stream().filter(h -> !h.equals(popupTab)).findFirst().orElseThrow();
        popup.showMonth(MONTH);
        popup.fill();
        chromium.waitFor(d -> puts() >= 2 ? true : null);
        chromium.driver().switchTo().window(personioTab);
        chromium.driver().get("https://other.app.personio.com/");
        chromium.driver().switchTo().window(popupTab);

        WebElement summary = popup.summary("done", Duration.ofSeconds(120));
        assertEquals(String.valueOf(scenario.writableEmptyDays().size()), summary.getAttribute("data-filled"));
        assertEquals("0", summary.getAttribute("data-failed"));
        assertEquals(scenario.writableEmptyDays(), written().keySet(), "nothing lost");
        assertEquals(scenario.writableEmptyDays().size(), puts(), "no day was written twice");
        // The reminder may read the company the user now looks at; no write of the run may go there.
        List<LoggedRequest> toOther = simulator.requestLog().stream().filter(r -> "other".equals(r.tenant())
                && (r.method().equals("POST") || r.method().equals("PUT"))).toList();
        assertTrue(toOther.isEmpty(), "writes reached the other company: " + toOther);
        assertTrue(simulator.requestLog().stream().anyMatch(r -> "other".equals(r.tenant())),
                "the tab did load the other company's page");
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
    }

    @Test
    void aSaveAnswered502AfterItWasStoredIsWrittenOnceAndShownFilled() {
        popup.showMonth(MONTH);
        LocalDate first = new TreeSet<>(scenario.writableEmptyDays()).first();
        simulator.injectStoredBadGateway(1, DAYS);
        popup.fill();

        WebElement summary = popup.summary("done", Duration.ofSeconds(120));
        assertEquals(String.valueOf(scenario.writableEmptyDays().size()), summary.getAttribute("data-filled"));
        assertEquals("filled", outcomeOf(first));
        long putsOfFirst = simulator.requestLog().stream().filter(r -> r.method().equals("PUT")
                && first.equals(r.date())).count();
        assertEquals(1, putsOfFirst, "the save that landed was never sent again");
        assertEquals(scenario.writableEmptyDays(), written().keySet());
    }

    @Test
    void aRunTakenUpAgainByAFreshWorkerKeepsThePaceAcrossTheRestart() {
        popup.showMonth(MONTH);
        popup.fill();
        chromium.waitFor(d -> puts() >= 2 ? true : null);
        chromium.driver().executeCdpCommand("ServiceWorker.enable", Map.of());
        chromium.driver().executeCdpCommand("ServiceWorker.stopAllWorkers", Map.of());
        chromium.waitFor(Duration.ofSeconds(120), d -> written().keySet().equals(scenario.writableEmptyDays())
                ? true : null);
        popup.summary("done", Duration.ofSeconds(30));

        List<LoggedRequest> validations = simulator.requestLog().stream().filter(r -> r.method().equals("POST"))
                .toList();
        for (int i = 1; i < validations.size(); i++) {
            long gapMillis = (validations.get(i).arrivedNanos() - validations.get(i - 1).arrivedNanos()) / 1_000_000;
            assertTrue(gapMillis >= 900, "day " + validations.get(i).date() + " was validated " + gapMillis
                    + " ms after the one before");
        }
        assertEquals(scenario.writableEmptyDays().size(), puts(), "no day was written twice");
    }

    @Test
    void personiosRefusalsInPlainTextAndInTheWrappedShapeAreShownInItsWordsWithoutInternalAddresses() {
        popup.showMonth(MONTH);
        TreeSet<LocalDate> days = new TreeSet<>(scenario.writableEmptyDays());
        LocalDate first = days.pollFirst();
        LocalDate second = days.pollFirst();
        simulator.injectRefusedAsText(1, DAYS);
        simulator.injectRefusedWrapped(1, DAYS);
        popup.fill();

        WebElement summary = popup.summary("done", Duration.ofSeconds(120));
        assertEquals("2", summary.getAttribute("data-failed"));
        assertEquals("failed", outcomeOf(first));
        assertEquals("failed", outcomeOf(second));
        String text = popup.rowText(first.toString());
        assertTrue(text.contains("Attendance entries for past days are not allowed in your company."), text);
        assertFalse(text.contains("HTTP 422"), text);
        String wrapped = popup.rowText(second.toString());
        assertTrue(wrapped.contains("The working day is longer than your company allows"), wrapped);
        assertFalse(wrapped.contains("61234") || wrapped.contains("http://") || wrapped.contains("Client error"),
                wrapped);
    }

    @Test
    void aPopupOpenedAgainReadsPersonioAfreshOnceAndShowsWhatChangedSinceTheLastOpening() {
        String again = chromium.extensionUrl("popup.html?month=" + MONTH);
        chromium.driver().get(again);
        popup.waitForPlanSettled();
        LocalDate trip = new TreeSet<>(scenario.writableEmptyDays()).first();
        assertEquals("fill", popup.rows().get(trip.toString()));
        // Booked in Personio between two openings; the second popup sends the first one's reads as it opens.
        simulator.bookOffsiteWork(trip);
        simulator.clearLog();
        chromium.driver().get("about:blank");
        chromium.driver().get(again);
        popup.waitForPlanSettled();

        assertEquals("ready", popup.planState());
        assertEquals("offsite_work", popup.rows().get(trip.toString()), "the plan comes from a read of this opening");
        Map<String, Long> reads = new HashMap<>();
        for (LoggedRequest r : simulator.requestLog()) {
            reads.merge(r.method() + " " + r.path().replaceAll("/\\d+$", "/{id}"), 1L, Long::sum);
        }
        assertEquals(Map.of("GET /api/v1/projects", 1L, "GET /api/v1/navigation/context", 1L,
                "GET /svc/attendance-bff/v1/timesheet/{id}", 1L), reads, "each read once: sent ahead, then answered");
    }

    @Test
    void aBusinessTripIsLeftAloneUntilFilledOnPurposeAndADayWithoutACardSaysSo() {
        TreeSet<LocalDate> days = new TreeSet<>(scenario.writableEmptyDays());
        days.remove(scenario.halfDayAbsence());
        LocalDate trip = days.pollFirst();
        LocalDate noCard = days.pollFirst();
        simulator.bookOffsiteWork(trip);
        simulator.leaveOutCard(noCard);
        popup.showMonth(MONTH);

        assertEquals("offsite_work", popup.rows().get(trip.toString()));
        assertEquals("non_trackable", popup.rows().get(noCard.toString()));
        assertTrue(popup.rowText(noCard.toString()).contains("Personio sent no card for this day"),
                popup.rowText(noCard.toString()));

        chromium.element("#plan [data-date='" + trip + "'] .edit-day").click();
        WebElement editor = chromium.waitFor(d -> chromium.elements(".day-editor[data-editor-for='" + trip + "']")
                .isEmpty() ? null : chromium.element(".day-editor[data-editor-for='" + trip + "']"));
        editor.findElement(By.cssSelector(".save-edit")).click();
        chromium.waitFor(Duration.ofSeconds(20), d -> "ready".equals(popup.planState())
                && "fill".equals(popup.rows().get(trip.toString())) ? true : null);
        popup.fill();
        popup.summary("done", Duration.ofSeconds(120));
        assertEquals("filled", outcomeOf(trip));
        assertTrue(simulator.storedPeriods().containsKey(trip), "filled on purpose");
        assertFalse(simulator.storedPeriods().containsKey(noCard), "a day without a card is never written");
    }
}
