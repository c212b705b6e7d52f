package attendance.timesheet;

import java.time.LocalTime;

/**
 * The day Personio expects; effective minutes are what remains after part-day absences.
 *
 * @param startTime when the expected work begins, or null when Personio does not say
 */
public record TargetHours(Integer effectiveWorkMinutes, Integer contractualWorkMinutes, LocalTime startTime) {
}
