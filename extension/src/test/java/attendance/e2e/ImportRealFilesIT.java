package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import personio.simulator.StoredPeriod;

/**
 * Files as people really export them: a team's report, dates that read either way, a day that breaks a rule among
 * good ones, overlapping timers, and a summary picked by mistake.
 */
class ImportRealFilesIT extends LastMonthSignedIn {
    private static final String TOGGL_HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,"
            + "Start time,End date,End time,Duration,Tags,Amount (EUR)";

    private LocalDate first;
    private LocalDate second;
    private LocalDate third;

    @BeforeEach
    void pickDays() {
        TreeSet<LocalDate> empty = new TreeSet<>(scenario.writableEmptyDays());
        empty.remove(scenario.halfDayAbsence());
        first = empty.pollFirst();
        second = empty.pollFirst();
        third = empty.pollFirst();
    }

    private Path file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory("import-it");
        dir.toFile().deleteOnExit();
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path;
    }

    private String state() {
        return chromium.element("#import-plan").getAttribute("data-state");
    }

    /** Chooses the file on the options page and waits until the page shows a plan, a question or a refusal. */
    private void choose(Path path) {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> chromium.elements("#import-file").isEmpty() ? null : true);
        chromium.element("#import-file").sendKeys(path.toString());
        waitSettled();
    }

    private void waitSettled() {
        chromium.waitFor(Duration.ofSeconds(30), d -> List.of("ready", "error", "asking").contains(state())
                ? true : null);
    }

    private static String line(String user, String email, String project, String description, LocalDate startDay,
            String start, LocalDate endDay, String end) {
        return user + "," + email + ",Acme," + project + ",," + description + ",No," + startDay + "," + start + ","
                + endDay + "," + end + ",01:00:00,,0.00\n";
    }

    private String reasonOf(LocalDate date) {
        WebElement row = chromium.element("#import-rows tr[data-date='" + date + "']");
        return row.getAttribute("data-action") + (row.getAttribute("data-reason") == null ? ""
                : " " + row.getAttribute("data-reason"));
    }

    private WebElement write() {
        chromium.element("#import-fill").click();
        return chromium.waitFor(Duration.ofSeconds(120), d -> {
            WebElement summary = chromium.element("#import-summary");
            return "done".equals(summary.getAttribute("data-state")) ? summary : null;
        });
    }

    @Test
    void aTeamsReportAsksWhoseEntriesAndWritesOnlyThatPersonsDays() throws IOException {
        String csv = TOGGL_HEADER + "\n"
                + line("Ann", "ann@example.com", "Development", "Menu", first, "08:00:00", first, "12:00:00")
                + line("Bob", "bob@example.com", "Development", "Other", second, "09:00:00", second, "13:00:00")
                + line("Bob", "bob@example.com", "Development", "Other", third, "09:00:00", third, "11:00:00");
        choose(file("team.csv", csv));

        assertEquals("asking", state());
        assertTrue(chromium.elements("#import-rows tr").isEmpty(), "no rows while asking");
        Select person = new Select(chromium.element("#import-person"));
        assertTrue(chromium.element("#import-person").isDisplayed());
        assertEquals(2, person.getOptions().size());
        assertTrue(person.getAllSelectedOptions().isEmpty(), "nothing chosen at first");
        person.selectByValue("bob@example.com");
        chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(state()) ? true : null);
        assertEquals("fill", reasonOf(second));
        assertEquals("fill", reasonOf(third));
        assertEquals("skip not_in_file", reasonOf(first), "Ann's day is not Bob's");
        String stored = String.valueOf(chromium.async(
                "chrome.storage.local.get('importFile').then((s) => done(s.importFile.text));"));
        assertFalse(stored.contains("ann@example.com") || stored.contains("Menu"), "only Bob's lines are kept");

        WebElement summary = write();
        assertEquals("2", summary.getAttribute("data-filled"));
        assertTrue(simulator.storedPeriods().containsKey(second));
        assertFalse(simulator.storedPeriods().containsKey(first));
    }

    @Test
    void datesThatReadEitherWayAskTheOrderAndTheAnswerIsWritten() throws IOException {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String header = "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\",\"Email\",\"Tags\","
                + "\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\",\"Duration (h)\","
                + "\"Duration (decimal)\"";
        // Both of the file's dates have day and month of 12 or under only when the month allows it; the days are
        // chosen from the month's first twelve.
        LocalDate a = MONTH.atDay(1);
        while (!scenario.writableEmptyDays().contains(a) || a.equals(scenario.halfDayAbsence())
                || a.getDayOfMonth() == a.getMonthValue()) {
            a = a.plusDays(1);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(a.getDayOfMonth() <= 12, "a writable day among the first 12");
        String csv = header + "\n\"Development\",\"Acme\",\"Work\",\"\",\"Ann\",\"\",\"ann@example.com\",\"\","
                + "\"Yes\",\"" + a.format(dayFirst) + "\",\"08:00\",\"" + a.format(dayFirst) + "\",\"12:00\","
                + "\"04:00:00\",\"4.00\"\n";
        choose(file("clockify-dates.csv", csv));

        assertEquals("asking", state());
        Select order = new Select(chromium.element("#import-date-order"));
        assertTrue(chromium.element("#import-date-order").isDisplayed());
        assertTrue(order.getAllSelectedOptions().isEmpty(), "nothing chosen at first");
        assertTrue(chromium.element("#import-date-order-field").getText().contains(a.format(dayFirst)));
        order.selectByValue("day_first");
        chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(state()) ? true : null);
        assertEquals("fill", reasonOf(a));
        write();
        assertEquals(List.of("work 08:00-12:00"), spans(simulator.storedPeriods().get(a)));
    }

    @Test
    void aDayThatBreaksARuleIsLeftOutWhileTheRestIsWrittenAndOverlapsAreTheirUnion() throws IOException {
        String csv = TOGGL_HEADER + "\n"
                + line("Ann", "ann@example.com", "Development", "Long", first, "07:00:00", first, "15:00:00")
                + line("Ann", "ann@example.com", "Development", "Morning", second, "08:00:00", second, "12:00:00")
                + line("Ann", "ann@example.com", "Development", "Call", second, "11:00:00", second, "12:30:00")
                + line("Ann", "ann@example.com", "Development", "Zero", third, "10:23:52", third, "10:23:52")
                + line("Ann", "ann@example.com", "Development", "Afternoon", third, "13:00:00", third, "16:00:00");
        choose(file("toggl-rules.csv", csv));

        assertEquals("ready", state());
        assertEquals("skip breaks_rules", reasonOf(first));
        String words = chromium.element("#import-rows tr[data-date='" + first + "'] .what").getText();
        assertTrue(words.contains("6"), "the rule in words: " + words);
        assertEquals("fill", reasonOf(second));
        assertEquals("fill", reasonOf(third));

        WebElement summary = write();
        assertEquals("2", summary.getAttribute("data-filled"));
        assertFalse(simulator.storedPeriods().containsKey(first), "the day that breaks a rule is not written");

        // The popup's editor fixes the day on the options page; the edit is kept with the file, and written as shown.
        chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(state()) ? true : null);
        chromium.element("#import-rows tr[data-date='" + first + "'] .edit-day").click();
        WebElement editor = chromium.waitFor(d -> chromium.elements(".day-editor[data-editor-for='" + first + "']")
                .isEmpty() ? null : chromium.element(".day-editor[data-editor-for='" + first + "']"));
        chromium.driver().executeScript("arguments[0].value = '07:00'; arguments[1].value = '15:30';",
                editor.findElement(org.openqa.selenium.By.cssSelector(".edit-start")),
                editor.findElement(org.openqa.selenium.By.cssSelector(".edit-end")));
        editor.findElement(org.openqa.selenium.By.cssSelector(".save-edit")).click();
        chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(state()) && "fill".equals(reasonOf(first))
                ? true : null);
        String kept = String.valueOf(chromium.async(
                "chrome.storage.local.get('importFile').then((s) => done(JSON.stringify(s.importFile.edits)));"));
        assertTrue(kept.contains(first.toString()), kept);
        chromium.element("#import-fill").click();
        chromium.waitFor(Duration.ofSeconds(120), d -> {
            WebElement second = chromium.element("#import-summary");
            return "done".equals(second.getAttribute("data-state")) && "1".equals(second.getAttribute(
                    "data-filled")) ? true : null;
        });
        assertEquals(List.of("work 07:00-12:00", "break 12:00-13:00", "work 13:00-15:30"),
                spans(simulator.storedPeriods().get(first)));
        List<StoredPeriod> overlapped = simulator.storedPeriods().get(second);
        assertEquals(List.of("work 08:00-12:00", "work 12:00-12:30"), spans(overlapped), "the union, no overlap");
        assertEquals(List.of("work 13:00-16:00"), spans(simulator.storedPeriods().get(third)));
    }

    @Test
    void aSummaryReportIsRefusedAsNoDetailedReport() throws IOException {
        choose(file("summary.csv", "User,Project,Duration\nAnn,Development,40:00:00\n"));
        WebElement error = chromium.element("#import-error");
        assertEquals("error", state());
        assertTrue(error.isDisplayed());
        assertEquals("not_detailed_report", error.getAttribute("data-code"));
        assertTrue(error.getText().contains("Detailed"), error.getText());
        assertFalse(chromium.element("#import-fill").isEnabled());
    }
}
