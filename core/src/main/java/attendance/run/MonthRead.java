package attendance.run;

import attendance.importing.ImportResult;
import attendance.planning.DayEdit;
import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.MonthPlanner;
import attendance.settings.Settings;
import attendance.timesheet.Timecard;
import java.time.LocalDate;
import java.util.Map;

/**
 * A month as read for a plan, and what a run is to write from it: the plan, the edits each day is planned with (an
 * imported file's days among them), how the timesheet names projects (writes name them alike), the file as read, and
 * the company's projects as listed. Immutable: the writer is fed it, and decides each day read again by it.
 *
 * @param projectsAnswer the company's projects as {@code /api/v1/projects} answered, to name a refused project
 */
public record MonthRead(long employeeId, MonthPlan plan, Map<LocalDate, DayEdit> edits, boolean fileOnly,
        boolean projectIdsAsText, ImportResult imported, String projectsAnswer) {

    public MonthRead {
        edits = Map.copyOf(edits);
    }

    /** One day, read again right before its write, as this plan decides it. */
    public DayPlan decide(LocalDate date, Timecard card, Settings settings, LocalDate today) {
        return MonthPlanner.decide(date, card, settings, today, edits.get(date), fileOnly);
    }
}
