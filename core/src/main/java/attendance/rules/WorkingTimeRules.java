package attendance.rules;

import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.time.Times;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one working day against ArbZG: breaks lie inside the working time and do not overlap; more than 6 h of net
 * work needs 30 min of breaks and more than 9 h needs 45 min, counting only breaks of at least 15 min; no more than
 * 6 h of work in a row; no more than 10 h of net work.
 */
public final class WorkingTimeRules {
    public static final int MIN_COUNTED_BREAK = 15;
    public static final int MAX_IN_A_ROW = 6 * 60;
    public static final int MAX_NET = 10 * 60;

    private WorkingTimeRules() {
    }

    public static List<Violation> check(String field, DaySchedule day) {
        List<Violation> violations = new ArrayList<>();
        if (!day.end().isAfter(day.start())) {
            violations.add(violation(field, ViolationCode.END_NOT_AFTER_START, Times.format(day.start()),
                    Times.format(day.end())));
            return violations;
        }
        checkBreakShapes(field, day, violations);
        if (!violations.isEmpty()) {
            // The durations below mean nothing until the breaks are well placed.
            return violations;
        }
        long net = day.netWorkMinutes();
        long counted = countedBreakMinutes(day.breaks());
        if (net > 9 * 60 && counted < 45) {
            violations.add(violation(field, ViolationCode.BREAK_45_AFTER_9H, Times.duration(net),
                    Long.toString(counted)));
        } else if (net > 6 * 60 && counted < 30) {
            violations.add(violation(field, ViolationCode.BREAK_30_AFTER_6H, Times.duration(net),
                    Long.toString(counted)));
        }
        checkStretches(field, day, violations);
        if (net > MAX_NET) {
            violations.add(violation(field, ViolationCode.OVER_10H_NET, Times.duration(net)));
        }
        return violations;
    }

    private static void checkBreakShapes(String field, DaySchedule day, List<Violation> violations) {
        TimeRange previous = null;
        for (TimeRange b : day.breaks()) {
            if (!b.end().isAfter(b.start())) {
                violations.add(violation(field, ViolationCode.BREAK_END_NOT_AFTER_START, range(b)));
                continue;
            }
            if (b.start().isBefore(day.start()) || b.end().isAfter(day.end())) {
                violations.add(violation(field, ViolationCode.BREAK_OUTSIDE_WORK, range(b),
                        range(new TimeRange(day.start(), day.end()))));
            }
            if (previous != null && b.start().isBefore(previous.end())) {
                violations.add(violation(field, ViolationCode.BREAKS_OVERLAP, range(previous), range(b)));
            }
            previous = b;
        }
    }

    /** Work between breaks that count; a break under 15 minutes does not end a stretch, nor count as work. */
    private static void checkStretches(String field, DaySchedule day, List<Violation> violations) {
        LocalTime stretchStart = day.start();
        long shortBreaks = 0;
        for (TimeRange b : day.breaks()) {
            if (b.minutes() < MIN_COUNTED_BREAK) {
                shortBreaks += b.minutes();
                continue;
            }
            checkStretch(field, stretchStart, b.start(), shortBreaks, violations);
            stretchStart = b.end();
            shortBreaks = 0;
        }
        checkStretch(field, stretchStart, day.end(), shortBreaks, violations);
    }

    private static void checkStretch(String field, LocalTime from, LocalTime to, long shortBreaks,
            List<Violation> violations) {
        long work = Duration.between(from, to).toMinutes() - shortBreaks;
        if (work > MAX_IN_A_ROW) {
            violations.add(violation(field, ViolationCode.OVER_6H_IN_A_ROW, Times.format(from), Times.format(to),
                    Times.duration(work)));
        }
    }

    private static long countedBreakMinutes(List<TimeRange> breaks) {
        long total = 0;
        for (TimeRange b : breaks) {
            if (b.minutes() >= MIN_COUNTED_BREAK) {
                total += b.minutes();
            }
        }
        return total;
    }

    private static String range(TimeRange r) {
        return Times.format(r.start()) + "–" + Times.format(r.end());
    }

    private static Violation violation(String field, ViolationCode code, String... args) {
        return new Violation(field, code, List.of(args));
    }
}
