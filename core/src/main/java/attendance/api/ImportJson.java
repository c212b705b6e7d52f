package attendance.api;

import attendance.importing.ImportProblem;
import attendance.importing.ImportResult;
import attendance.importing.ImportedDay;
import attendance.json.Fields;
import attendance.run.RunError;
import attendance.run.RunErrorCode;
import attendance.time.Times;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONObject;

/** A plan of an imported file as JSON: what the page shows of the file, or every problem of a bad one. */
final class ImportJson {
    private ImportJson() {
    }

    /**
     * A file that imports nothing: {@code {"ok": false, "error": {"code": "bad_file", "detail": null, "violations"},
     * "format", "problems"}}, the days that break a rule as the violations and each bad line as a problem.
     */
    static JSONObject refusal(ImportResult result) {
        return TextJson.refusal(new RunError(RunErrorCode.BAD_FILE, null, result.violations()))
                .put("format", result.format() == null ? JSONObject.NULL : result.format().code())
                .put("problems", problems(result));
    }

    /**
     * Adds to a plan of the file what the page shows about it: {@code "import": {"format", "months", "days"}} (the
     * months the file spans and how many days it gives in all), and on each of the month's days whose work took the
     * settings' project, {@code "project_from_settings": true}.
     */
    static void describe(ImportResult result, JSONObject plan) {
        Set<String> months = new TreeSet<>();
        Set<String> fromSettings = new HashSet<>();
        for (ImportedDay day : result.days()) {
            months.add(Times.format(YearMonth.from(day.date())));
            if (day.projectFromSettings()) {
                fromSettings.add(Times.format(day.date()));
            }
        }
        plan.put("import", new JSONObject().put("format", result.format().code()).put("months", new JSONArray(months))
                .put("days", result.days().size()));
        JSONArray days = plan.getJSONArray("days");
        for (int i = 0; i < days.length(); i++) {
            JSONObject day = days.getJSONObject(i);
            if ("fill".equals(day.get("action")) && fromSettings.contains(day.getString("date"))) {
                day.put("project_from_settings", true);
            }
        }
    }

    /** The month asked for when the file gives days in it; else the file's first month, so a plan shows some. */
    static YearMonth monthOf(ImportResult result, YearMonth asked) {
        for (ImportedDay day : result.days()) {
            if (YearMonth.from(day.date()).equals(asked)) {
                return asked;
            }
        }
        return YearMonth.from(result.days().get(0).date());
    }

    private static JSONArray problems(ImportResult result) {
        JSONArray problems = new JSONArray();
        for (ImportProblem p : result.problems()) {
            problems.put(new JSONObject().put("where", Fields.orNull(p.where())).put("code", p.code().code())
                    .put("args", new JSONArray(p.args())));
        }
        return problems;
    }
}
