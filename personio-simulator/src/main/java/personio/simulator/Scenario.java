package personio.simulator;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The month the simulator plays, and which of its dates are which. Deterministic for a month and a today.
 *
 * <p>With the weekdays (Monday to Friday) of the month numbered w1, w2, ...: w2 is a public holiday, w3 a full-day
 * absence, w4 a half-day absence, w5 and w8 are already filled, w6 is locked. Every date after today is
 * {@code non_trackable}.
 *
 * @param filledDays dates that start with periods (w5, w8)
 * @param future dates of the month after today
 * @param nullDayIdDates dates of the month whose timecard starts with {@code day_id: null}
 * @param writableEmptyDays the dates a correct client fills: trackable, not off, no full-day absence, no periods
 * @param dayIds the day id each date of the month starts with; dates with a null day id are absent
 */
public record Scenario(YearMonth month, LocalDate today, LocalDate holiday, LocalDate fullDayAbsence,
        LocalDate halfDayAbsence, Set<LocalDate> filledDays, LocalDate locked, Set<LocalDate> future,
        Set<LocalDate> nullDayIdDates, Set<LocalDate> writableEmptyDays, Map<LocalDate, String> dayIds) {

    public static final String TRACKABLE = "trackable";
    public static final String NON_TRACKABLE = "non_trackable";
    public static final String LOCKED = "locked";

    /** How much of a date an absence takes. */
    enum Absence { NONE, FULL_DAY, HALF_DAY }

    public Scenario {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(today, "today");
        filledDays = Collections.unmodifiableSortedSet(new TreeSet<>(filledDays));
        future = Collections.unmodifiableSortedSet(new TreeSet<>(future));
        nullDayIdDates = Collections.unmodifiableSortedSet(new TreeSet<>(nullDayIdDates));
        writableEmptyDays = Collections.unmodifiableSortedSet(new TreeSet<>(writableEmptyDays));
        dayIds = Collections.unmodifiableSortedMap(new TreeMap<>(dayIds));
    }

    /** The scenario of {@code month} as seen on {@code today}. */
    public static Scenario of(YearMonth month, LocalDate today) {
        List<LocalDate> weekdays = weekdays(month);
        LocalDate holiday = weekdays.get(1);
        LocalDate fullDayAbsence = weekdays.get(2);
        LocalDate halfDayAbsence = weekdays.get(3);
        Set<LocalDate> filled = Set.of(weekdays.get(4), weekdays.get(7));
        LocalDate locked = weekdays.get(5);
        Map<LocalDate, String> dayIds = new TreeMap<>();
        dayIds.put(fullDayAbsence, fixedId("day", fullDayAbsence));
        dayIds.put(locked, fixedId("day", locked));
        filled.forEach(date -> dayIds.put(date, fixedId("day", date)));
        Set<LocalDate> writable = new TreeSet<>();
        if (!halfDayAbsence.isAfter(today)) {
            writable.add(halfDayAbsence);
        }
        int plain = 0;
        for (LocalDate date : weekdays) {
            if (date.equals(holiday) || date.equals(fullDayAbsence) || date.equals(halfDayAbsence)
                    || date.equals(locked) || filled.contains(date)) {
                continue;
            }
            // Alternate, so that clients meet both a null day_id and a known one on empty days.
            if (plain++ % 2 == 1) {
                dayIds.put(date, fixedId("day", date));
            }
            if (!date.isAfter(today)) {
                writable.add(date);
            }
        }
        Set<LocalDate> future = new TreeSet<>();
        Set<LocalDate> nullDayIds = new TreeSet<>();
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            if (date.isAfter(today)) {
                future.add(date);
            }
            if (!dayIds.containsKey(date)) {
                nullDayIds.add(date);
            }
        }
        return new Scenario(month, today, holiday, fullDayAbsence, halfDayAbsence, filled, locked, future, nullDayIds,
                writable, dayIds);
    }

    /** The day id {@code date} starts with; empty for {@code day_id: null} and for dates outside the month. */
    public Optional<String> dayId(LocalDate date) {
        return Optional.ofNullable(dayIds.get(date));
    }

    /** A weekend day or the holiday. */
    public boolean isOffDay(LocalDate date) {
        return isWeekend(date) || date.equals(holiday);
    }

    /** {@code non_trackable} after today, else {@code locked} for the locked day, else {@code trackable}. */
    public String state(LocalDate date) {
        if (date.isAfter(today)) {
            return NON_TRACKABLE;
        }
        return date.equals(locked) ? LOCKED : TRACKABLE;
    }

    Absence absence(LocalDate date) {
        if (date.equals(fullDayAbsence)) {
            return Absence.FULL_DAY;
        }
        return date.equals(halfDayAbsence) ? Absence.HALF_DAY : Absence.NONE;
    }

    /** The periods a filled day starts with; empty for every other date. */
    List<StoredPeriod> initialPeriods(LocalDate date) {
        List<LocalDate> filled = new ArrayList<>(filledDays);
        if (filled.isEmpty() || !filledDays.contains(date)) {
            return List.of();
        }
        if (date.equals(filled.get(0))) {
            return List.of(period(date, 0, StoredPeriod.WORK, "09:00", "12:00"),
                    period(date, 1, StoredPeriod.BREAK, "12:00", "12:30"),
                    period(date, 2, StoredPeriod.WORK, "12:30", "17:30"));
        }
        return List.of(period(date, 0, StoredPeriod.WORK, "10:00", "14:00"));
    }

    static String fixedId(String kind, LocalDate date) {
        return UUID.nameUUIDFromBytes(("personio-simulator/" + kind + "/" + date).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static StoredPeriod period(LocalDate date, int index, String type, String start, String end) {
        return new StoredPeriod(fixedId("period-" + index, date), type, date.atTime(LocalTime.parse(start)),
                date.atTime(LocalTime.parse(end)), null, null);
    }

    private static List<LocalDate> weekdays(YearMonth month) {
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            if (!isWeekend(date)) {
                weekdays.add(date);
            }
        }
        return weekdays;
    }
}
