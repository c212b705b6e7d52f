package attendance.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePeriodsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 4);

    @Test
    void aDayWithoutBreaksIsOneWorkPeriod() {
        List<PlannedPeriod> periods = SchedulePeriods.of(DAY, new DaySchedule(LocalTime.of(9, 0), LocalTime.of(13, 0),
                List.of()), null, null, null, null);
        assertEquals(List.of(new PlannedPeriod(at(9, 0), at(13, 0), PeriodType.WORK, null, null)), periods);
    }

    @Test
    void twoBreaksMakeThreeWorkPeriods() {
        List<PlannedPeriod> periods = SchedulePeriods.of(DAY, new DaySchedule(LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(12, 30)),
                        new TimeRange(LocalTime.of(10, 0), LocalTime.of(10, 15)))), "7", "c", null, null);
        assertEquals(5, periods.size());
        assertEquals(new PlannedPeriod(at(10, 15), at(12, 0), PeriodType.WORK, "7", "c"), periods.get(2));
    }

    @Test
    void aWorkLimitCutsTheDayAndDropsLaterBreaks() {
        DaySchedule day = new DaySchedule(LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0))));
        assertEquals(List.of(new PlannedPeriod(at(8, 0), at(11, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, day, null, null, 180, null));
        assertEquals(List.of(new PlannedPeriod(at(8, 0), at(12, 0), PeriodType.WORK, null, null),
                new PlannedPeriod(at(12, 0), at(13, 0), PeriodType.BREAK, null, null),
                new PlannedPeriod(at(13, 0), at(14, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, day, null, null, 300, null));
    }

    @Test
    void aLaterStartDropsWhatComesBeforeItAndNeverBeginsWithABreak() {
        DaySchedule day = new DaySchedule(LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0))));
        // 12:30 falls in the lunch break: the day begins with the work after it.
        assertEquals(List.of(new PlannedPeriod(at(13, 0), at(17, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, day, null, null, null, LocalTime.of(12, 30)));
        assertEquals(List.of(new PlannedPeriod(at(14, 0), at(17, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, day, null, null, null, LocalTime.of(14, 0)));
        assertEquals(List.of(new PlannedPeriod(at(10, 0), at(12, 0), PeriodType.WORK, null, null),
                new PlannedPeriod(at(12, 0), at(13, 0), PeriodType.BREAK, null, null),
                new PlannedPeriod(at(13, 0), at(14, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, day, null, null, 180, LocalTime.of(10, 0)));
    }

    @Test
    void sixHoursInARowBeforeAShortBreakGetABreakThatCountsAndNoEmptyPeriod() {
        DaySchedule day = new DaySchedule(LocalTime.of(8, 0), LocalTime.of(14, 5),
                List.of(new TimeRange(LocalTime.of(14, 0), LocalTime.of(14, 5))));
        List<PlannedPeriod> periods = SchedulePeriods.of(DAY, day, null, null, 420, null);
        assertTrue(periods.stream().noneMatch(p -> p.start().equals(p.end())), periods.toString());
        assertEquals(new PlannedPeriod(at(14, 5), at(14, 35), PeriodType.BREAK, null, null), periods.get(2));
        assertEquals(new PlannedPeriod(at(14, 35), at(15, 35), PeriodType.WORK, null, null), periods.get(3));
    }

    @Test
    void aDayThatWouldRunPastMidnightIsNotLaidOut() {
        DaySchedule evening = new DaySchedule(LocalTime.of(18, 0), LocalTime.of(23, 0), List.of());
        assertEquals(List.of(), SchedulePeriods.of(DAY, evening, null, null, 540, null));
        assertEquals(List.of(new PlannedPeriod(at(18, 0), at(23, 0), PeriodType.WORK, null, null)),
                SchedulePeriods.of(DAY, evening, null, null, 300, null), "five hours fit before midnight");
    }

    private static LocalDateTime at(int hour, int minute) {
        return LocalDateTime.of(DAY, LocalTime.of(hour, minute));
    }

    @Test
    void theTargetIsLaidOutWithTheBreaksOfTheChosenCountry() {
        DaySchedule noBreaks = new DaySchedule(LocalTime.of(8, 0), LocalTime.of(17, 0), List.of());
        List<PlannedPeriod> british = SchedulePeriods.of(DAY, noBreaks, null, null, 420, null,
                attendance.rules.WorkRulesTable.of("gb"));
        assertEquals(List.of(new PlannedPeriod(at(8, 0), at(14, 0), PeriodType.WORK, null, null),
                new PlannedPeriod(at(14, 0), at(14, 20), PeriodType.BREAK, null, null),
                new PlannedPeriod(at(14, 20), at(15, 20), PeriodType.WORK, null, null)), british);
        List<PlannedPeriod> german = SchedulePeriods.of(DAY, noBreaks, null, null, 420, null);
        assertEquals(new PlannedPeriod(at(14, 0), at(14, 30), PeriodType.BREAK, null, null), german.get(1));
        List<PlannedPeriod> none = SchedulePeriods.of(DAY, noBreaks, null, null, 420, null,
                attendance.rules.WorkRulesTable.of("none"));
        assertEquals(List.of(new PlannedPeriod(at(8, 0), at(15, 0), PeriodType.WORK, null, null)), none);
    }
}
