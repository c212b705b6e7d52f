package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.json.JSONArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.StoredPeriod;

/** The shown month, downloaded as Personio holds it: CSV from #export, JSON from the control beside it. */
class MonthExportIT extends LastMonthSignedIn {
    @BeforeEach
    void showTheMonth() {
        popup.showMonth(MONTH);
    }

    @Test
    void exportDownloadsTheShownMonthAsCsvWithARowPerPeriodAndOneForEachEmptyDay() throws Exception {
        chromium.element("#export").click();
        Path file = chromium.download(".csv", Duration.ofSeconds(30));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("date,day_id,period_id,period_type,start,end,duration_minutes,"),
                lines.get(0));
        int periods = simulator.storedPeriods().values().stream().mapToInt(List::size).sum();
        int emptyDays = MONTH.lengthOfMonth() - simulator.storedPeriods().size();
        assertEquals(1 + periods + emptyDays, lines.size(), "the header, a row per period, a row per empty day");
        LocalDate filled = scenario.filledDays().iterator().next();
        StoredPeriod first = simulator.storedPeriods().get(filled).get(0);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(filled + ",") && l.contains("," + first.id() + ",")),
                "the filled day's period is there");
        assertTrue(simulator.requestLog().stream()
                .filter(r -> r.path().startsWith("/api/") || r.path().startsWith("/svc/"))
                .allMatch(r -> r.method().equals("GET")), "read-only");
    }

    @Test
    void theJsonControlDownloadsTheSameTable() throws Exception {
        chromium.element("#export-json").click();
        Path file = chromium.download(".json", Duration.ofSeconds(30));
        JSONArray rows = new JSONArray(Files.readString(file));
        int periods = simulator.storedPeriods().values().stream().mapToInt(List::size).sum();
        assertEquals(periods + MONTH.lengthOfMonth() - simulator.storedPeriods().size(), rows.length());
        assertTrue(rows.getJSONObject(0).has("effective_work_duration_minutes"));
    }

    @Test
    void aRunsWritesAreKeptInTheLocalRecordShownAndExportedOnTheOptionsPage() throws Exception {
        popup.fill();
        popup.summary("done", Duration.ofSeconds(120));
        int written = scenario.writableEmptyDays().size();
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(Duration.ofSeconds(20), d -> chromium.elements("#write-record-rows tr").size() == written
                ? true : null);
        String first = scenario.writableEmptyDays().iterator().next().toString();
        String row = chromium.element("#write-record-rows tr[data-date='" + first + "']").getText();
        assertTrue(row.contains("08:00–12:00"), row);
        chromium.element("#export-record").click();
        JSONArray record = new JSONArray(Files.readString(chromium.download("record.json", Duration.ofSeconds(30))));
        assertEquals(written, record.length());
        assertTrue(!record.toString().contains("ATHENA") && !record.toString().contains("session"),
                "no session value in the record");
    }
}
