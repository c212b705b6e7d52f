package attendance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {
    @Test
    void theDefaultsPass() {
        assertTrue(SettingsCheck.check(SettingsCodec.parse(null)).isEmpty());
    }

    @Test
    void elevenHoursOfRestAreNeededBetweenWorkingDaysAndTheWeekWrapsAround() {
        List<Violation> all = SettingsCheck.check(SettingsCodec.parse("""
                {"schedule": {"monday": {"start": "06:00", "end": "12:00"},
                              "tuesday": {"start": "06:00", "end": "12:00"},
                              "wednesday": {"start": "17:00", "end": "23:00"},
                              "thursday": {"start": "10:00", "end": "16:00"},
                              "sunday": {"start": "14:00", "end": "19:01"}}}
                """));
        List<String> seen = all.stream().map(v -> v.field() + ":" + v.code().code()).toList();
        assertEquals(List.of("monday:rest_under_11h"), seen);
        assertEquals(List.of("19:01", "06:00", "10:59"), all.get(0).args());
    }

    @Test
    void exactlyElevenHoursOfRestAreEnough() {
        assertTrue(SettingsCheck.check(SettingsCodec.parse("""
                {"schedule": {"monday": {"start": "17:00", "end": "23:00"},
                              "tuesday": {"start": "10:00", "end": "16:00"}}}
                """)).isEmpty());
    }

    @Test
    void reportsFieldProblemsAndEachDaysRuleViolations() {
        List<Violation> all = SettingsCheck.check(SettingsCodec.parse("""
                {"schedule": {"monday": {"start": "08:00", "end": "18:30"},
                              "tuesday": {"start": "08:00", "end": "17:00",
                                          "breaks": [{"start": "12:00", "end": "13:00"}]},
                              "friday": {"start": "09:00", "end": "16:00", "breaks": []}},
                 "project_id": "x1"}
                """));
        List<String> seen = all.stream().map(v -> v.field() + ":" + v.code().code()).toList();
        assertEquals(List.of("project_id:bad_project_id", "monday:break_45_after_9h", "monday:over_6h_in_a_row",
                "monday:over_10h_net", "friday:break_30_after_6h", "friday:over_6h_in_a_row"), seen);
    }
}
