package attendance.timesheet;

import java.time.LocalDate;
import java.util.List;

/**
 * One calendar day of the timesheet.
 *
 * @param dayId    Personio's day id, or null for a day that has never been saved
 * @param state    Personio's state in lower case, for example {@code trackable}, {@code non_trackable}, {@code locked}
 * @param timeOff  the absence on this day, or null
 * @param target   the target hours, or null when Personio sent none
 */
public record Timecard(LocalDate date, String dayId, String state, boolean offDay, List<Period> periods,
        TimeOff timeOff, TargetHours target) {

    public Timecard {
        periods = List.copyOf(periods);
    }

    /** Personio lets a client write only these states. */
    public boolean writable() {
        return "trackable".equals(state) || "open".equals(state) || "rejected".equals(state);
    }

    public boolean locked() {
        return "locked".equals(state);
    }
}
