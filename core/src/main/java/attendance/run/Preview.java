package attendance.run;

import attendance.importing.ImportResult;
import attendance.personio.Projects;
import attendance.planning.MonthPlan;

/**
 * What the popup shows before a run: who is signed in, the month's plan, and the settings' project as Personio
 * lists it (null when none is set), and the basis the plan was made from ({@code FillRun#basis}).
 *
 * @param imported the imported file as read, when the plan is a file's; otherwise null
 */
public record Preview(long employeeId, MonthPlan plan, Projects.Project project, String basis,
        ImportResult imported) {
}
