package attendance.personio;

import attendance.json.Fields;
import org.json.JSONArray;
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

    /**
     * The project with this id, or null when no project is set. An answer that cannot be read yields an unknown
     * project rather than an error: the list only informs the user, Personio checks the id itself.
     */
    public static Project find(String answer, String id) {
        if (id == null) {
            return null;
        }
        if (!Fields.isJson(answer)) {
            return new Project(id, null, false);
        }
        String trimmed = answer.trim();
        Object data = trimmed.startsWith("[") ? new JSONArray(trimmed) : new JSONObject(trimmed).opt("data");
        if (!(data instanceof JSONArray list)) {
            return new Project(id, null, false);
        }
        for (int i = 0; i < list.length(); i++) {
            if (!(list.opt(i) instanceof JSONObject item)) {
                continue;
            }
            Object itemId = item.opt("id");
            if (itemId == null || !id.equals(itemId instanceof Number n ? Long.toString(n.longValue())
                    : String.valueOf(itemId))) {
                continue;
            }
            JSONObject attributes = item.optJSONObject("attributes");
            JSONObject source = attributes != null ? attributes : item;
            Object name = source.opt("name");
            Object active = source.opt("active");
            return new Project(id, name instanceof String s ? s : id, !Boolean.FALSE.equals(active));
        }
        return new Project(id, null, false);
    }
}
