package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayStoreTest {

    final Scenario scenario = Scenario.of(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 28));
    final DayStore store = new DayStore(scenario);
    final LocalDate day = LocalDate.of(2026, 10, 1);
    final List<StoredPeriod> periods = List.of(new StoredPeriod("p", "work", day.atTime(8, 0), day.atTime(12, 0),
            null, null));

    @Test
    void startsWithTheScenariosDayIdsAndFilledDays() {
        assertEquals(scenario.filledDays(), store.periodsByDate().keySet());
        scenario.dayIds().forEach((date, dayId) -> assertEquals(date, store.dateOf(dayId).orElseThrow()));
    }

    @Test
    void aReplaceOfAnEmptyDayDidNotOverwrite() {
        assertFalse(store.replace(day, "d-1", periods, Instant.now()));
        assertEquals(day, store.dateOf("d-1").orElseThrow());
        assertEquals(periods, store.periodsByDate().get(day));
    }

    @Test
    void aReplaceOfADayWithPeriodsOverwroteAndKeepsItsCreationTime() {
        Instant first = Instant.parse("2026-10-01T10:00:00Z");
        store.replace(day, "d-1", periods, first);

        boolean overwrote = store.replace(day, "d-1", periods, Instant.parse("2026-10-01T11:00:00Z"));

        assertTrue(overwrote);
        assertEquals(first, store.day(day).orElseThrow().createdAt());
    }

    @Test
    void resetForgetsWhatWasSaved() {
        store.replace(day, "d-1", periods, Instant.now());

        store.reset(scenario);

        assertTrue(store.day(day).isEmpty());
        assertTrue(store.dateOf("d-1").isEmpty());
    }
}
