package attendance.run;

import java.time.LocalDate;

/**
 * A day starts or ends.
 *
 * @param message Personio's words for a failed day, otherwise null
 * @param done    days finished so far, of {@code total} days to write
 */
public record ProgressEvent(LocalDate date, DayOutcome outcome, String message, int done, int total) {
}
