package attendance.planning;

import attendance.settings.DaySchedule;
import java.time.LocalDate;

/**
 * A day the user changed in the plan before it is written: left out, or written with these hours (start, end,
 * breaks, and a project and comment of its own). A day skipped as {@code off_day} or {@code not_workday} may be filled
 * this way (a Saturday worked); every other check still holds.
 *
 * @param hours the day's hours; null when the day is left out
 */
public record DayEdit(LocalDate date, DaySchedule hours) {

    public static DayEdit leftOut(LocalDate date) {
        return new DayEdit(date, null);
    }

    public boolean leaveOut() {
        return hours == null;
    }
}
