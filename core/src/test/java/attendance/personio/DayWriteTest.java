package attendance.personio;

import static attendance.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import attendance.planning.PlannedPeriod;
import attendance.timesheet.PeriodType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayWriteTest {
    private static final List<PlannedPeriod> DAY = List.of(
            new PlannedPeriod(LocalDateTime.of(2025, 11, 4, 8, 0), LocalDateTime.of(2025, 11, 4, 12, 0),
                    PeriodType.WORK, "1001", "Support"),
            new PlannedPeriod(LocalDateTime.of(2025, 11, 4, 12, 0), LocalDateTime.of(2025, 11, 4, 13, 0),
                    PeriodType.BREAK, null, null));
    private static final List<String> IDS = List.of("p-1", "p-2");

    @Test
    void theValidateBodyUsesSpacedTimesAndAttendancePeriodIds() {
        assertJsonEquals("""
                {"attendance_day_id": "day-1", "employee_id": 13011272, "periods": [
                  {"attendance_period_id": "p-1", "start": "2025-11-04 08:00:00", "end": "2025-11-04 12:00:00",
                   "period_type": "work", "comment": "Support", "project_id": "1001"},
                  {"attendance_period_id": "p-2", "start": "2025-11-04 12:00:00", "end": "2025-11-04 13:00:00",
                   "period_type": "break", "comment": null, "project_id": null}]}
                """, DayWrite.validateBody(13011272L, "day-1", DAY, IDS, true));
    }

    @Test
    void theSaveBodyUsesTTimesIdsAndKeepsItsNullFields() {
        assertJsonEquals("""
                {"employee_id": 13011272, "periods": [
                  {"id": "p-1", "start": "2025-11-04T08:00:00", "end": "2025-11-04T12:00:00", "period_type": "work",
                   "comment": "Support", "project_id": "1001", "auto_generated": false},
                  {"id": "p-2", "start": "2025-11-04T12:00:00", "end": "2025-11-04T13:00:00", "period_type": "break",
                   "comment": null, "project_id": null, "auto_generated": false}],
                 "original_periods": null, "geolocation": null, "is_from_clock_out": false}
                """, DayWrite.saveBody(13011272L, DAY, IDS, true));
    }

    @Test
    void everyPeriodNeedsAnId() {
        assertThrows(IllegalArgumentException.class, () -> DayWrite.saveBody(1L, DAY, List.of("p-1"), false));
        assertThrows(IllegalArgumentException.class, () -> DayWrite.validateBody(1L, "d", List.of(), List.of(), false));
    }

    @Test
    void aProjectIdIsSentAsANumberUnlessTheTimesheetShowsItAsText() {
        assertJsonEquals("""
                {"employee_id": 13011272, "periods": [
                  {"id": "p-1", "start": "2025-11-04T08:00:00", "end": "2025-11-04T12:00:00", "period_type": "work",
                   "comment": "Support", "project_id": 1001, "auto_generated": false},
                  {"id": "p-2", "start": "2025-11-04T12:00:00", "end": "2025-11-04T13:00:00", "period_type": "break",
                   "comment": null, "project_id": null, "auto_generated": false}],
                 "original_periods": null, "geolocation": null, "is_from_clock_out": false}
                """, DayWrite.saveBody(13011272L, DAY, IDS, false));
    }
}
