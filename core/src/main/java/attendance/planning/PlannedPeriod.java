package attendance.planning;

import attendance.timesheet.PeriodType;
import java.time.LocalDateTime;

/** A period to write; project and comment are set on work periods only, and may be null. */
public record PlannedPeriod(LocalDateTime start, LocalDateTime end, PeriodType type, String projectId,
        String comment) {
}
