package attendance.run;

import attendance.planning.SkipReason;
import java.time.LocalDate;

/**
 * One day's end in a run.
 *
 * @param reason  why it was skipped, or null
 * @param message Personio's words when it failed, or null
 */
public record DayResult(LocalDate date, DayOutcome outcome, SkipReason reason, String message) {
}
