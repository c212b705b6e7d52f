package attendance.timesheet;

/**
 * An absence booked on a day. Personio's shape is not documented, so {@code fullDay} is derived conservatively: only
 * clear evidence of a part day (a half-day flag, or a reduced but non-zero target) makes it partial.
 */
public record TimeOff(boolean fullDay) {
}
