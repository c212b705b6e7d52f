package attendance.timesheet;

import java.time.LocalDate;
import java.util.List;

/**
 * The timecards of a date range, looked up by date.
 *
 * @param projectIdsAsText whether the periods carry their {@code project_id} as text rather than as a number
 */
public record Timesheet(List<Timecard> timecards, boolean projectIdsAsText) {

    public Timesheet {
        timecards = List.copyOf(timecards);
    }

    public Timesheet(List<Timecard> timecards) {
        this(timecards, false);
    }

    /** The timecard of a date, or null when Personio sent none for it. */
    public Timecard day(LocalDate date) {
        for (Timecard card : timecards) {
            if (card.date().equals(date)) {
                return card;
            }
        }
        return null;
    }
}
