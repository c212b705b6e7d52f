package attendance.timesheet;

/** The contractual day Personio expects; effective minutes are what remains after part-day absences. */
public record TargetHours(Integer effectiveWorkMinutes, Integer contractualWorkMinutes) {
}
