package attendance.rules;

import attendance.settings.DaySchedule;
import attendance.settings.ParsedSettings;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.time.Times;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything wrong with stored or edited settings: unreadable fields first, then the chosen country's working-time
 * rules per day ({@link WorkingTimeRules}), the rest between one working day and the next, reported against the later
 * day, and a warning for Sunday hours where the country restricts them; last, the week's work against the country's
 * weekly limit, reported against {@code week}.
 */
public final class SettingsCheck {
    /** The field a rule of the whole week is reported against. */
    public static final String WEEK = "week";

    private SettingsCheck() {
    }

    /**
     * Each weekday's minutes of work, breaks left out, in week order; null for a day off. Their sum is the week's
     * work the weekly limit is checked against.
     */
    public static Map<DayOfWeek, Long> workMinutes(Settings settings) {
        Map<DayOfWeek, Long> minutes = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule schedule = settings.day(day);
            minutes.put(day, schedule == null ? null : Math.max(0, schedule.netWorkMinutes()));
        }
        return minutes;
    }

    /** Every violation, warnings included; see {@link #refusals} for the ones that refuse the settings. */
    public static List<Violation> check(ParsedSettings parsed) {
        List<Violation> all = new ArrayList<>(parsed.problems());
        WorkRules rules = rulesOf(parsed.settings());
        String country = WorkingTimeRules.country(rules);
        long week = 0;
        boolean daysReadable = true;
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule schedule = parsed.settings().day(day);
            if (schedule == null) {
                continue;
            }
            List<Violation> found = WorkingTimeRules.check(SettingsCodec.key(day), schedule, rules);
            all.addAll(found);
            daysReadable &= schedule.end().isAfter(schedule.start());
            week += schedule.netWorkMinutes();
            if (day == DayOfWeek.SUNDAY && rules.sundayWarning()) {
                all.add(new Violation(SettingsCodec.key(day), ViolationCode.SUNDAY_WORK,
                        List.of(country, rules.sundaySource())));
            }
            DaySchedule before = parsed.settings().day(day.minus(1));
            if (found.isEmpty() && before != null && before.end().isAfter(before.start())) {
                Violation rest = rest(SettingsCodec.key(day), before.end(), schedule.start(), rules);
                if (rest != null) {
                    all.add(rest);
                }
            }
        }
        if (daysReadable && rules.maxWeek() != null && week > rules.maxWeek()) {
            all.add(new Violation(WEEK, rules.weekWarning() ? ViolationCode.WEEK_ABOVE_LIMIT
                    : ViolationCode.WEEK_TOO_LONG, List.of(Times.duration(week), Times.duration(rules.maxWeek()),
                    country, rules.weekSource())));
        }
        return all;
    }

    /** The rules of the settings' country; Germany's for a code the table does not know. */
    public static WorkRules rulesOf(Settings settings) {
        WorkRules rules = WorkRulesTable.of(settings.workRules());
        return rules == null ? WorkRulesTable.defaults() : rules;
    }

    /**
     * Too little rest between a day that ends at {@code end} and the next that starts at {@code start}, against the
     * later day; null when the rest is enough.
     */
    public static Violation rest(String field, LocalTime end, LocalTime start, WorkRules rules) {
        long rest = 24 * 60 - end.toSecondOfDay() / 60 + start.toSecondOfDay() / 60;
        if (rest >= rules.minRest()) {
            return null;
        }
        return new Violation(field, ViolationCode.REST_TOO_SHORT, List.of(Times.format(end), Times.format(start),
                Times.duration(rest), Times.duration(rules.minRest()), WorkingTimeRules.country(rules),
                rules.restSource()));
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
