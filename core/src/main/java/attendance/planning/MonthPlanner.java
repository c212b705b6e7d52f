package attendance.planning;

import attendance.rules.SettingsCheck;
import attendance.settings.DaySchedule;
import attendance.settings.Settings;
import attendance.timesheet.TimeOff;
import attendance.timesheet.Timecard;
import attendance.timesheet.Timesheet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides each day of a month from the timesheet, the settings and today's date. A day is filled only when Personio
 * lets it be written and it has no entries at all. By default Personio's target for the day decides its length, laid
 * out on the user's schedule for that weekday; "always my hours" writes the schedule as it is. A part-day absence
 * shortens the day to Personio's remaining target (or, with no target, by the absence's minutes), starting when
 * Personio's target starts (so a morning off begins the work later).
 */
public final class MonthPlanner {
    private MonthPlanner() {
    }

    public static MonthPlan plan(YearMonth month, Timesheet sheet, Settings settings, LocalDate today) {
        return plan(month, sheet, settings, today, Map.of());
    }

    /** The month, with the days the user changed in the plan as they changed them, where they may be written. */
    public static MonthPlan plan(YearMonth month, Timesheet sheet, Settings settings, LocalDate today,
            Map<LocalDate, DayEdit> edits) {
        return plan(month, sheet, settings, today, edits, false);
    }

