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
     * @param workLimit at most this many minutes of work; null for no limit
     * @param notBefore nothing before this time of day; null to start with the schedule
     */
    public static List<PlannedPeriod> of(LocalDate date, DaySchedule day, String projectId, String comment,
            Integer workLimit, LocalTime notBefore) {
        LocalDateTime floor = notBefore == null ? null : LocalDateTime.of(date, notBefore);
        long workLeft = workLimit == null ? Long.MAX_VALUE : workLimit;
        List<PlannedPeriod> periods = new ArrayList<>();
        for (PlannedPeriod p : full(date, day, projectId, comment)) {
            LocalDateTime start = p.start();
            if (floor != null) {
                if (!p.end().isAfter(floor)) {
                    continue;
                }
                start = start.isBefore(floor) ? floor : start;
            }
            if (p.type() == PeriodType.BREAK) {
                // A day neither begins nor ends with a break.
                if (!periods.isEmpty()) {
                    periods.add(new PlannedPeriod(start, p.end(), p.type(), null, null));
                }
                continue;
            }
            if (workLeft <= 0) {
                break;
            }
            long used = Math.min(Duration.between(start, p.end()).toMinutes(), workLeft);
            periods.add(new PlannedPeriod(start, start.plusMinutes(used), PeriodType.WORK, projectId, comment));
            workLeft -= used;
        }
        while (!periods.isEmpty() && periods.get(periods.size() - 1).type() == PeriodType.BREAK) {
            periods.remove(periods.size() - 1);
        }
        return periods;
    }

    /** The whole scheduled day: work split by the breaks, with the breaks between. */
    private static List<PlannedPeriod> full(LocalDate date, DaySchedule day, String projectId, String comment) {
        List<PlannedPeriod> periods = new ArrayList<>();
        LocalTime cursor = day.start();
        for (TimeRange b : day.breaks()) {
            if (b.start().isAfter(cursor)) {
                periods.add(new PlannedPeriod(at(date, cursor), at(date, b.start()), PeriodType.WORK, projectId,
                        comment));
            }
            periods.add(new PlannedPeriod(at(date, b.start()), at(date, b.end()), PeriodType.BREAK, null, null));
            cursor = b.end();
        }
        if (day.end().isAfter(cursor)) {
            periods.add(new PlannedPeriod(at(date, cursor), at(date, day.end()), PeriodType.WORK, projectId, comment));
        }
        return periods;
    }

    private static LocalDateTime at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time);
    }
}
