package attendance.planning;

import attendance.rules.WorkRules;
import attendance.rules.WorkRulesTable;
import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.timesheet.PeriodType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a day's work out on the schedule of its weekday: from the start, work up to each of the schedule's breaks
 * that still falls inside the day, and the end wherever the work is done (earlier or later than the schedule's).
 * The result keeps the chosen country's break rules ({@link WorkRules}): no more work in a row than allowed (a break
 * is placed after at most that long), and the breaks the day's work needs (the last break is lengthened), counting
 * only breaks of the country's shortest part or more; in Germany (ArbZG § 4) 6 h in a row, 30 min over 6 h and 45 min
 * over 9 h, counting breaks of 15 min.
 */
public final class SchedulePeriods {
    private SchedulePeriods() {
    }

    /**
     * The periods of a day.
     *
     * @param work  minutes of work to lay out; null for the schedule's own, up to its end
     * @param start when the day begins; null, or a time before the schedule's start, for the schedule's start
     */
    public static List<PlannedPeriod> of(LocalDate date, DaySchedule day, String projectId, String comment,
            Integer work, LocalTime start) {
        return of(date, day, projectId, comment, work, start, WorkRulesTable.defaults());
    }

    /** The periods of a day, laid out to keep these rules. */
    public static List<PlannedPeriod> of(LocalDate date, DaySchedule day, String projectId, String comment,
            Integer work, LocalTime start, WorkRules rules) {
        LocalTime from = start == null || start.isBefore(day.start()) ? day.start() : start;
        long total = work == null ? scheduledWork(day, from) : work;
        Layout layout = new Layout(projectId, comment, LocalDateTime.of(date, from), total, rules);
        for (TimeRange b : day.breaks()) {
            if (layout.workLeft <= 0) {
                break;
            }
            layout.upTo(LocalDateTime.of(date, b.start()), LocalDateTime.of(date, b.end()));
        }
        layout.rest();
        layout.enoughBreak();
        // A day that would run past midnight is not one Personio takes as that date's: nothing is laid out.
        List<PlannedPeriod> periods = layout.periods;
        if (!periods.isEmpty() && periods.get(periods.size() - 1).end().isAfter(date.plusDays(1).atStartOfDay())) {
            return List.of();
        }
        return periods;
    }

    /** The schedule's work from a time of day to its end. */
    static long scheduledWork(DaySchedule day, LocalTime from) {
        if (!day.end().isAfter(from)) {
            return 0;
        }
        long minutes = Duration.between(from, day.end()).toMinutes();
        for (TimeRange b : day.breaks()) {
            LocalTime s = b.start().isBefore(from) ? from : b.start();
            LocalTime e = b.end().isAfter(day.end()) ? day.end() : b.end();
            if (e.isAfter(s)) {
                minutes -= Duration.between(s, e).toMinutes();
            }
        }
        return Math.max(0, minutes);
    }

    /** The day as it is laid out, period by period. */
    private static final class Layout {
        private final String projectId;
        private final String comment;
        private final int required;
        private final long inARowLimit;
        private final int minPart;
        private final List<PlannedPeriod> periods = new ArrayList<>();
        private LocalDateTime cursor;
        private long workLeft;
        private long inARow;

        Layout(String projectId, String comment, LocalDateTime start, long work, WorkRules rules) {
            this.projectId = projectId;
            this.comment = comment;
            this.cursor = start;
            this.workLeft = work;
            this.required = rules.requiredBreak(work);
            this.inARowLimit = rules.layoutInARow() == null ? Long.MAX_VALUE : rules.layoutInARow();
            this.minPart = Math.max(1, rules.minBreakPart());
        }

        /** Work up to a scheduled break, then the break, when work is left after it. */
        void upTo(LocalDateTime breakStart, LocalDateTime breakEnd) {
            if (!breakStart.isAfter(cursor)) {
                // A day never begins with a break: one it starts in is skipped, and the work begins after it.
                if (periods.isEmpty() && breakEnd.isAfter(cursor)) {
                    cursor = breakEnd;
                }
                return;
            }
            work(Math.min(Duration.between(cursor, breakStart).toMinutes(), workLeft));
            if (workLeft > 0) {
                pause(breakEnd);
            }
        }

        /** The work that is left, after the last scheduled break. */
        void rest() {
            work(workLeft);
        }

        /** Work, broken by a break of its own after 6 h in a row. */
        private void work(long minutes) {
            long left = minutes;
            while (left > 0) {
                long stretch = Math.min(left, inARowLimit - inARow);
                if (stretch <= 0) {
                    // Six hours in a row already (a short break does not end them): a break that counts comes first.
                    pause(cursor.plusMinutes(Math.max(minPart, required - countedBreak())));
                    continue;
                }
                LocalDateTime end = cursor.plusMinutes(stretch);
                periods.add(new PlannedPeriod(cursor, end, PeriodType.WORK, projectId, comment));
                cursor = end;
                inARow += stretch;
                left -= stretch;
                workLeft -= stretch;
                if (left > 0) {
                    pause(cursor.plusMinutes(Math.max(minPart, required - countedBreak())));
                }
            }
        }

        private void pause(LocalDateTime end) {
            periods.add(new PlannedPeriod(cursor, end, PeriodType.BREAK, null, null));
            if (Duration.between(cursor, end).toMinutes() >= minPart) {
                inARow = 0;
            }
            cursor = end;
        }

        private long countedBreak() {
            long counted = 0;
            for (PlannedPeriod p : periods) {
                long minutes = Duration.between(p.start(), p.end()).toMinutes();
                if (p.type() == PeriodType.BREAK && minutes >= minPart) {
                    counted += minutes;
                }
            }
            return counted;
        }

        /** Lengthens the last break until the breaks that count reach what the day's work needs. */
        void enoughBreak() {
            long missing = required - countedBreak();
            int last = -1;
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).type() == PeriodType.BREAK) {
                    last = i;
                }
            }
            if (missing <= 0 || last < 0) {
                return;
            }
            PlannedPeriod b = periods.get(last);
            long length = Duration.between(b.start(), b.end()).toMinutes();
            long longer = length >= minPart ? length + missing : Math.max(minPart, missing);
            long shift = longer - length;
            periods.set(last, new PlannedPeriod(b.start(), b.end().plusMinutes(shift), b.type(), null, null));
            for (int i = last + 1; i < periods.size(); i++) {
                PlannedPeriod p = periods.get(i);
                periods.set(i, new PlannedPeriod(p.start().plusMinutes(shift), p.end().plusMinutes(shift), p.type(),
                        p.projectId(), p.comment()));
            }
        }
    }
}