    /**
     * The month with these edits; with {@code onlyEdited} (an imported file's plan) a day without an edit is never
     * filled: one the settings would fill is skipped as {@code not_in_file}, and every other day keeps its reason.
     */
    public static MonthPlan plan(YearMonth month, Timesheet sheet, Settings settings, LocalDate today,
            Map<LocalDate, DayEdit> edits, boolean onlyEdited) {
        List<DayPlan> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            days.add(decide(date, sheet.day(date), settings, today, edits.get(date), onlyEdited));
        }
        return new MonthPlan(month, days);
    }

    /** One day with its edit, if any; with {@code onlyEdited} a day without one is not filled ({@code not_in_file}). */
    public static DayPlan decide(LocalDate date, Timecard card, Settings settings, LocalDate today, DayEdit edit,
            boolean onlyEdited) {
        DayPlan planned = decide(date, card, settings, today, edit);
        return onlyEdited && edit == null && planned instanceof DayPlan.Fill
                ? new DayPlan.Skip(date, SkipReason.NOT_IN_FILE) : planned;
    }

    /**
     * One day with the user's edit, if any. A day to fill takes the edited hours, or is left out. A day skipped as
     * {@code off_day} or {@code not_workday} is filled with the edited hours when every other check allows it (a
     * Saturday with entries stays {@code has_entries}). Every other skip stands: such a day is never filled.
     */
    public static DayPlan decide(LocalDate date, Timecard card, Settings settings, LocalDate today, DayEdit edit) {
        DayPlan planned = decide(date, card, settings, today);
        if (edit == null) {
            return planned;
        }
        if (edit.breaksRules()) {
            // Only a day the file would have filled says so; a day that stays as it is keeps its own reason.
            boolean wouldFill = planned instanceof DayPlan.Fill || (planned instanceof DayPlan.Skip s
                    && fillableOnPurpose(s.reason()) && otherChecks(date, card, settings, today) == null);
            return wouldFill ? new DayPlan.Skip(date, SkipReason.BREAKS_RULES) : planned;
        }
        if (planned instanceof DayPlan.Fill fill) {
            // A part-day absence stays told on the row: the edit's hours are written beside it.
            return edit.leaveOut() ? new DayPlan.Skip(date, SkipReason.LEFT_OUT)
                    : edited(date, fill.dayId(), edit, settings, fill.target(), fill.partial(), fill.pending());
        }
        DayPlan.Skip skip = (DayPlan.Skip) planned;
        boolean offOrNoWork = fillableOnPurpose(skip.reason());
        if (edit.leaveOut() || !offOrNoWork) {
            return planned;
        }
        DayPlan.Skip other = otherChecks(date, card, settings, today);
        Integer target = card.target() == null ? null : card.target().effectiveWorkMinutes();
        return other != null ? other : edited(date, card.dayId(), edit, settings, target, false, false);
    }

    /** A day off, a day the schedule does not work, or work elsewhere: an edit may fill it on purpose. */
    private static boolean fillableOnPurpose(SkipReason reason) {
        return reason == SkipReason.OFF_DAY || reason == SkipReason.NOT_WORKDAY || reason == SkipReason.OFFSITE_WORK;
    }

    private static DayPlan edited(LocalDate date, String dayId, DayEdit edit, Settings settings, Integer target,
            boolean partial, boolean pending) {
        if (edit.periods() != null) {
            return edit.periods().isEmpty() ? new DayPlan.Skip(date, SkipReason.NO_HOURS)
                    : new DayPlan.Fill(date, dayId, edit.periods(), partial, target, pending, true);
        }
        DaySchedule hours = edit.hours();
        List<PlannedPeriod> periods = SchedulePeriods.of(date, hours,
                hours.projectId() != null ? hours.projectId() : settings.projectId(),
                hours.comment() != null ? hours.comment() : settings.comment(), null, null,
                SettingsCheck.rulesOf(settings));
        if (periods.isEmpty()) {
            return new DayPlan.Skip(date, SkipReason.NO_HOURS);
        }
        return new DayPlan.Fill(date, dayId, periods, partial, target, pending, true);
    }

    /**
     * Every check but the off day and the schedule's weekdays, in the order that settles a day: an absence, a lock,
     * the state or the future, an unreadable field, an entry. A day filled on purpose must pass them too.
     */
    private static DayPlan.Skip otherChecks(LocalDate date, Timecard card, Settings settings, LocalDate today) {
        if (card == null) {
            return DayPlan.Skip.noCard(date);
        }
        TimeOff off = card.timeOff();
        if (off != null && off.kind() == TimeOff.Kind.FULL_DAY) {
            return new DayPlan.Skip(date, SkipReason.ABSENCE, null, off.pending());
        }
        if (card.locked()) {
            return new DayPlan.Skip(date, SkipReason.LOCKED);
        }
        if ((card.state() != null && !card.writable()) || date.isAfter(settings.lastDay(today))) {
            return new DayPlan.Skip(date, SkipReason.NON_TRACKABLE);
        }
        if (card.unreadable() != null) {
            return new DayPlan.Skip(date, SkipReason.UNREADABLE, card.unreadable());
        }
        if (card.periods() == null || !card.periods().isEmpty()) {
            return new DayPlan.Skip(date, SkipReason.HAS_ENTRIES);
        }
        return null;
    }

    /**
     * One day. A reason settled by fields that could be read comes first (an off day with unreadable periods stays an
     * off day); a day that would be written is written only when every field that decides it was read.
     */
    public static DayPlan decide(LocalDate date, Timecard card, Settings settings, LocalDate today) {
        if (card == null) {
            return DayPlan.Skip.noCard(date);
        }
        TimeOff off = card.timeOff();
        if (Boolean.TRUE.equals(card.offDay()) || (off != null && off.kind() == TimeOff.Kind.HOLIDAY)) {
            return new DayPlan.Skip(date, SkipReason.OFF_DAY);
        }
        DayPlan.Skip other = otherChecks(date, card, settings, today);
        if (other != null) {
            return other;
        }
        if (off != null && off.kind() == TimeOff.Kind.OFFSITE_WORK) {
            // Whether Personio credits a business trip's hours is not known: the user fills it on purpose.
            return new DayPlan.Skip(date, SkipReason.OFFSITE_WORK);
        }
        DaySchedule day = settings.day(date.getDayOfWeek());
        Integer target = card.target() == null ? null : card.target().effectiveWorkMinutes();
        boolean partial = off != null;
        if (day == null || (target != null && target <= 0 && !partial)) {
            return new DayPlan.Skip(date, SkipReason.NOT_WORKDAY);
        }
        LocalTime start = partial && card.target() != null ? card.target().startTime() : null;
        if (start != null && !start.isBefore(day.end())) {
            // The absence covers every hour of the schedule's day.
            return new DayPlan.Skip(date, SkipReason.NO_HOURS);
        }
        Integer work = workMinutes(day, target, off, settings.alwaysMyHours(), start);
        List<PlannedPeriod> periods = work != null && work <= 0 ? List.of()
                : SchedulePeriods.of(date, day, day.projectId() != null ? day.projectId() : settings.projectId(),
                        day.comment() != null ? day.comment() : settings.comment(), work, start,
                        SettingsCheck.rulesOf(settings));
        if (periods.isEmpty()) {
            return new DayPlan.Skip(date, SkipReason.NO_HOURS);
        }
        return new DayPlan.Fill(date, card.dayId(), periods, partial, target, off != null && off.pending());
    }

    /**
     * The minutes of work to lay out, or null for the schedule as it is. Personio's effective target is trusted when
     * it gives one (it already counts a part-day absence), unless the user wants their own hours on a day without
     * absence. With no target, a part-day absence takes its own minutes off the schedule's day, or half of it when it
     * names none.
     */
    private static Integer workMinutes(DaySchedule day, Integer target, TimeOff off, boolean alwaysMyHours,
            LocalTime start) {
        if (off == null) {
            return target == null || alwaysMyHours ? null : target;
        }
        if (target != null) {
            return target;
        }
        long scheduled = SchedulePeriods.scheduledWork(day, start == null ? day.start() : start);
        long net = day.netWorkMinutes();
        long away = off.minutes() != null ? off.minutes() : net / 2;
        return (int) Math.min(scheduled, net - away);
    }
}
