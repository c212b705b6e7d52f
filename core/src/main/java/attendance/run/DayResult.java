package attendance.run;

import attendance.planning.PlannedPeriod;
import attendance.planning.SkipReason;
import attendance.text.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of a run.
 *
 * @param reason  why it is left alone, or null
 * @param message what went wrong, in Personio's words where it gave any; or null
 * @param periods what is written, or is to be written, on this day; empty for a day left alone
 */
public record DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
        List<PlannedPeriod> periods) {

    public DayResult {
        periods = List.copyOf(periods);
    }

    public DayResult with(DayOutcome newOutcome, Message newMessage) {
        return new DayResult(date, newOutcome, reason, newMessage, periods);
    }
}
