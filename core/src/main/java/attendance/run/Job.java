package attendance.run;

import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.SkipReason;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run of a month, as the worker stores it and the popup shows it: every day's outcome, the run's state, and the
 * error that stopped it. Immutable; each transition returns the next job. The counts are derived from the days.
 *
 * @param cancelling the user asked to stop; the day in flight is finished first
 * @param days       in date order: at the start the days the user confirmed, once Personio is read every day
 * @param error      why the run stopped, or null
 * @param activeAt   when the run last sent a request to Personio (epoch milliseconds), or null before the first: a
 *                   run taken up again keeps the pace from it, and one idle for too long is not taken up again
 * @param kind       who started the run: the popup's month, an imported file, or the autopilot
 * @param basis      what the plan the user was shown was made from ({@code MonthReader#basis}); null to hold the run to
 *                   none
 */
public record Job(YearMonth month, RunState state, boolean cancelling, List<DayResult> days, RunError error,
        Long activeAt, RunKind kind, String basis) {

    /** A running job idle for longer than this (no request sent) is not taken up again by a fresh worker. */
    public static final long RESUMABLE_MILLIS = 10 * 60 * 1000;

    public Job {
        days = List.copyOf(days);
        kind = kind == null ? RunKind.MONTH : kind;
    }

    public Job(YearMonth month, RunState state, boolean cancelling, List<DayResult> days, RunError error) {
        this(month, state, cancelling, days, error, null, RunKind.MONTH, null);
    }

    /** This job as a run of this kind, held to the plan of this basis (null for none). */
    public Job startedBy(RunKind by, String shownBasis) {
        return new Job(month, state, cancelling, days, error, activeAt, by, shownBasis);
    }

    /** The run sent a request at this moment (epoch milliseconds). */
    public Job activeAt(long epochMillis) {
        return new Job(month, state, cancelling, days, error, epochMillis, kind, basis);
    }

    /** A run begins: every day the user confirmed is pending, with the digest of the plan that was shown. */
    public static Job started(YearMonth month, Map<LocalDate, String> confirmed) {
        List<DayResult> days = new ArrayList<>();
        for (Map.Entry<LocalDate, String> day : confirmed.entrySet()) {
            days.add(new DayResult(day.getKey(), DayOutcome.PENDING, null, null, List.of(), day.getValue()));
        }
        return new Job(month, RunState.RUNNING, false, sorted(days), null);
    }

    /** A run of these days, with no shown plan to hold them to (tests, and callers that show none). */
    public static Job started(YearMonth month, Collection<LocalDate> confirmed) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (LocalDate date : confirmed) {
            days.put(date, null);
        }
        return started(month, days);
    }

    /**
     * The month as read right before writing. A confirmed day that would still be written as shown is pending with
     * its periods; a confirmed day that would not, or not as shown, changed meanwhile; every other day is left alone.
     */
    public Job planned(MonthPlan fresh) {
        Map<LocalDate, DayResult> byDate = byDate();
        List<DayResult> next = new ArrayList<>();
        for (DayPlan day : fresh.days()) {
            DayResult confirmed = byDate.get(day.date());
            if (confirmed != null && (!confirmed.outcome().open() || confirmed.sent())) {
                // A resumed run: what ended stays as it ended, and a day whose write may have landed is read alone.
                next.add(confirmed);
            } else if (confirmed == null) {
                // Not confirmed: left alone as the plan said, a day that has become fillable included.
                next.add(new DayResult(day.date(), DayOutcome.SKIPPED, reason(day),
                        day instanceof DayPlan.Skip ? detail(day) : null, List.of()));
            } else if (confirmed.asShown(day) != null) {
                DayPlan.Fill fill = confirmed.asShown(day);
                next.add(new DayResult(day.date(), DayOutcome.PENDING, null, null, fill.periods(), fill.digest()));
            } else {
                next.add(confirmed.changed(reason(day), detail(day)));
            }
        }
        return new Job(month, state, cancelling, next, error, activeAt, kind, basis);
    }

    /** A pending day read again right before its write turned out different from the plan that was shown. */
    public Job dayChanged(LocalDate date, DayPlan now) {
        return withDay(day(date).changed(reason(now), detail(now)));
    }

    private static SkipReason reason(DayPlan day) {
        return day instanceof DayPlan.Skip skip ? skip.reason() : null;
    }

    /** What a changed or skipped day says beside its reason: the unreadable field, or that its hours changed. */
    private static Message detail(DayPlan day) {
        if (day instanceof DayPlan.Fill) {
            return Message.of(MessageCode.DAY_CHANGED);
        }
        DayPlan.Skip skip = (DayPlan.Skip) day;
        return skip.field() != null ? Message.of(MessageCode.FIELD_UNREADABLE, skip.field()) : null;
    }

    /** The days still to write, in order. */
    public List<DayResult> pending() {
        List<DayResult> pending = new ArrayList<>();
        for (DayResult day : days) {
            if (day.outcome() == DayOutcome.PENDING) {
                pending.add(day);
            }
        }
        return pending;
    }

    /** A day's write begins. */
    public Job writing(LocalDate date) {
        return withDay(day(date).with(DayOutcome.WRITING, null));
    }

    /** A day's write is about to be sent under these ids: the day id, then one per period. */
    public Job sending(LocalDate date, List<String> ids) {
        DayResult d = day(date);
        return withDay(new DayResult(date, d.outcome(), d.reason(), d.message(), d.periods(), d.digest(), ids));
    }

    /** A day's write ended: filled, or failed with what went wrong. */
    public Job dayEnded(LocalDate date, DayOutcome outcome, Message message) {
        return withDay(day(date).with(outcome, message));
    }

    public Job cancelRequested() {
        return new Job(month, state, true, days, error, activeAt, kind, basis);
    }

    /** The run ends; any day it did not get to is not reached. */
    public Job ended(RunState end, RunError why) {
        List<DayResult> next = new ArrayList<>();
        for (DayResult day : days) {
            next.add(day.outcome().open() ? day.with(DayOutcome.NOT_REACHED, null) : day);
        }
        return new Job(month, end, cancelling, next, why, activeAt, kind, basis);
    }

    /**
     * A job stored as running, taken up again by a fresh worker: the day that was being written is pending again,
     * and keeps the ids of a write that may have landed, so that reading it tells which. Days that ended stay so.
     */
    public Job resumed() {
        return resumed(null);
    }

    /**
     * As {@link #resumed()}, at this moment (epoch milliseconds, null when not known): a run that sent nothing for
     * longer than {@link #RESUMABLE_MILLIS} (a browser restarted hours later) ends {@code stopped} as
     * {@code run_too_old} instead, and writes nothing more.
     */
    public Job resumed(Long now) {
        if (state != RunState.RUNNING) {
            return this;
        }
        if (now != null && activeAt != null && now - activeAt > RESUMABLE_MILLIS) {
            return ended(RunState.STOPPED, RunError.of(RunErrorCode.RUN_TOO_OLD));
        }
        List<DayResult> next = new ArrayList<>();
        for (DayResult day : days) {
            next.add(day.outcome() == DayOutcome.WRITING ? day.with(DayOutcome.PENDING, null) : day);
        }
        return new Job(month, state, cancelling, next, error, activeAt, kind, basis);
    }

    public boolean running() {
        return state == RunState.RUNNING;
    }

    public int count(DayOutcome outcome) {
        int n = 0;
        for (DayResult day : days) {
            if (day.outcome() == outcome) {
                n++;
            }
        }
        return n;
    }

    /** Days written, well or not. */
    public int done() {
        return count(DayOutcome.FILLED) + count(DayOutcome.FAILED);
    }

    /** Days the run is to write: written, being written, still pending, or not reached. */
    public int total() {
        return done() + count(DayOutcome.WRITING) + count(DayOutcome.PENDING) + count(DayOutcome.NOT_REACHED);
    }

    /** Days left alone, those that changed meanwhile included. */
    public int leftAlone() {
        return count(DayOutcome.SKIPPED) + count(DayOutcome.CHANGED);
    }

    /** The day of this date, or null. */
    public DayResult day(LocalDate date) {
        return byDate().get(date);
    }

    private Job withDay(DayResult changed) {
        Map<LocalDate, DayResult> byDate = byDate();
        byDate.put(changed.date(), changed);
        return new Job(month, state, cancelling, new ArrayList<>(byDate.values()), error, activeAt, kind, basis);
    }

    private Map<LocalDate, DayResult> byDate() {
        Map<LocalDate, DayResult> byDate = new TreeMap<>();
        for (DayResult day : days) {
            byDate.put(day.date(), day);
        }
        return byDate;
    }

    private static List<DayResult> sorted(List<DayResult> days) {
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }
}
