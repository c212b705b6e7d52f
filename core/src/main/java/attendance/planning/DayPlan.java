package attendance.planning;

import java.time.LocalDate;
import java.util.List;

/** The decision for one day: fill it, or skip it with a reason. */
public sealed interface DayPlan permits DayPlan.Fill, DayPlan.Skip {

    LocalDate date();

    /**
     * Write these periods.
     *
     * @param dayId   Personio's day id, or null when the day has never been saved and needs a new one
     * @param partial true when a part-day absence shortened the day
     */
    record Fill(LocalDate date, String dayId, List<PlannedPeriod> periods, boolean partial) implements DayPlan {
        public Fill {
            periods = List.copyOf(periods);
        }
    }

    record Skip(LocalDate date, SkipReason reason) implements DayPlan {
    }
}
