package attendance.run;

import attendance.importing.ImportResult;
import attendance.personio.Projects;
import attendance.planning.MonthPlan;
import java.util.Map;

/**
 * What the popup shows before a run: who is signed in, the month's plan, and the settings' project as Personio
 * lists it (null when none is set), and the basis the plan was made from ({@code MonthReader#basis}).
 *
 * @param imported     the imported file as read, when the plan is a file's; otherwise null
 * @param projectNames the company's project names by id, as the session refresh listed them
 */
public record Preview(long employeeId, MonthPlan plan, Projects.Project project, String basis,
        ImportResult imported, Map<String, String> projectNames) {

    public Preview {
        projectNames = Map.copyOf(projectNames);
    }
}
