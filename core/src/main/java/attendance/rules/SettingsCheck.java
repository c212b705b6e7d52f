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
 * then the rest between one working day and the next (ArbZG § 5), reported against the later day.
 */
public final class SettingsCheck {
    public static final int MIN_REST = 11 * 60;

    private SettingsCheck() {
    }

    public static List<Violation> check(ParsedSettings parsed) {
        List<Violation> all = new ArrayList<>(parsed.problems());
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule schedule = parsed.settings().day(day);
            if (schedule == null) {
                continue;
            }
            List<Violation> rules = WorkingTimeRules.check(SettingsCodec.key(day), schedule);
            all.addAll(rules);
            DaySchedule before = parsed.settings().day(day.minus(1));
            if (rules.isEmpty() && before != null && before.end().isAfter(before.start())) {
                long rest = 24 * 60 - before.end().toSecondOfDay() / 60 + schedule.start().toSecondOfDay() / 60;
                if (rest < MIN_REST) {
                    all.add(new Violation(SettingsCodec.key(day), ViolationCode.REST_UNDER_11H,
                            List.of(Times.format(before.end()), Times.format(schedule.start()), Times.duration(rest))));
                }
            }
        }
        return all;
    }
}
