package attendance.settings;

import static attendance.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCodecTest {
    @Test
    void noSettingsMeanMondayToFridayEightToFiveWithLunch() {
        ParsedSettings parsed = SettingsCodec.parse(null);
        assertTrue(parsed.problems().isEmpty());
        Settings s = parsed.settings();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            DaySchedule day = s.day(d);
            assertEquals(LocalTime.of(8, 0), day.start());
            assertEquals(LocalTime.of(17, 0), day.end());
            assertEquals(List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0))), day.breaks());
        }
        assertNull(s.day(DayOfWeek.SATURDAY));
        assertNull(s.day(DayOfWeek.SUNDAY));
        assertEquals("Europe/Berlin", s.timezone());
        assertNull(s.projectId());
        assertNull(s.tenant());
        assertNull(s.employeeId());
    }

    @Test
    void writesTheDocumentedShape() {
        assertJsonEquals("""
                {"schedule": {
                   "monday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "tuesday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "wednesday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "thursday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "friday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "saturday": null, "sunday": null},
                 "project_id": null, "comment": null, "timezone": "Europe/Berlin", "tenant": null,
                 "employee_id": null, "always_my_hours": false, "through_today": true,
                  "reminder_badge": true, "autopilot": false, "autopilot_delay_days": 1, "autopilot_time": "09:00",
                  "work_rules": "de"}
                """, SettingsCodec.write(Settings.defaults()).toString());
    }

    @Test
    void readsWhatItWrites() {
        String json = """
                {"schedule": {"monday": {"start": "07:30", "end": "16:00",
                   "breaks": [{"start": "12:00", "end": "12:30"}, {"start": "09:30", "end": "09:45"}]},
                   "saturday": {"start": "10:00", "end": "12:00", "breaks": []}},
                 "project_id": "1001", "comment": "Support", "timezone": "Europe/Vienna",
                 "tenant": "https://ACME.app.personio.com/attendance", "employee_id": "13011272"}
                """;
        ParsedSettings parsed = SettingsCodec.parse(json);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        Settings s = parsed.settings();
        assertEquals(LocalTime.of(9, 30), s.day(DayOfWeek.MONDAY).breaks().get(0).start(), "breaks are sorted");
        assertNull(s.day(DayOfWeek.TUESDAY), "a weekday left out is not a working day");
        assertEquals("acme", s.tenant());
        assertEquals(13011272L, s.employeeId());
        assertEquals(s, SettingsCodec.parse(SettingsCodec.write(s)).settings());
    }

    @Test
    void eachBadFieldIsReportedAgainstItsFieldAndFallsBack() {
        ParsedSettings parsed = SettingsCodec.parse("""
                {"schedule": {"monday": {"start": "8", "end": "17:00"}},
                 "project_id": "abc", "timezone": "Berlin time!", "tenant": "acme corp", "employee_id": -4}
                """);
        List<String> seen = parsed.problems().stream().map(v -> v.field() + ":" + v.code().code()).toList();
        assertEquals(List.of("monday:bad_time", "project_id:bad_project_id", "timezone:bad_timezone",
                "tenant:bad_tenant", "employee_id:bad_employee_id"), seen);
        assertEquals("Europe/Berlin", parsed.settings().timezone());
        assertNull(parsed.settings().day(DayOfWeek.MONDAY));
    }

    @Test
    void unreadableSettingsSayHowToRecover() {
        ParsedSettings parsed = SettingsCodec.parse("{oops");
        assertEquals(1, parsed.problems().size());
        Violation v = parsed.problems().get(0);
        assertEquals(ViolationCode.SETTINGS_UNREADABLE, v.code());
        assertEquals(List.of("settings"), v.args());
    }

    @Test
    void anEmptyTimeIsMissingRatherThanMalformed() {
        ParsedSettings parsed = SettingsCodec.parse(
                "{\"schedule\": {\"monday\": {\"start\": \"\", \"end\": \"17:00\"}}}");
        assertEquals(ViolationCode.MISSING_TIME, parsed.problems().get(0).code());
        assertEquals("monday", parsed.problems().get(0).field());
    }

    @Test
    void aTooLongCommentIsRefused() {
        ParsedSettings parsed = SettingsCodec.parse("{\"comment\": \"" + "x".repeat(501) + "\"}");
        assertEquals(ViolationCode.COMMENT_TOO_LONG, parsed.problems().get(0).code());
    }
}
