package attendance.planning;

import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.timesheet.PeriodType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Turns a working day of the schedule into Personio periods: work split by breaks, with the breaks between. */
public final class SchedulePeriods {
    private SchedulePeriods() {
    }

    /**
     * The periods of a day.
     *
     * @param workLimit at most this many minutes of work, counted from the start of the day; null for no limit
     */
    public static List<PlannedPeriod> of(LocalDate date, DaySchedule day, String projectId, String comment,
            Integer workLimit) {
        List<PlannedPeriod> periods = new ArrayList<>();
        long workLeft = workLimit == null ? Long.MAX_VALUE : workLimit;
        LocalTime cursor = day.start();
        for (TimeRange b : day.breaks()) {
            workLeft = addWork(periods, date, cursor, b.start(), workLeft, projectId, comment);
            if (workLeft <= 0) {
                return periods;
            }
            periods.add(new PlannedPeriod(at(date, b.start()), at(date, b.end()), PeriodType.BREAK, null, null));
            cursor = b.end();
        }
        addWork(periods, date, cursor, day.end(), workLeft, projectId, comment);
        return periods;
    }

    private static long addWork(List<PlannedPeriod> periods, LocalDate date, LocalTime from, LocalTime to,
            long workLeft, String projectId, String comment) {
        long minutes = Duration.between(from, to).toMinutes();
        if (minutes <= 0) {
            return workLeft;
        }
        long used = Math.min(minutes, workLeft);
        periods.add(new PlannedPeriod(at(date, from), at(date, from.plusMinutes(used)), PeriodType.WORK, projectId,
                comment));
        return workLeft - used;
    }

    private static LocalDateTime at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time);
    }
}
