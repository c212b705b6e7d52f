package attendance.timesheet;

import java.time.LocalDate;
import java.util.List;

/**
 * One calendar day of the timesheet.
 *
 * @param dayId    Personio's day id, or null for a day that has never been saved
 * @param state      Personio's state in lower case, for example {@code trackable}, {@code non_trackable},
 *                   {@code locked}; null when it could not be read
 * @param offDay     null when it could not be read
 * @param periods    what the day holds; null when it could not be read, which is never the same as empty
 * @param timeOff    the absence on this day, or null
 * @param target     the target hours, or null when Personio sent none
 * @param unreadable the path of the first field that decides the day and could not be read; null when all could
 */
public record Timecard(LocalDate date, String dayId, String state, Boolean offDay, List<Period> periods,
        TimeOff timeOff, TargetHours target, String unreadable) {

    public Timecard {
        periods = periods == null ? null : List.copyOf(periods);
    }

    public Timecard(LocalDate date, String dayId, String state, boolean offDay, List<Period> periods,
            TimeOff timeOff, TargetHours target) {
        this(date, dayId, state, offDay, periods, timeOff, target, null);
    }

    /** Personio lets a client write only these states. */
    public boolean writable() {
        return "trackable".equals(state) || "open".equals(state) || "rejected".equals(state);
    }

    public boolean locked() {
        return "locked".equals(state);
    }
}
