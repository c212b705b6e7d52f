package attendance.rules;

import attendance.settings.DaySchedule;
import attendance.settings.ParsedSettings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.time.Times;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything wrong with stored or edited settings: unreadable fields first, then the working-time rules per day,
 * the rest between one working day and the next (ArbZG § 5), reported against the later day, and a warning for
 * Sunday hours (§ 9); last, the week's work against § 3's average (48 h), reported against {@code week}.
 */
public final class SettingsCheck {
    public static final int MIN_REST = 11 * 60;
    /** ArbZG § 3: six working days of 8 h. */
    public static final int MAX_WEEK = 48 * 60;
    /** The field a rule of the whole week is reported against. */
    public static final String WEEK = "week";

    private SettingsCheck() {
    }

    /** Every violation, warnings included; see {@link #refusals} for the ones that refuse the settings. */
    public static List<Violation> check(ParsedSettings parsed) {
        List<Violation> all = new ArrayList<>(parsed.problems());
        long week = 0;
        boolean daysReadable = true;
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule schedule = parsed.settings().day(day);
            if (schedule == null) {
                continue;
            }
            List<Violation> rules = WorkingTimeRules.check(SettingsCodec.key(day), schedule);
            all.addAll(rules);
            daysReadable &= schedule.end().isAfter(schedule.start());
            week += schedule.netWorkMinutes();
            if (day == DayOfWeek.SUNDAY) {
                all.add(new Violation(SettingsCodec.key(day), ViolationCode.SUNDAY_WORK, List.of()));
            }
            DaySchedule before = parsed.settings().day(day.minus(1));
            if (rules.isEmpty() && before != null && before.end().isAfter(before.start())) {
                long rest = 24 * 60 - before.end().toSecondOfDay() / 60 + schedule.start().toSecondOfDay() / 60;
                if (rest < MIN_REST) {
                    all.add(new Violation(SettingsCodec.key(day), ViolationCode.REST_UNDER_11H,
                            List.of(Times.format(before.end()), Times.format(schedule.start()), Times.duration(rest))));
                }
            }
        }
        if (daysReadable && week > MAX_WEEK) {
            all.add(new Violation(WEEK, ViolationCode.OVER_48H_WEEK, List.of(Times.duration(week))));
        }
        return all;
    }

    /** The violations that refuse the settings: all but the warnings. */
    public static List<Violation> refusals(List<Violation> violations) {
        List<Violation> refusals = new ArrayList<>();
        for (Violation v : violations) {
            if (!v.code().warning()) {
                refusals.add(v);
            }
        }
        return refusals;
    }
}
