package attendance.planning;

import attendance.settings.DaySchedule;
import attendance.settings.Settings;
import attendance.timesheet.TargetHours;
import attendance.timesheet.Timecard;
import attendance.timesheet.Timesheet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides each day of a month from the timesheet, the settings and today's date. A day is filled only when Personio
 * lets it be written and it has no entries at all; a part-day absence shortens the day to Personio's remaining
 * target, starting when Personio's target starts (so a morning off begins the work later).
 */
public final class MonthPlanner {
    private MonthPlanner() {
    }

    public static MonthPlan plan(YearMonth month, Timesheet sheet, Settings settings, LocalDate today) {
        List<DayPlan> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            days.add(decide(date, sheet.day(date), settings, today));
        }
        return new MonthPlan(month, days);
    }

    /**
     * One day. A reason settled by fields that could be read comes first (an off day with unreadable periods stays an
     * off day); a day that would be written is written only when every field that decides it was read.
     */
    public static DayPlan decide(LocalDate date, Timecard card, Settings settings, LocalDate today) {
        if (card == null) {
            return new DayPlan.Skip(date, SkipReason.NON_TRACKABLE);
        }
        if (Boolean.TRUE.equals(card.offDay())) {
            return new DayPlan.Skip(date, SkipReason.OFF_DAY);
        }
        if (card.timeOff() != null && card.timeOff().fullDay()) {
            return new DayPlan.Skip(date, SkipReason.ABSENCE);
        }
        if (card.locked()) {
            return new DayPlan.Skip(date, SkipReason.LOCKED);
        }
        if ((card.state() != null && !card.writable()) || date.isAfter(today)) {
            return new DayPlan.Skip(date, SkipReason.NON_TRACKABLE);
        }
        if (card.unreadable() != null) {
            return new DayPlan.Skip(date, SkipReason.UNREADABLE, card.unreadable());
        }
        if (!card.periods().isEmpty()) {
            return new DayPlan.Skip(date, SkipReason.HAS_ENTRIES);
        }
        DaySchedule day = settings.day(date.getDayOfWeek());
        if (day == null) {
            return new DayPlan.Skip(date, SkipReason.NOT_WORKDAY);
        }
        Integer limit = card.timeOff() == null ? null : partDayLimit(card.target(), day);
        LocalTime notBefore = limit == null || card.target() == null ? null : card.target().startTime();
        List<PlannedPeriod> periods = SchedulePeriods.of(date, day, settings.projectId(), settings.comment(), limit,
                notBefore);
        if (periods.isEmpty()) {
            return new DayPlan.Skip(date, SkipReason.NO_HOURS);
        }
        return new DayPlan.Fill(date, card.dayId(), periods, limit != null);
    }

    /**
     * Work minutes left beside a part-day absence: Personio's effective target, or half the schedule without one;
     * null when that leaves the whole scheduled day.
     */
    private static Integer partDayLimit(TargetHours target, DaySchedule day) {
        long net = day.netWorkMinutes();
        long limit = net / 2;
        if (target != null && target.effectiveWorkMinutes() != null && target.effectiveWorkMinutes() > 0) {
            limit = target.effectiveWorkMinutes();
        }
        return limit >= net ? null : (int) limit;
    }
}
