package attendance.rules;

import attendance.settings.DaySchedule;
import attendance.settings.ParsedSettings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** Everything wrong with stored or edited settings: unreadable fields first, then the working-time rules per day. */
public final class SettingsCheck {
    private SettingsCheck() {
    }

    public static List<Violation> check(ParsedSettings parsed) {
        List<Violation> all = new ArrayList<>(parsed.problems());
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule schedule = parsed.settings().day(day);
            if (schedule != null) {
                all.addAll(WorkingTimeRules.check(SettingsCodec.key(day), schedule));
            }
        }
        return all;
    }
}
