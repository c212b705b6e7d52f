package attendance.run;

import java.time.YearMonth;
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
