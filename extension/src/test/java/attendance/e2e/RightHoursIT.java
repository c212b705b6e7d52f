package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import personio.simulator.StoredPeriod;

/** Personio's target decides each day's length, laid out on the schedule; "always my hours" turns that off. */
class RightHoursIT extends LastMonthSignedIn {


    private LocalDate ordinaryDay() {
        return scenario.writableEmptyDays().stream().filter(d -> !d.equals(scenario.halfDayAbsence())).findFirst()
                .orElseThrow();
    }

    @Test
    void aPartTimerWithASixHourTargetGetsSixHoursOnTheDefaultScheduleAndExactlyThatIsWritten() {
        simulator.setDailyTarget(360);
        popup.showMonth(MONTH);
        LocalDate day = ordinaryDay();
        String row = popup.rowText(day.toString());
        assertTrue(row.contains("08:00–12:00") && row.contains("13:00–15:00") && row.contains("6 hr"), row);
        assertFalse(row.contains("Personio expects"), "the day meets the target: " + row);
        assertTrue(chromium.element("#plan-totals").getText().contains("Personio's target"),
                chromium.element("#plan-totals").getText());
        popup.fill();
        popup.summary("done", Duration.ofSeconds(90));
        Map<LocalDate, List<StoredPeriod>> stored = simulator.storedPeriods();
        assertEquals(List.of("work 08:00-12:00", "break 12:00-13:00", "work 13:00-15:00"), spans(stored.get(day)));
        if (stored.containsKey(scenario.halfDayAbsence())) {
            // Half of the 6 h target is left beside the half-day absence.
            assertEquals(List.of("work 08:00-11:00"), spans(stored.get(scenario.halfDayAbsence())));
        }
    }

    @Test
    void alwaysMyHoursWritesTheScheduleAndTheRowSaysWhatPersonioExpects() {
        simulator.setDailyTarget(360);
        chromium.async("chrome.storage.sync.set({settings: {always_my_hours: true}}).then(() => done(true));");
        popup.showMonth(MONTH);
        LocalDate day = ordinaryDay();
        String row = popup.rowText(day.toString());
        assertTrue(row.contains("13:00–17:00") && row.contains("8 hr") && row.contains("Personio expects 6 hr"),
                row);
        assertEquals("true", chromium.element("#plan [data-date='" + day + "']").getAttribute("data-differs"));
    }
}
