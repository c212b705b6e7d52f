package attendance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class MonthExportTest {
    private static final String SHEET = """
            {"timecards": [
             {"date": "2025-11-03", "day_id": "d-3", "state": "trackable", "is_off_day": false,
              "approval": {"status": "confirmed"},
              "target_hours": {"effective_work_duration_minutes": 480},
              "periods": [
               {"id": "p1", "type": "work", "start": "2025-11-03T08:00:00", "end": "2025-11-03T12:00:00",
                "project_id": 1001, "comment": "Review, \\"urgent\\"", "origin": "web", "unknown": 1},
               {"id": "p2", "type": "break", "start": "2025-11-03T12:00:00", "end": "2025-11-03T12:30:00",
                "project_id": null, "comment": null, "origin": "web"}],
              "time_off": null},
             {"date": "2025-11-04", "day_id": null, "state": "trackable", "is_off_day": false, "periods": [],
              "target_hours": {"effective_work_duration_minutes": 240},
              "time_off": {"aggregated_duration_minutes": 240, "items": [
               {"type": "vacation", "duration_minutes": 240, "status": "pending"}]}},
             {"date": "2025-11-05", "is_off_day": true, "time_off": {"items": [
               {"type": "holiday", "duration_minutes": null}]}}]}
            """;

    @Test
    void oneRowPerPeriodAndOneForADayWithoutPeriodsEachWithItsDaysColumns() {
        List<Map<String, Object>> rows = MonthExport.of(SHEET, Map.of("1001", "Website")).rows();
        assertEquals(4, rows.size());
        Map<String, Object> work = rows.get(0);
        assertEquals("2025-11-03", work.get("date"));
        assertEquals("work", work.get("period_type"));
        assertEquals(240L, work.get("duration_minutes"));
        assertEquals("1001", work.get("project_id"));
        assertEquals("Website", work.get("project_name"));
        assertEquals("confirmed", work.get("approval_status"));
        assertEquals(480L, work.get("effective_work_duration_minutes"));
        assertEquals(240L, work.get("work_duration_minutes"), "the break is not work");
        Map<String, Object> halfDay = rows.get(2);
        assertEquals(null, halfDay.get("period_id"));
        assertEquals("vacation", halfDay.get("time_off_type"));
        assertEquals(240L, halfDay.get("time_off_minutes"));
        assertEquals("pending", halfDay.get("time_off_status"));
        assertEquals(0L, halfDay.get("work_duration_minutes"));
        Map<String, Object> holiday = rows.get(3);
        assertEquals("holiday", holiday.get("time_off_type"));
        assertEquals(null, holiday.get("time_off_minutes"), "a full day has no minutes of its own");
        assertEquals(null, holiday.get("work_duration_minutes"), "no periods listed: nothing known");
    }

    @Test
    void csvHasTheHeaderCrlfLineEndsAndQuotesFieldsThatNeedIt() {
        String csv = MonthExport.of(SHEET, Map.of()).csv();
        String[] lines = csv.split("\r\n", -1);
        assertEquals(String.join(",", MonthExport.COLUMNS), lines[0]);
        assertEquals(6, lines.length, "header, four rows and the empty rest after the last CRLF");
        assertTrue(lines[1].contains(",\"Review, \"\"urgent\"\"\","), lines[1]);
        assertTrue(lines[1].startsWith("2025-11-03,d-3,p1,work,2025-11-03T08:00:00,2025-11-03T12:00:00,240,1001,,"),
                lines[1]);
        assertEquals(MonthExport.COLUMNS.size(), lines[3].split(",", -1).length, "an empty field is still a field");
    }

    @Test
    void jsonHasOneObjectPerRowWithEveryColumnAndNullForEmpty() {
        JSONArray json = MonthExport.of(SHEET, Map.of()).json();
        assertEquals(4, json.length());
        JSONObject first = json.getJSONObject(0);
        assertEquals(MonthExport.COLUMNS.size(), first.length());
        assertTrue(first.isNull("project_name"));
        assertEquals(240, first.getInt("duration_minutes"));
    }

    @Test
    void aTimesheetWithoutTimecardsIsRefused() {
        assertThrows(InputException.class, () -> MonthExport.of("{\"widgets\": {}}", Map.of()));
        assertThrows(InputException.class, () -> MonthExport.of("<html>", Map.of()));
    }

    @Test
    void aTextCellThatWouldRunAsASpreadsheetFormulaGetsALeadingApostropheAndNumbersStayNumbers() {
        String sheet = SHEET.replace("Review, \\\"urgent\\\"", "=HYPERLINK(\\\"http://x\\\")");
        String csv = MonthExport.of(sheet, Map.of("1001", "@SUM(A1)")).csv();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), csv);
        assertTrue(csv.contains(",'@SUM(A1),"), csv);
        for (String text : List.of("=1", "+1", "-1", "@a", "\tx", "\rx")) {
            assertEquals("'" + text, MonthExport.inert(text));
        }
        assertEquals("Review", MonthExport.inert("Review"));
        assertEquals("", MonthExport.inert(""));
    }
}
