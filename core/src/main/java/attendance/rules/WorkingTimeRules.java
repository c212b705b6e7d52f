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
import java.util.Locale;

/**
 * Checks one working day against a country's rules ({@link WorkRules}): breaks lie inside the working time and do not
 * overlap; the breaks that count (each at least the country's shortest part) reach what the day's work needs; no
 * more work in a row than allowed; no longer working day than allowed. Every violation names the country and the
 * rule's source as its last two arguments.
 */
public final class WorkingTimeRules {
    private WorkingTimeRules() {
    }

    /** The day against Germany's rules, the default. */
    public static List<Violation> check(String field, DaySchedule day) {
        return check(field, day, WorkRulesTable.defaults());
    }

    public static List<Violation> check(String field, DaySchedule day, WorkRules rules) {
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
        long counted = countedBreakMinutes(day.breaks(), rules.minBreakPart());
        int required = rules.requiredBreak(net);
        if (counted < required) {
            violations.add(violation(field, ViolationCode.BREAK_TOO_SHORT, Times.duration(net),
                    Long.toString(counted), Integer.toString(required), Integer.toString(rules.minBreakPart()),
                    country(rules), rules.breaksSource()));
        }
        if (rules.maxInARow() != null) {
            checkStretches(field, day, rules, violations);
        }
        if (rules.maxDay() != null && net > rules.maxDay()) {
            violations.add(violation(field, ViolationCode.DAY_TOO_LONG, Times.duration(net),
                    Times.duration(rules.maxDay()), country(rules), rules.daySource()));
        }
        return violations;
    }

    /** The country as the messages name it: its code in capitals. */
    public static String country(WorkRules rules) {
        return rules.code().toUpperCase(Locale.ROOT);
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

    /** Work between breaks that count; a break shorter than the country's part does not end a stretch. */
    private static void checkStretches(String field, DaySchedule day, WorkRules rules, List<Violation> violations) {
        LocalTime stretchStart = day.start();
        long shortBreaks = 0;
        for (TimeRange b : day.breaks()) {
            if (b.minutes() < rules.minBreakPart()) {
                shortBreaks += b.minutes();
                continue;
            }
            checkStretch(field, stretchStart, b.start(), shortBreaks, rules, violations);
            stretchStart = b.end();
            shortBreaks = 0;
        }
        checkStretch(field, stretchStart, day.end(), shortBreaks, rules, violations);
    }

    private static void checkStretch(String field, LocalTime from, LocalTime to, long shortBreaks, WorkRules rules,
            List<Violation> violations) {
        long work = Duration.between(from, to).toMinutes() - shortBreaks;
        if (work > rules.maxInARow()) {
            violations.add(violation(field, ViolationCode.TOO_LONG_IN_A_ROW, Times.format(from), Times.format(to),
                    Times.duration(work), Times.duration(rules.maxInARow()), country(rules), rules.inARowSource()));
        }
    }

    static long countedBreakMinutes(List<TimeRange> breaks, int minPart) {
        long total = 0;
        for (TimeRange b : breaks) {
            if (b.minutes() >= minPart) {
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
