package attendance.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** One decision per calendar day of a month, in date order. */
public record MonthPlan(YearMonth month, List<DayPlan> days) {

    public MonthPlan {
        days = List.copyOf(days);
    }

    public List<DayPlan.Fill> fills() {
        List<DayPlan.Fill> fills = new ArrayList<>();
        for (DayPlan day : days) {
            if (day instanceof DayPlan.Fill fill) {
                fills.add(fill);
            }
        }
        return fills;
    }

    /** The decision for a date of this month, or null. */
    public DayPlan day(LocalDate date) {
        for (DayPlan day : days) {
            if (day.date().equals(date)) {
                return day;
            }
        }
        return null;
    }
}
