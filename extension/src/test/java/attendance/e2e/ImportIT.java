package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import personio.simulator.LoggedRequest;
import personio.simulator.StoredPeriod;

/**
 * A file from a time tracker chosen on the options page: its days shown as a plan one month at a time, and written
 * exactly as shown, never over a day with entries; a bad file names every bad line and writes nothing.
 */
class ImportIT extends LastMonthSignedIn {
    private static final String TOGGL_HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,"
            + "Start time,End date,End time,Duration,Tags,Amount (EUR)";
    private static final String CLOCKIFY_HEADER = "\"Project\",\"Client\",\"Description\",\"Task\",\"User\","
            + "\"Group\",\"Email\",\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\","
            + "\"Duration (h)\",\"Duration (decimal)\"";

    private LocalDate first;
    private LocalDate second;
    private LocalDate notInFile;
    private LocalDate saturday;
    private LocalDate withEntries;

    @BeforeEach
    void pickDays() {
        TreeSet<LocalDate> empty = new TreeSet<>(scenario.writableEmptyDays());
        empty.remove(scenario.halfDayAbsence());
        first = empty.pollFirst();
        second = empty.pollFirst();
        notInFile = empty.pollFirst();
        saturday = MONTH.atDay(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY || scenario.filledDays().contains(saturday)) {
            saturday = saturday.plusDays(1);
        }
        withEntries = scenario.filledDays().iterator().next();
    }

