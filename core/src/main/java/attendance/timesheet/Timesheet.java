package attendance.timesheet;

import java.time.LocalDate;
import java.util.List;

/** The timecards of a date range, looked up by date. */
public record Timesheet(List<Timecard> timecards) {

    public Timesheet {
        timecards = List.copyOf(timecards);
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
