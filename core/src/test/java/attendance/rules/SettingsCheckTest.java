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
        assertEquals(List.of("monday:rest_too_short", "sunday:sunday_work"), seen);
        assertEquals(List.of("19:01", "06:00", "PT659M", "PT660M", "DE", "ArbZG § 5"), all.get(0).args());
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
        assertEquals(List.of("project_id:bad_project_id", "monday:break_too_short", "monday:too_long_in_a_row",
                "monday:day_too_long", "friday:break_too_short", "friday:too_long_in_a_row"), seen);
    }

    /** Monday to Saturday, each from 07:00 to {@code end}, with a 45-minute break from 12:00. */
    private static String sixDays(String end) {
        StringBuilder days = new StringBuilder();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")) {
            days.append(days.length() == 0 ? "" : ", ").append('"').append(day).append("\": {\"start\": \"07:00\", ")
                    .append("\"end\": \"").append(end).append("\", \"breaks\": [{\"start\": \"12:00\", ")
                    .append("\"end\": \"12:45\"}]}");
        }
        return "{\"schedule\": {" + days + "}}";
    }

    @Test
    void aWeekOfMoreThan48HoursOfWorkIsRefusedUnderTheAverageOfSection3() {
        // 07:00-15:45 less 45 min is 8 h a day, 48 h in six days: the most § 3's average allows.
        assertTrue(SettingsCheck.check(SettingsCodec.parse(sixDays("15:45"))).isEmpty());
        List<Violation> over = SettingsCheck.check(SettingsCodec.parse(sixDays("15:46")));
        assertEquals(List.of("week:week_too_long"), over.stream().map(v -> v.field() + ":" + v.code().code())
                .toList());
        assertEquals(List.of("PT2886M", "PT2880M", "DE", "ArbZG § 3"), over.get(0).args());
        assertEquals(1, SettingsCheck.refusals(over).size(), "it refuses the settings");
    }

    @Test
    void theIssuesSixtyHourWeekIsRefused() {
        List<Violation> all = SettingsCheck.check(SettingsCodec.parse(sixDays("17:45")));
        assertTrue(all.stream().anyMatch(v -> v.code().code().equals("week_too_long")), all.toString());
    }

    @Test
    void sundayHoursAreAWarningThatRefusesNothingAndNoSundayHoursNoWarning() {
        List<Violation> sunday = SettingsCheck.check(SettingsCodec.parse("""
                {"schedule": {"sunday": {"start": "10:00", "end": "14:00"}}}
                """));
        assertEquals(List.of("sunday:sunday_work"), sunday.stream().map(v -> v.field() + ":" + v.code().code())
                .toList());
        assertTrue(SettingsCheck.refusals(sunday).isEmpty());
        assertTrue(SettingsCheck.check(SettingsCodec.parse("""
                {"schedule": {"saturday": {"start": "10:00", "end": "14:00"}}}
                """)).isEmpty());
    }
}
