package attendance.run;

import attendance.planning.DayPlan;
import attendance.planning.PlannedPeriod;
import attendance.planning.SkipReason;
import attendance.text.Message;
import attendance.timesheet.Period;
import attendance.timesheet.Timecard;
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

    /** The fresh plan of this day when it would still write what the user was shown; null when it would not. */
    public DayPlan.Fill asShown(DayPlan now) {
        return now instanceof DayPlan.Fill fill && (digest == null || digest.equals(fill.digest())) ? fill : null;
    }

    /** Whether the card holds the write this run sent for the day: its day id, and a period under one of its ids. */
    public boolean landedIn(Timecard card) {
        if (!sent() || card == null || card.periods() == null || !ids.get(0).equals(card.dayId())) {
            return false;
        }
        for (Period p : card.periods()) {
            if (ids.subList(1, ids.size()).contains(p.id())) {
                return true;
            }
        }
        return false;
    }
}