    private Path file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory("import-it");
        dir.toFile().deleteOnExit();
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path;
    }

    /** Chooses the file on the options page, the way a user does, and waits for its plan or its refusal. */
    private void choose(Path path) {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> chromium.elements("#import-file").isEmpty() ? null : true);
        chromium.element("#import-file").sendKeys(path.toString());
        chromium.waitFor(Duration.ofSeconds(30), d -> {
            String state = chromium.element("#import-plan").getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state) ? true : null;
        });
    }

    private Map<String, WebElement> rows() {
        Map<String, WebElement> rows = new HashMap<>();
        for (WebElement row : chromium.elements("#import-rows tr[data-date]")) {
            rows.put(row.getAttribute("data-date"), row);
        }
        return rows;
    }

    private String action(LocalDate date) {
        WebElement row = rows().get(date.toString());
        return row.getAttribute("data-action") + (row.getAttribute("data-reason") == null ? ""
                : " " + row.getAttribute("data-reason"));
    }

    private String what(LocalDate date) {
        return chromium.element("#import-rows tr[data-date='" + date + "'] .what").getText();
    }

    /** Writes the shown month and waits until the run is done. */
    private WebElement writeShownMonth(int days) {
        WebElement fill = chromium.element("#import-fill");
        assertTrue(fill.isEnabled());
        assertTrue(fill.getText().contains(String.valueOf(days)), fill.getText());
        fill.click();
        return chromium.waitFor(Duration.ofSeconds(120), d -> {
            WebElement summary = chromium.element("#import-summary");
            return "done".equals(summary.getAttribute("data-state")) ? summary : null;
        });
    }

    private long writes() {
        long count = 0;
        for (LoggedRequest r : simulator.requestLog()) {
            if (r.path().startsWith("/svc/attendance-api/v1/days") || r.path().startsWith("/svc/attendance-api/"
                    + "validate")) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aTogglReportIsShownAsAPlanOfItsDaysAloneAndWrittenExactlyAsShown() throws IOException {
        List<StoredPeriod> before = simulator.storedPeriods().get(withEntries);
        String csv = TOGGL_HEADER + "\n"
                + togglLine("Development", "New menu", first, "08:00:00", "12:00:00")
                + togglLine("Not a Personio project", "Calls, mail", first, "12:30:00", "16:30:00")
                + togglLine("Development", "", second, "09:00:00", "13:00:00")
                + togglLine("Development", "Release", saturday, "10:00:00", "12:00:00")
                + togglLine("Development", "Over an entry", withEntries, "08:00:00", "12:00:00");
        choose(file("toggl.csv", csv));

        assertEquals("ready", chromium.element("#import-plan").getAttribute("data-state"));
        assertEquals(MONTH.toString(), chromium.element("#import-plan").getAttribute("data-month"));
        assertEquals("fill", action(first));
        assertEquals("fill", action(second));
        assertEquals("fill", action(saturday), "a Saturday the file gives");
        assertEquals("skip has_entries", action(withEntries), "never over a day with entries");
        assertEquals("skip not_in_file", action(notInFile));
        String firstRow = what(first);
        assertTrue(firstRow.contains("08:00–12:00") && firstRow.contains("12:00–12:30")
                && firstRow.contains("12:30–16:30"), firstRow);
        assertTrue(firstRow.contains("Development (1001)"), "the project found by its name: " + firstRow);
        assertTrue(firstRow.contains("your settings' project"), "the row says which project applies: " + firstRow);
        assertTrue(chromium.element("#import-summary-file").getText().contains("Toggl"));
        // The README's picture of the import (docs/import.png is taken from here).
        Files.write(Path.of("target", "import-plan.png"), chromium.element("#import")
                .getScreenshotAs(OutputType.BYTES));

        WebElement summary = writeShownMonth(3);
        assertEquals("3", summary.getAttribute("data-filled"));
        assertEquals("0", summary.getAttribute("data-failed"));
        Map<LocalDate, List<StoredPeriod>> stored = simulator.storedPeriods();
        assertEquals(List.of("work 08:00-12:00", "break 12:00-12:30", "work 12:30-16:30"), spans(stored.get(first)));
        assertEquals(1001, ((Number) stored.get(first).get(0).projectId()).intValue());
        assertEquals("New menu", stored.get(first).get(0).comment());
        assertNull(stored.get(first).get(2).projectId(), "no settings' project: none");
        assertEquals("Calls, mail", stored.get(first).get(2).comment());
        assertEquals(List.of("work 09:00-13:00"), spans(stored.get(second)));
        assertNull(stored.get(second).get(0).comment(), "no description, no comment");
        assertEquals(List.of("work 10:00-12:00"), spans(stored.get(saturday)));
        assertEquals(before, stored.get(withEntries), "the day with entries is as it was");
        assertFalse(stored.containsKey(notInFile), "a day the file does not give is not written");
        chromium.waitFor(Duration.ofSeconds(20), d -> "filled".equals(chromium.element("#import-rows tr[data-date='"
                + first + "'] .status").getAttribute("data-outcome")) ? true : null);
    }

    private static String togglLine(String project, String description, LocalDate day, String start, String end) {
        String desc = description.contains(",") ? "\"" + description + "\"" : description;
        return "Ann,ann@example.com,Acme," + project + ",," + desc + ",No," + day + "," + start + "," + day + ","
                + end + ",04:00:00,,0.00\n";
    }

    @Test
    void aClockifyReportOverTwoMonthsIsShownOneMonthAtATimeAndItsMonthWritten() throws IOException {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        LocalDate earlier = MONTH.minusMonths(1).atDay(13);
        String csv = CLOCKIFY_HEADER + "\r\n"
                + clockifyLine("Development", "Review", first.format(us), "08:30:00 AM", "12:00:00 PM")
                + clockifyLine("Development", "Review", first.format(us), "12:45:00 PM", "05:15:00 PM")
                + clockifyLine("Development", "", earlier.format(us), "09:00:00 AM", "01:00:00 PM");
        choose(file("clockify.csv", csv));

        Select months = new Select(chromium.element("#import-month"));
        assertEquals(List.of(MONTH.minusMonths(1).toString(), MONTH.toString()), values(months));
        assertEquals(MONTH.minusMonths(1).toString(), chromium.element("#import-plan").getAttribute("data-month"),
                "the file's first month comes first");
        assertEquals("fill", action(earlier));

        months.selectByValue(MONTH.toString());
        chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(chromium.element("#import-plan")
                .getAttribute("data-state")) && MONTH.toString().equals(chromium.element("#import-plan")
                .getAttribute("data-month")) ? true : null);
        assertEquals("fill", action(first));
        assertEquals("skip not_in_file", action(second));
        String row = what(first);
        assertTrue(row.contains("08:30–12:00") && row.contains("12:00–12:45") && row.contains("12:45–17:15"), row);

        WebElement summary = writeShownMonth(1);
        assertEquals("1", summary.getAttribute("data-filled"));
        assertEquals(List.of("work 08:30-12:00", "break 12:00-12:45", "work 12:45-17:15"),
                spans(simulator.storedPeriods().get(first)));
        assertEquals("Review", simulator.storedPeriods().get(first).get(0).comment());
        assertFalse(simulator.storedPeriods().containsKey(earlier), "only the shown month is written");
    }

    private static List<String> values(Select select) {
        List<String> values = new ArrayList<>();
        for (WebElement option : select.getOptions()) {
            values.add(option.getAttribute("value"));
        }
        return values;
    }

    private static String clockifyLine(String project, String description, String date, String start, String end) {
        return "\"" + project + "\",\"Acme\",\"" + description + "\",\"\",\"Ann\",\"\",\"ann@example.com\",\"\","
                + "\"Yes\",\"" + date + "\",\"" + start + "\",\"" + date + "\",\"" + end + "\",\"03:30:00\","
                + "\"3.50\"\r\n";
    }

    @Test
    void theExtensionsOwnJsonIsWrittenWithEachPeriodsProjectAndComment() throws IOException {
        String json = "{\"days\": [{\"date\": \"" + first + "\", \"periods\": ["
                + "{\"start\": \"07:45\", \"end\": \"11:00\", \"project\": \"Development\", \"comment\": \"Sprint\"},"
                + "{\"start\": \"11:00\", \"end\": \"11:30\", \"type\": \"break\"},"
                + "{\"start\": \"11:30\", \"end\": \"15:00\", \"project\": null, \"comment\": \"Support\"}]}]}";
        choose(file("days.json", json));
        assertEquals("fill", action(first));
        assertEquals("skip not_in_file", action(second));

        writeShownMonth(1);
        List<StoredPeriod> periods = simulator.storedPeriods().get(first);
        assertEquals(List.of("work 07:45-11:00", "break 11:00-11:30", "work 11:30-15:00"), spans(periods));
        assertEquals(1001, ((Number) periods.get(0).projectId()).intValue());
        assertEquals("Sprint", periods.get(0).comment());
        assertNull(periods.get(2).projectId());
        assertEquals("Support", periods.get(2).comment());
    }

    @Test
    void aBadFileNamesEveryBadLineAndWritesNothing() throws IOException {
        Map<LocalDate, List<StoredPeriod>> before = simulator.storedPeriods();
        String csv = TOGGL_HEADER + "\n"
                + togglLine("Development", "fine", first, "08:00:00", "12:00:00")
                + togglLine("Development", "bad time", second, "8 o'clock", "12:00:00")
                + togglLine("Development", "ends first", notInFile, "12:00:00", "08:00:00");
        choose(file("bad.csv", csv));

        WebElement error = chromium.element("#import-error");
        assertTrue(error.isDisplayed());
        assertEquals("bad_file", error.getAttribute("data-code"));
        List<String> where = new ArrayList<>();
        for (WebElement problem : chromium.elements("#import-problems li")) {
            where.add(problem.getAttribute("data-where"));
            assertTrue(problem.getText().startsWith("Line " + problem.getAttribute("data-where") + ": "),
                    problem.getText());
        }
        assertEquals(List.of("3", "4"), where, "one message per bad line, by its number");
        assertFalse(chromium.element("#import-fill").isEnabled());

        String json = "{\"days\": [{\"date\": \"" + first + "\", \"periods\": [{\"start\": \"25:00\", "
                + "\"end\": \"12:00\"}]}]}";
        choose(file("bad.json", json));
        chromium.waitFor(Duration.ofSeconds(10), d -> "days[0].periods[0].start".equals(
                chromium.element("#import-problems li").getAttribute("data-where")) ? true : null);
        assertEquals(before, simulator.storedPeriods(), "nothing written");
        assertEquals(0, writes(), "nothing even validated");
    }
}
