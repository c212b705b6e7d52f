package attendance.api;

import attendance.planning.DayEdit;
import attendance.rules.WorkRules;
import attendance.rules.WorkingTimeRules;
import attendance.settings.DaySchedule;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.time.Times;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/** A day edited in the popup, read and checked by the same rules as the settings' days. */
final class DayEdits {
    private DayEdits() {
    }

    /** The edit, or null with its problems added (reported against the date), checked by these rules. */
    static DayEdit read(LocalDate date, Object raw, List<Violation> problems, WorkRules rules) {
        String field = Times.format(date);
        if (raw instanceof JSONObject o && Boolean.TRUE.equals(o.opt("leave_out"))) {
            return DayEdit.leftOut(date);
        }
        List<Violation> found = new ArrayList<>();
        DaySchedule hours = SettingsCodec.day(field, raw, found);
        if (hours != null) {
            found.addAll(WorkingTimeRules.check(field, hours, rules));
        }
        problems.addAll(found);
        return found.isEmpty() ? new DayEdit(date, hours) : null;
    }
}
