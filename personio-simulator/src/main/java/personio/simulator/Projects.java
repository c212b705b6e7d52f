package personio.simulator;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.json.JSONArray;
import org.json.JSONObject;

/** The company's attendance projects: one plain, one whose name is markup, one inactive. */
final class Projects {

    /** One attendance project; Personio gives its id as a number here, and as a string in attendance bodies. */
    record Project(long id, String name, boolean active) {
    }

    static final List<Project> ALL = List.of(new Project(1001, "Development", true),
            new Project(1002, "<img src=x onerror=alert(1)>", true),
            new Project(1003, "Old project", false));

    private Projects() {
    }

    /** The ids a period may name, as the strings attendance bodies use. */
    static Set<String> trackableIds() {
        return ALL.stream().filter(Project::active).map(project -> Long.toString(project.id()))
                .collect(Collectors.toUnmodifiableSet());
    }

    static JSONObject answer() {
        JSONArray data = new JSONArray();
        for (Project project : ALL) {
            data.put(new JSONObject().put("id", project.id()).put("type", "Project")
                    .put("attributes", new JSONObject().put("name", project.name()).put("active", project.active())));
        }
        return new JSONObject().put("success", true).put("data", data);
    }
}
