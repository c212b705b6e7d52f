package attendance.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimesheetParserTest {
    private static final String FULL_DAY = """
            {"day_id": "f2245f74-1f7f-4cab-a4c5-41cdafc700ab", "date": "2025-11-04", "state": "trackable",
             "is_off_day": false, "assigned_working_schedule_id": "1433807584885358592",
             "periods": [
               {"id": "7a13", "start": "2025-11-04T08:00:00", "end": "2025-11-04T12:00:00", "project_id": null,
                "comment": null, "type": "work", "origin": "web", "is_auto_generated": false, "geolocation": null},
               {"id": "6730", "start": "2025-11-04T12:00:00", "end": "2025-11-04T13:00:00", "project_id": 1001,
                "comment": "lunch", "type": "break", "origin": "web", "is_auto_generated": false}],
             "break_duration_minutes": 60,
             "target_hours": {"effective_work_duration_minutes": 480, "effective_break_duration_minutes": 60,
               "contractual_work_duration_minutes": 480, "contractual_break_duration_minutes": 60,
               "start_time": "08:00", "end_time": "17:00"},
             "overtime": {"amount_minutes": 60, "type": "daily_overtime"}, "time_off": null,
             "approval": {"status": "confirmed", "rejection_reason": null}, "alerts": [],
             "metadata": {"created_at": "2025-11-04T06:08:43.124Z"}, "can_create_time_off_in_lieu": true,
             "a_field_personio_added_later": {"nested": [1, 2, 3]}}
            """;

    @Test
    void readsEveryFieldThatDecidesWhatMayBeWritten() {
        Timesheet sheet = TimesheetParser.parse("{\"timecards\": [" + FULL_DAY + "], \"widgets\": {}}");
        Timecard card = sheet.day(LocalDate.of(2025, 11, 4));
        assertEquals("f2245f74-1f7f-4cab-a4c5-41cdafc700ab", card.dayId());
        assertEquals("trackable", card.state());
        assertTrue(card.writable());
        assertFalse(card.offDay());
        assertNull(card.timeOff());
        assertEquals(480, card.target().effectiveWorkMinutes());
        assertEquals(2, card.periods().size());
        Period lunch = card.periods().get(1);
        assertEquals(PeriodType.BREAK, lunch.type());
        assertEquals(LocalDateTime.of(2025, 11, 4, 12, 0), lunch.start());
        assertEquals("1001", lunch.projectId());
        assertEquals("lunch", lunch.comment());
    }

    @Test
    void toleratesMissingOptionalFieldsAndNulls() {
        Timesheet sheet = TimesheetParser.parse("""
                {"timecards": [{"date": "2025-11-05", "state": "TRACKABLE", "day_id": null, "is_off_day": false,
                  "periods": [], "target_hours": null, "time_off": null, "approval": null}]}
                """);
        Timecard card = sheet.day(LocalDate.of(2025, 11, 5));
        assertNull(card.dayId());
        assertFalse(card.offDay());
        assertTrue(card.periods().isEmpty());
        assertNull(card.target());
        assertNull(card.unreadable());
        assertTrue(card.writable(), "states are compared without regard to case");
    }

    @Test
    void missingOrNullPeriodsAreNeverAnEmptyDay() {
        for (String periods : new String[] {"", ", \"periods\": null", ", \"periods\": {}"}) {
            Timecard card = TimesheetParser.parse("{\"timecards\": [{\"date\": \"2025-11-05\", \"state\": "
                    + "\"trackable\", \"day_id\": null, \"is_off_day\": false, \"time_off\": null" + periods
                    + "}]}").day(LocalDate.of(2025, 11, 5));
            assertNull(card.periods(), periods);
            assertEquals("timecards[0].periods", card.unreadable(), periods);
        }
    }

    @Test
    void dayIdAndTimeOffMustBeThereEvenWhenNull() {
        Timecard card = TimesheetParser.parse("{\"timecards\": [{\"date\": \"2025-11-05\", \"state\": "
                + "\"trackable\", \"is_off_day\": false, \"periods\": [], \"time_off\": null}]}")
                .day(LocalDate.of(2025, 11, 5));
        assertEquals("timecards[0].day_id", card.unreadable());
        card = TimesheetParser.parse("{\"timecards\": [{\"date\": \"2025-11-05\", \"state\": "
                + "\"trackable\", \"is_off_day\": false, \"periods\": [], \"day_id\": null}]}")
                .day(LocalDate.of(2025, 11, 5));
        assertEquals("timecards[0].time_off", card.unreadable());
    }

    @Test
    void timeOffItemsAreReadAsThreeClientsReadThem() {
        assertNull(timeOff("{\"aggregated_duration_minutes\": 0, \"items\": []}", null), "no items, no absence");
        assertTrue(timeOff("{\"items\": [{\"type\": \"vacation\", \"duration_minutes\": null}]}", null)
                .fullDay());
        assertTrue(timeOff("{\"items\": [{\"type\": \"holiday\", \"duration_minutes\": 480}]}", null)
                .fullDay());
        assertFalse(timeOff("{\"items\": [{\"type\": \"vacation\", \"duration_minutes\": 240, "
                + "\"status\": \"pending\"}]}", null).fullDay());
    }

    @Test
    void aNonJsonAnswerIsAClearError() {
        InputException e = assertThrows(InputException.class,
                () -> TimesheetParser.parse("<!DOCTYPE html><title>Login</title>"));
        assertEquals("not_json timesheet",
                e.getMessage());
    }

    @Test
    void anAnswerWithoutTimecardsIsAClearError() {
        InputException e = assertThrows(InputException.class, () -> TimesheetParser.parse("{\"widgets\": {}}"));
        assertEquals("missing timesheet.timecards", e.getMessage());
    }

    @Test
    void aBadDateNamesTheTimecard() {
        InputException e = assertThrows(InputException.class, () -> TimesheetParser.parse(
                "{\"timecards\": [{\"date\": \"2025-11-01\", \"state\": \"trackable\"},"
                        + " {\"date\": \"2025-11-31\", \"state\": \"trackable\"}]}"));
        assertEquals("expected_date timecards[1].date \"2025-11-31\"", e.getMessage());
    }

    @Test
    void aBadPeriodTimeMakesTheCardUnreadableNamingThePeriod() {
        Timecard card = TimesheetParser.parse(
                "{\"timecards\": [{\"date\": \"2025-11-03\", \"state\": \"trackable\", \"day_id\": null, "
                        + "\"time_off\": null, \"is_off_day\": false, \"periods\": [{\"start\": \"8 o'clock\", "
                        + "\"end\": \"2025-11-03T12:00:00\", \"type\": \"work\"}]}]}")
                .day(LocalDate.of(2025, 11, 3));
        assertEquals("timecards[0].periods[0].start", card.unreadable());
    }

    @Test
    void aMissingStateMakesTheCardUnreadableAndNotWritable() {
        Timecard card = TimesheetParser.parse("{\"timecards\": [{\"date\": \"2025-11-03\"}]}")
                .day(LocalDate.of(2025, 11, 3));
        assertEquals("timecards[0].state", card.unreadable());
        assertFalse(card.writable());
    }

    @Test
    void aDateTwiceIsAnError() {
        String card = "{\"date\": \"2025-11-03\", \"state\": \"trackable\"}";
        InputException e = assertThrows(InputException.class,
                () -> TimesheetParser.parse("{\"timecards\": [" + card + "," + card + "]}"));
        assertEquals("duplicate_date timecards[1].date 2025-11-03", e.getMessage());
    }

    @Test
    void aWrongTypeForOffDayMakesTheCardUnreadable() {
        Timecard card = TimesheetParser.parse("{\"timecards\": [{\"date\": \"2025-11-03\", \"state\": "
                + "\"trackable\", \"is_off_day\": \"yes\", \"day_id\": null, \"time_off\": null, \"periods\": []}]}")
                .day(LocalDate.of(2025, 11, 3));
        assertEquals("timecards[0].is_off_day", card.unreadable());
        assertNull(card.offDay());
    }

    @Test
    void anAbsenceWithoutEvidenceOfAPartDayIsAFullDay() {
        assertTrue(timeOff("{\"type\": \"vacation\"}", null).fullDay());
        assertTrue(timeOff("{\"type\": \"vacation\"}", "{\"effective_work_duration_minutes\": 480, "
                + "\"contractual_work_duration_minutes\": 480}").fullDay());
        assertTrue(timeOff("{\"type\": \"sick\"}", "{\"effective_work_duration_minutes\": 0, "
                + "\"contractual_work_duration_minutes\": 480}").fullDay());
        assertTrue(timeOff("{\"half_day\": false, \"is_full_day\": true}", "{\"effective_work_duration_minutes\": "
                + "240, \"contractual_work_duration_minutes\": 480}").fullDay());
    }

    @Test
    void aHalfDayFlagOrAReducedTargetIsAPartDay() {
        assertFalse(timeOff("{\"half_day\": true}", null).fullDay());
        assertFalse(timeOff("{\"duration_type\": \"HALF_DAY_MORNING\"}", null).fullDay());
        assertFalse(timeOff("{\"type\": \"vacation\"}", "{\"effective_work_duration_minutes\": 240, "
                + "\"contractual_work_duration_minutes\": 480}").fullDay());
    }

    @Test
    void aListOfAbsencesIsFullWhenAnyIs() {
        assertTrue(timeOff("[{\"half_day\": true}, {\"type\": \"sick\"}]", null).fullDay());
        assertNull(timeOff("[]", null));
    }

    private static TimeOff timeOff(String timeOff, String target) {
        String card = "{\"date\": \"2025-11-03\", \"state\": \"trackable\", \"time_off\": " + timeOff
                + (target == null ? "" : ", \"target_hours\": " + target) + "}";
        return TimesheetParser.parse("{\"timecards\": [" + card + "]}").day(LocalDate.of(2025, 11, 3)).timeOff();
    }
}
