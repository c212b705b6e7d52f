package attendance.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutopilotTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final Autopilot ON = new Autopilot(true, 1, LocalTime.of(9, 0));

    @Test
    void itRunsOnceADayFromItsTimeAndRightAfterItIsSwitchedOn() {
        assertFalse(ON.due(TODAY, LocalTime.of(8, 59), null, false), "before its time");
        assertTrue(ON.due(TODAY, LocalTime.of(9, 0), null, false), "at its time");
        assertTrue(ON.due(TODAY, LocalTime.of(17, 0), TODAY.minusDays(3), false), "the first time the browser runs");
        assertFalse(ON.due(TODAY, LocalTime.of(17, 0), TODAY, false), "once a day");
        assertTrue(ON.due(TODAY, LocalTime.of(7, 0), TODAY, true), "right after it was switched on");
        assertFalse(Autopilot.OFF.due(TODAY, LocalTime.of(17, 0), null, true), "never while off");
    }

    @Test
    void onlyDaysBeforeTodayAndAtLeastTheDelayOldAreFilled() {
        assertTrue(ON.oldEnough(TODAY.minusDays(1), TODAY));
        assertFalse(ON.oldEnough(TODAY, TODAY), "never today");
        assertFalse(ON.oldEnough(TODAY.plusDays(1), TODAY), "never the future");
        Autopilot threeDays = new Autopilot(true, 3, LocalTime.of(9, 0));
        assertFalse(threeDays.oldEnough(TODAY.minusDays(2), TODAY));
        assertTrue(threeDays.oldEnough(TODAY.minusDays(3), TODAY));
        Autopilot noDelay = new Autopilot(true, 0, LocalTime.of(9, 0));
        assertFalse(noDelay.oldEnough(TODAY, TODAY), "a delay of 0 still never writes today");
    }

    @Test
    void itIsOffByDefaultAndItsSettingsAreReadAndCheckedByTheCodec() {
        assertEquals(Autopilot.OFF, SettingsCodec.parse("{}").settings().autopilot());
        ParsedSettings on = SettingsCodec.parse("{\"autopilot\": true, \"autopilot_delay_days\": 3, "
                + "\"autopilot_time\": \"07:30\"}");
        assertEquals(new Autopilot(true, 3, LocalTime.of(7, 30)), on.settings().autopilot());
        assertEquals(List.of(), on.problems());
        ParsedSettings bad = SettingsCodec.parse("{\"autopilot_delay_days\": 40, \"autopilot_time\": \"25:00\"}");
        assertEquals(List.of(ViolationCode.BAD_AUTOPILOT_DELAY, ViolationCode.BAD_TIME),
                bad.problems().stream().map(Violation::code).toList());
        assertEquals(Autopilot.OFF, bad.settings().autopilot());
    }
}
