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
 * @param message what went wrong, in Personio's words where it gave any, or what changed; or null
 * @param periods what is written, or is to be written, on this day; empty for a day left alone
 * @param digest  for a day to write, the digest of the plan the user was shown ({@code DayPlan.Fill#digest}); the
 *                day is written only while a fresh plan of it still has this digest. Null when not known.
 */
public record DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
        List<PlannedPeriod> periods, String digest) {

    public DayResult {
        periods = List.copyOf(periods);
    }

    public DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
            List<PlannedPeriod> periods) {
        this(date, outcome, reason, message, periods, null);
    }

    public DayResult with(DayOutcome newOutcome, Message newMessage) {
        return new DayResult(date, newOutcome, reason, newMessage, periods, digest);
    }

    /** Left alone because it changed in Personio after the plan was shown: what it is now, or what changed. */
    public DayResult changed(SkipReason now, Message what) {
        return new DayResult(date, DayOutcome.CHANGED, now, what, List.of(), digest);
    }
}
