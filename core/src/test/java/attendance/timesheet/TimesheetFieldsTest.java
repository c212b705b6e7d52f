package attendance.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimesheetFieldsTest {
    @Test
    void theSeedsFieldsAreAllKnown() {
        assertEquals(List.of(), TimesheetFields.unknown("""
                {"timecards": [{"day_id": null, "date": "2025-11-04", "state": "trackable", "is_off_day": false,
                  "assigned_working_schedule_id": "1", "break_duration_minutes": 0,
                  "legacy_break_duration_minutes": 0, "overtime": null, "approval": null, "alerts": [],
                  "metadata": null, "can_create_time_off_in_lieu": true,
                  "periods": [{"id": "p", "start": "2025-11-04T08:00:00", "end": "2025-11-04T12:00:00",
                    "project_id": null, "comment": null, "type": "work", "origin": "web",
                    "is_auto_generated": false, "geolocation": null}],
                  "target_hours": {"effective_work_duration_minutes": 480, "effective_break_duration_minutes": 60,
                    "contractual_work_duration_minutes": 480, "contractual_break_duration_minutes": 60,
                    "start_time": "08:00", "end_time": "17:00"},
                  "time_off": {"aggregated_duration_minutes": 240, "items": [{"id": "t", "type": "vacation",
                    "name": "Urlaub", "duration_minutes": 240, "status": "approved"}]}}],
                 "widgets": {"anything": 1}, "supervisor_person_id": "", "owner_has_propose_rights": true}
                """));
    }

    @Test
    void newFieldsAreListedOnceEachWithoutIndicesAndSorted() {
        assertEquals(List.of("timecards[].periods[].source", "timecards[].target_hours.flex",
                "timecards[].time_off.items[].half", "timecards[].zone", "version"), TimesheetFields.unknown("""
                {"version": 2, "timecards": [
                  {"date": "2025-11-04", "zone": "x", "periods": [{"id": "a", "source": "app"}],
                   "target_hours": {"flex": true}, "time_off": {"items": [{"half": true}]}},
                  {"date": "2025-11-05", "zone": "y", "periods": [{"id": "b", "source": "web"}]}]}
                """));
    }

    @Test
    void anAnswerThatCannotBeReadHasNoNewFields() {
        assertEquals(List.of(), TimesheetFields.unknown("<html>"));
        assertEquals(List.of(), TimesheetFields.unknown("{\"timecards\": 5}"));
    }
}
