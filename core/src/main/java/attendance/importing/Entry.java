package attendance.importing;

import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One entry of a tracker's file as read, to the minute.
 *
 * @param where   the line or JSON path it came from, for its problems
 * @param project the tracker's project name, or null for none
 * @param comment its description, or null for none
 */
record Entry(String where, LocalDate date, LocalTime start, LocalTime end, PeriodType type, String project,
        String comment) {
}
