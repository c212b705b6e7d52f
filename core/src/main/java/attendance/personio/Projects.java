package attendance.personio;

import attendance.InputException;
import attendance.json.Fields;
import attendance.json.JsonText;
import attendance.text.MessageCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** Reads the company's attendance projects from {@code GET /api/v1/projects}, whose ids are numbers. */
public final class Projects {
    private Projects() {
    }

    /** A project as Personio lists it; {@code name} is null when the id is not listed at all. */
    public record Project(String id, String name, boolean active) {
        public boolean known() {
            return name != null;
        }
    }

    /** Every project the answer lists, by id, in its order; empty when the answer cannot be read. */
    public static List<Project> all(String answer) {
        List<Project> projects = new ArrayList<>();
        if (!Fields.isJson(answer)) {
            return projects;
        }
        String trimmed = answer.trim();
        Object data = trimmed.startsWith("[") ? JsonText.array(trimmed) : JsonText.object(trimmed).opt("data");
        if (!(data instanceof JSONArray list)) {
            return projects;
        }
        for (int i = 0; i < list.length(); i++) {
            if (list.opt(i) instanceof JSONObject item && item.opt("id") != null && item.opt("id") != JSONObject.NULL) {
                Object itemId = item.opt("id");
                String id = itemId instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(itemId);
                JSONObject attributes = item.optJSONObject("attributes");
                JSONObject source = attributes != null ? attributes : item;
                Object name = source.opt("name");
                projects.add(new Project(id, name instanceof String s ? s : id, !Boolean.FALSE.equals(source.opt(
                        "active"))));
            }
        }
        return projects;
    }

    /** Project names by id, as the answer lists them. */
    /** The projects as a person picks one: the active ones first, each group by name. */
    public static List<Project> forPicking(List<Project> projects) {
        List<Project> ordered = new ArrayList<>(projects);
        ordered.sort((a, b) -> a.active() != b.active() ? (a.active() ? -1 : 1) : a.name().compareTo(b.name()));
        return ordered;
    }

    public static Map<String, String> names(String answer) {
        Map<String, String> names = new HashMap<>();
        for (Project p : all(answer)) {
            names.put(p.id(), p.name());
        }
        return names;
    }

    /**
     * The project with this id, or null when no project is set. An answer that cannot be read yields an unknown
     * project rather than an error: the list only informs the user, Personio checks the id itself.
     */
    public static Project find(String answer, String id) {
        if (id == null) {
            return null;
        }
        for (Project p : all(answer)) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return new Project(id, null, false);
    }

    /**
     * Every project of the answer, read strictly, for the self-check (where {@link #all} forgives): a list under
     * {@code data} (or the answer itself), each an object with a whole-number id, as a number or in digits, and its
     * name and whether it is active, at the top or under {@code attributes}. A project without a name has a null
     * name. Anything else fails naming the field, such as {@code projects.data[2].id}.
     */
    public static List<Project> strict(String answer) {
        String trimmed = answer == null ? "" : answer.trim();
        JSONArray items;
        if (trimmed.startsWith("[")) {
            try {
                items = JsonText.array(trimmed);
            } catch (JSONException e) {
                throw new InputException(MessageCode.NOT_JSON, "projects");
            }
        } else {
            items = Fields.optArray(Fields.object(trimmed, "projects"), "data", "projects");
            if (items == null) {
                throw new InputException(MessageCode.MISSING, "projects.data");
            }
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < items.length(); i++) {
            String path = "projects.data[" + i + "]";
            JSONObject item = Fields.element(items, i, "projects.data");
            Long id = Fields.optLong(item, "id", path);
            if (id == null) {
                throw new InputException(MessageCode.MISSING, path + ".id");
            }
            JSONObject attributes = Fields.optObject(item, "attributes", path);
            JSONObject source = attributes != null ? attributes : item;
            String sourcePath = attributes != null ? path + ".attributes" : path;
            projects.add(new Project(Long.toString(id), Fields.optText(source, "name", sourcePath),
                    Fields.optBool(source, "active", true, sourcePath)));
        }
        return projects;
    }
}
