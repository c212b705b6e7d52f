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
 * @param ids     once its write was sent, the day id and then the period ids it went under, so that a write whose
 *                answer was lost is known again as this run's own; empty before
 */
public record DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
        List<PlannedPeriod> periods, String digest, List<String> ids) {

    public DayResult {
        periods = List.copyOf(periods);
        ids = List.copyOf(ids);
    }

    public DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
            List<PlannedPeriod> periods, String digest) {
        this(date, outcome, reason, message, periods, digest, List.of());
    }

    public DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, Message message,
            List<PlannedPeriod> periods) {
        this(date, outcome, reason, message, periods, null, List.of());
    }

    public DayResult with(DayOutcome newOutcome, Message newMessage) {
        return new DayResult(date, newOutcome, reason, newMessage, periods, digest, ids);
    }

    /** Left alone because it changed in Personio after the plan was shown: what it is now, or what changed. */
    public DayResult changed(SkipReason now, Message what) {
        return new DayResult(date, DayOutcome.CHANGED, now, what, List.of(), digest, ids);
    }

    /** Whether a write of this day may have been sent: then only a read of the day can tell what Personio holds. */
    public boolean sent() {
        return !ids.isEmpty();
    }
}
