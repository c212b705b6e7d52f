package attendance.timesheet;

import java.time.LocalDateTime;

/** A recorded period of a day, in the timesheet's local wall-clock time. Ids, project and comment may be null. */
public record Period(String id, LocalDateTime start, LocalDateTime end, PeriodType type, String projectId,
        String comment) {
}
