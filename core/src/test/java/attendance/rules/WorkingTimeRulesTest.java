package attendance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.time.Times;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingTimeRulesTest {

    @Test
    void theDefaultDayIsLawful() {
        assertEquals(List.of(), codes("08:00", "17:00", "12:00-13:00"));
    }

    @Test
    void sixHoursWithoutABreakIsAllowedButSixHoursAndOneMinuteIsNot() {
        assertEquals(List.of(), codes("08:00", "14:00"));
        assertEquals(List.of(ViolationCode.BREAK_TOO_SHORT, ViolationCode.TOO_LONG_IN_A_ROW),
                codes("08:00", "14:01"));
    }

    @Test
    void nineHoursNeedThirtyMinutesButNineHoursAndOneMinuteNeedFortyFive() {
        assertEquals(List.of(), codes("08:00", "17:30", "12:00-12:30"));
        assertEquals(List.of(ViolationCode.BREAK_TOO_SHORT), codes("08:00", "17:31", "12:00-12:30"));
        assertEquals(List.of(), codes("08:00", "17:46", "12:00-12:45"));
    }

    @Test
    void aBreakOfFourteenMinutesDoesNotCountButFifteenDoes() {
        // 6:30 of work either way; only the break blocks of 15 minutes or more make up the 30 minutes.
        assertEquals(List.of(), codes("08:00", "15:00", "10:00-10:15", "12:00-12:15"));
        assertEquals(List.of(ViolationCode.BREAK_TOO_SHORT), codes("08:00", "15:00", "10:00-10:14", "12:00-12:16"));
    }

    @Test
    void aShortBreakDoesNotEndAStretchOfWork() {
        // 08:00-14:20 with a 10 minute pause at 11:00 is 6:10 of work in a row.
        assertEquals(List.of(ViolationCode.BREAK_TOO_SHORT, ViolationCode.TOO_LONG_IN_A_ROW),
                codes("08:00", "14:20", "11:00-11:10"));
    }

    @Test
    void moreThanSixHoursInARowIsRefusedEvenWithEnoughBreakMinutes() {
        assertEquals(List.of(ViolationCode.TOO_LONG_IN_A_ROW), codes("07:00", "16:00", "07:30-08:15"));
    }

    @Test
    void tenHoursNetAreAllowedButTenHoursAndOneMinuteAreNot() {
        assertEquals(List.of(), codes("07:00", "17:45", "12:00-12:45"));
        assertEquals(List.of(ViolationCode.DAY_TOO_LONG), codes("07:00", "17:46", "12:00-12:45"));
    }

    @Test
    void eightToSixThirtyWithoutABreakBreaksThreeRulesAndNamesThem() {
        List<Violation> violations = WorkingTimeRules.check("monday", day("08:00", "18:30"));
        List<ViolationCode> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.code()));
        assertEquals(List.of(ViolationCode.BREAK_TOO_SHORT, ViolationCode.TOO_LONG_IN_A_ROW,
                ViolationCode.DAY_TOO_LONG), found);
        assertEquals(List.of("PT630M", "PT600M", "DE", "ArbZG § 3"), violations.get(2).args());
        assertEquals(List.of("PT630M", "0", "45", "15", "DE", "ArbZG § 4"), violations.get(0).args());
        assertEquals("monday", violations.get(0).field());
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertEquals(List.of(ViolationCode.END_NOT_AFTER_START), codes("17:00", "08:00"));
        assertEquals(List.of(ViolationCode.END_NOT_AFTER_START), codes("08:00", "08:00"));
    }

    @Test
    void breaksLieInsideTheWorkingTimeAndDoNotOverlap() {
        assertEquals(List.of(ViolationCode.BREAK_OUTSIDE_WORK), codes("08:00", "16:00", "07:30-08:30"));
        assertEquals(List.of(ViolationCode.BREAK_OUTSIDE_WORK), codes("08:00", "16:00", "15:45-16:15"));
        assertEquals(List.of(ViolationCode.BREAKS_OVERLAP), codes("08:00", "16:00", "12:00-12:30", "12:15-12:45"));
        assertEquals(List.of(ViolationCode.BREAK_END_NOT_AFTER_START), codes("08:00", "16:00", "12:30-12:00"));
    }

    @Test
    void aBreakOutsideWorkIsNamedWithBothRanges() {
        Violation v = WorkingTimeRules.check("friday", day("08:00", "16:00", "07:30-08:30")).get(0);
        assertEquals(ViolationCode.BREAK_OUTSIDE_WORK, v.code());
        assertEquals(List.of("07:30–08:30", "08:00–16:00"), v.args());
    }

    private static List<ViolationCode> codes(String start, String end, String... breaks) {
        List<ViolationCode> codes = new ArrayList<>();
        for (Violation v : WorkingTimeRules.check("monday", day(start, end, breaks))) {
            codes.add(v.code());
        }
        return codes;
    }

    static DaySchedule day(String start, String end, String... breaks) {
        List<TimeRange> list = new ArrayList<>();
        for (String b : breaks) {
            list.add(new TimeRange(Times.time(b.substring(0, 5)), Times.time(b.substring(6))));
        }
        return new DaySchedule(Times.time(start), Times.time(end), list);
    }
}
