package attendance.api;

import attendance.InputException;
import attendance.importing.ImportProblem;
import attendance.importing.ImportResult;
import attendance.importing.ImportedDay;
import attendance.json.Fields;
import attendance.text.MessageCode;
import attendance.time.Times;
import java.util.HashMap;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/** An import's input and answer as JSON: the company's projects by name in, the days or the problems out. */
final class ImportJson {
    private ImportJson() {
    }

    /**
     * {@code {"name": id, ...}}, ids as text or whole numbers; null or blank for none. Anything else is an
     * {@link InputException} naming {@code projects}.
     */
    static Map<String, String> projects(String json) {
        Map<String, String> byName = new HashMap<>();
        if (json == null || json.isBlank() || json.trim().equals("null")) {
            return byName;
        }
        JSONObject o = Fields.object(json, "projects");
        for (String name : o.keySet()) {
            String id = Fields.optId(o, name, "projects");
            if (id == null) {
                throw new InputException(MessageCode.EXPECTED_ID, "projects." + name, "null");
            }
            byName.put(name, id);
        }
        return byName;
    }

    /**
     * {@code {"ok", "format", "days": [{"date", "periods", "project_from_settings"}], "problems": [{"where", "code",
     * "args"}], "violations"}}; {@code days} is empty unless {@code ok}.
     */
    static JSONObject write(ImportResult result) {
        JSONArray days = new JSONArray();
        for (ImportedDay day : result.days()) {
            days.put(new JSONObject().put("date", Times.format(day.date()))
                    .put("periods", PlanJson.periods(day.periods()))
                    .put("project_from_settings", day.projectFromSettings()));
        }
        JSONArray problems = new JSONArray();
        for (ImportProblem p : result.problems()) {
            problems.put(new JSONObject().put("where", Fields.orNull(p.where())).put("code", p.code().code())
                    .put("args", new JSONArray(p.args())));
        }
        return new JSONObject().put("ok", result.ok())
                .put("format", result.format() == null ? JSONObject.NULL : result.format().code())
                .put("days", days).put("problems", problems)
                .put("violations", TextJson.violations(result.violations()));
    }
}
