package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Days changed in the plan before they are written: edited hours, a day left out, a Saturday worked. */
class EditDaysIT extends LastMonthSignedIn {
    @BeforeEach
    void showTheMonth() {
        popup.showMonth(MONTH);
    }


    private WebElement editor(LocalDate date) {
        chromium.element("#plan [data-date='" + date + "'] .edit-day").click();
        return chromium.waitFor(d -> chromium.elements(".day-editor[data-editor-for='" + date + "']").isEmpty()
                ? null : chromium.element(".day-editor[data-editor-for='" + date + "']"));
    }

    private void type(WebElement field, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private void waitForReplan(LocalDate date, String action) {
        chromium.waitFor(Duration.ofSeconds(20), d -> "ready".equals(popup.planState())
                && action.equals(popup.rows().get(date.toString())) ? true : null);
    }

    @Test
    void anEditedDayALeftOutDayAndASaturdayWorkedAreWrittenExactlyAsTheRowsShow() {
        TreeSet<LocalDate> empty = new TreeSet<>(scenario.writableEmptyDays());
        empty.remove(scenario.halfDayAbsence());
        LocalDate edited = empty.pollFirst();
        LocalDate leftOut = empty.pollFirst();
        LocalDate saturday = MONTH.atDay(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY || scenario.filledDays().contains(saturday)) {
            saturday = saturday.plusDays(1);
        }

        // A rule broken in the editor is named there, and nothing is kept.
        WebElement form = editor(edited);
        // Work that ends before it starts.
        type(form.findElement(By.cssSelector(".edit-start")), "10:00");
        type(form.findElement(By.cssSelector(".edit-end")), "09:00");
        form.findElement(By.cssSelector(".save-edit")).click();
        chromium.waitFor(d -> !form.findElements(By.cssSelector(".violations li")).isEmpty()
                ? true : null);
        assertFalse("true".equals(chromium.element("#plan [data-date='" + edited + "']").getAttribute("data-edited")));

        type(form.findElement(By.cssSelector(".edit-start")), "09:30");
        type(form.findElement(By.cssSelector(".edit-end")), "14:00");
        form.findElement(By.cssSelector(".remove-break")).click();
        form.findElement(By.cssSelector(".edit-comment")).sendKeys("Doctor in the morning");
        form.findElement(By.cssSelector(".save-edit")).click();
        chromium.waitFor(Duration.ofSeconds(20), d -> "ready".equals(popup.planState()) && "true".equals(
                chromium.element("#plan [data-date='" + edited + "']").getAttribute("data-edited")) ? true : null);
        String row = popup.rowText(edited.toString());
        assertTrue(row.contains("09:30–14:00") && row.contains("Doctor in the morning"), row);

        WebElement second = editor(leftOut);
        second.findElement(By.cssSelector(".leave-out")).click();
        waitForReplan(leftOut, "left_out");

        WebElement weekend = editor(saturday);
        // Escape closes the editor without a change; opened again, its hours are kept.
        weekend.findElement(By.cssSelector(".edit-start")).sendKeys(Keys.ESCAPE);
        chromium.waitFor(d -> chromium.elements(".day-editor").isEmpty() ? true : null);
        editor(saturday).findElement(By.cssSelector(".save-edit")).click();
        waitForReplan(saturday, "fill");

        popup.fill();
        popup.summary("done", Duration.ofSeconds(120));
        assertEquals(List.of("work 09:30-14:00"), spans(simulator.storedPeriods().get(edited)));
        assertEquals("Doctor in the morning", simulator.storedPeriods().get(edited).get(0).comment());
        assertFalse(simulator.storedPeriods().containsKey(leftOut), "left out");
        assertEquals(List.of("work 08:00-12:00", "break 12:00-13:00", "work 13:00-17:00"),
                spans(simulator.storedPeriods().get(saturday)), "a Saturday worked, on purpose");
    }
}
