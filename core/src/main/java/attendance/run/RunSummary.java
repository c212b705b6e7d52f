package attendance.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The end of a run: every day of the month with its outcome, and the error that stopped it, if any.
 *
 * @param error       why the run stopped, or null
 * @param errorDetail a readable detail of the error, or null
 */
public record RunSummary(YearMonth month, RunState state, List<DayResult> days, RunErrorCode error,
        String errorDetail) {

    public RunSummary {
        days = List.copyOf(days);
    }

    /** A run that stopped before it wrote anything: the days the user confirmed were not reached. */
    public static RunSummary notStarted(YearMonth month, Collection<LocalDate> confirmed, RunException stop) {
        List<DayResult> days = new ArrayList<>();
        for (LocalDate date : confirmed == null ? List.<LocalDate>of() : confirmed) {
            days.add(new DayResult(date, DayOutcome.NOT_REACHED, null, null));
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return new RunSummary(month, RunState.STOPPED, days, stop.code(), stop.detail());
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
}
