package attendance.planning;

import attendance.settings.DaySchedule;
import java.time.LocalDate;
import java.util.List;

/**
 * A day changed before it is written: left out, written with these hours (start, end, breaks, and a project and
 * comment of its own), as the user edits a day in the plan; or written with exactly these periods, as a file imports
 * a day. A day skipped as {@code off_day} or {@code not_workday} may be filled this way (a Saturday worked); every
 * other check still holds.
 *
 * @param hours   the day's hours; null when the day is left out or its periods are given
 * @param periods the day's periods as they are to be written, each with its project and comment; or null
 * @param breaksRules an imported day whose hours break a working-time rule: it is left out until an edit fixes it
 */
public record DayEdit(LocalDate date, DaySchedule hours, List<PlannedPeriod> periods, boolean breaksRules) {

    public DayEdit {
        periods = periods == null ? null : List.copyOf(periods);
    }

    public DayEdit(LocalDate date, DaySchedule hours, List<PlannedPeriod> periods) {
        this(date, hours, periods, false);
    }

    public DayEdit(LocalDate date, DaySchedule hours) {
        this(date, hours, null);
    }

    /** An imported day whose hours break a working-time rule: never written as the file gives it. */
    public static DayEdit breakingRules(LocalDate date) {
        return new DayEdit(date, null, null, true);
    }

    public static DayEdit leftOut(LocalDate date) {
        return new DayEdit(date, null, null);
    }

    /** A day written with exactly these periods (an imported day). */
    public static DayEdit exactly(LocalDate date, List<PlannedPeriod> periods) {
        return new DayEdit(date, null, periods);
    }

    public boolean leaveOut() {
        return hours == null && periods == null && !breaksRules;
    }
}
