package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    final Scenario scenario = Scenario.of(OCTOBER, LocalDate.of(2026, 10, 28));

    static LocalDate october(int day) {
        return OCTOBER.atDay(day);
    }

    @Test
    void namesTheWeekdaysByTheirPlaceInTheMonth() {
        assertEquals(october(2), scenario.holiday());
        assertEquals(october(5), scenario.fullDayAbsence());
        assertEquals(october(6), scenario.halfDayAbsence());
        assertEquals(Set.of(october(7), october(12)), scenario.filledDays());
        assertEquals(october(8), scenario.locked());
    }

    @Test
    void everyDateAfterTodayIsFutureAndNonTrackable() {
        assertEquals(Set.of(october(29), october(30), october(31)), scenario.future());
        assertEquals("non_trackable", scenario.state(october(29)));
        assertEquals("non_trackable", scenario.state(LocalDate.of(2027, 1, 4)));
        assertEquals("trackable", scenario.state(october(28)));
        assertEquals("locked", scenario.state(october(8)));
    }

    @Test
    void writableEmptyDaysAreThePastPlainWeekdaysAndTheHalfDayAbsence() {
        Set<LocalDate> expected = new TreeSet<>(List.of(october(1), october(6), october(9)));
        for (int day = 13; day <= 28; day++) {
            if (!Scenario.isWeekend(october(day))) {
                expected.add(october(day));
            }
        }

        assertEquals(expected, scenario.writableEmptyDays());
    }

    @Test
    void plainWeekdaysAlternateBetweenANullDayIdAndAFixedOne() {
        assertTrue(scenario.dayId(october(1)).isEmpty());
        assertTrue(scenario.dayId(october(9)).isPresent());
        assertTrue(scenario.dayId(october(13)).isEmpty());
        assertTrue(scenario.dayId(october(14)).isPresent());
    }

    @Test
    void theAbsenceTheFilledAndTheLockedDaysHaveDayIdsAndTheHolidayAndHalfDayHaveNone() {
        assertTrue(scenario.dayId(scenario.fullDayAbsence()).isPresent());
        assertTrue(scenario.dayId(scenario.locked()).isPresent());
        scenario.filledDays().forEach(date -> assertTrue(scenario.dayId(date).isPresent()));
        assertTrue(scenario.nullDayIdDates().contains(scenario.holiday()));
        assertTrue(scenario.nullDayIdDates().contains(scenario.halfDayAbsence()));
        assertTrue(scenario.nullDayIdDates().contains(october(3)));
    }

    @Test
    void everyDateOfTheMonthHasEitherADayIdOrANullOne() {
        Set<LocalDate> all = new HashSet<>(scenario.nullDayIdDates());
        all.addAll(scenario.dayIds().keySet());

        assertEquals(31, all.size());
        assertTrue(scenario.dayIds().keySet().stream().noneMatch(scenario.nullDayIdDates()::contains));
    }

    @Test
    void isTheSameForTheSameMonthAndToday() {
        assertEquals(scenario, Scenario.of(OCTOBER, LocalDate.of(2026, 10, 28)));
    }

    @Test
    void weekendsAndTheHolidayAreOffDaysAndAbsencesAreNot() {
        assertTrue(scenario.isOffDay(october(3)));
        assertTrue(scenario.isOffDay(october(4)));
        assertTrue(scenario.isOffDay(october(2)));
        assertFalse(scenario.isOffDay(scenario.fullDayAbsence()));
        assertFalse(scenario.isOffDay(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void aTodayEarlyInTheMonthLeavesOnlyTheFirstWeekdayWritable() {
        Scenario early = Scenario.of(OCTOBER, october(2));

        assertEquals(Set.of(october(1)), early.writableEmptyDays());
        assertEquals(29, early.future().size());
        assertEquals(Set.of(october(7), october(12)), early.filledDays());
    }

    @Test
    void aTodayBeforeTheMonthLeavesNothingWritable() {
        Scenario ahead = Scenario.of(OCTOBER, LocalDate.of(2026, 9, 15));

        assertTrue(ahead.writableEmptyDays().isEmpty());
        assertEquals(31, ahead.future().size());
    }

    @Test
    void theFirstFilledDayStartsWithWorkBreakWorkAndTheSecondWithOnePeriod() {
        List<StoredPeriod> first = scenario.initialPeriods(october(7));
        List<StoredPeriod> second = scenario.initialPeriods(october(12));

        assertEquals(List.of("work", "break", "work"), first.stream().map(StoredPeriod::type).toList());
        assertEquals(october(7).atTime(12, 30), first.get(2).start());
        assertEquals(october(7).atTime(17, 30), first.get(2).end());
        assertEquals(240, second.get(0).minutes());
        assertTrue(scenario.initialPeriods(october(1)).isEmpty());
    }
}
