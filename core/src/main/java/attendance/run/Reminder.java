package attendance.run;

import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The working days before today that a plan would fill: what the reminder badge counts.
 *
 * @param days the days, in date order
 */
public record Reminder(List<LocalDate> days) {
    /** In the first this many days of a month, last month is counted too (and the popup offers it). */
    public static final int FIRST_DAYS = 5;

    public Reminder {
        days = List.copyOf(days);
    }

    /** The first day the reminder looks at: the first of this month, or of last month early in a month. */
    public static LocalDate firstDay(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1);
        return today.getDayOfMonth() <= FIRST_DAYS ? first.minusMonths(1) : first;
    }

    /**
     * The reminder a plan already tells: its days to fill before today, when the plan is of today's month and last
     * month need not be counted too; else null.
     */
    public static Reminder of(MonthPlan plan, LocalDate today) {
        if (!plan.month().equals(YearMonth.from(today)) || today.getDayOfMonth() <= FIRST_DAYS) {
            return null;
        }
        List<LocalDate> days = new ArrayList<>();
        for (DayPlan.Fill fill : plan.fills()) {
            if (fill.date().isBefore(today)) {
                days.add(fill.date());
            }
        }
        return new Reminder(days);
    }

    public int count() {
        return days.size();
    }

    /** The months the days are in, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (LocalDate day : days) {
            YearMonth month = YearMonth.from(day);
            if (!months.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }
}
