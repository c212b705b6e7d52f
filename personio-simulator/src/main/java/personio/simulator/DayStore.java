package personio.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The days that have a day id, by date, and the date of every known day id. */
final class DayStore {

    private final Map<LocalDate, StoredDay> days = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    DayStore(Scenario scenario) {
        reset(scenario);
    }

    synchronized void reset(Scenario scenario) {
        days.clear();
        dates.clear();
        scenario.dayIds().forEach((date, dayId) -> {
            // Seeded days look as if they were saved early that morning.
            Instant savedAt = date.atTime(LocalTime.of(6, 0)).toInstant(ZoneOffset.UTC);
            days.put(date, new StoredDay(dayId, scenario.initialPeriods(date), savedAt, savedAt));
            dates.put(dayId, date);
        });
    }

    synchronized Optional<StoredDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    synchronized Optional<LocalDate> dateOf(String dayId) {
        return Optional.ofNullable(dates.get(dayId));
    }

    /** Replaces the whole day, as Personio's PUT does. Answers whether periods were there before. */
    synchronized boolean replace(LocalDate date, String dayId, List<StoredPeriod> periods, Instant now) {
        StoredDay before = days.get(date);
        Instant createdAt = before == null ? now : before.createdAt();
        days.put(date, new StoredDay(dayId, periods, createdAt, now));
        dates.put(dayId, date);
        return before != null && !before.periods().isEmpty();
    }

    /** Every date with periods, in date order. */
    synchronized SortedMap<LocalDate, List<StoredPeriod>> periodsByDate() {
        SortedMap<LocalDate, List<StoredPeriod>> snapshot = new TreeMap<>();
        days.forEach((date, day) -> {
            if (!day.periods().isEmpty()) {
                snapshot.put(date, day.periods());
            }
        });
        return Collections.unmodifiableSortedMap(snapshot);
    }
}
