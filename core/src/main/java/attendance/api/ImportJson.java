package attendance.api;

import attendance.importing.ImportProblem;
import attendance.importing.ImportQuestion;
import attendance.importing.ImportResult;
import attendance.importing.ImportedDay;
import attendance.json.Fields;
import attendance.run.RunError;
import attendance.run.RunErrorCode;
import attendance.time.Times;
import attendance.settings.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONObject;

/** A plan of an imported file as JSON: what the page shows of the file, or every problem of a bad one. */
final class ImportJson {
    private ImportJson() {
    }

    /**
     * A file that imports nothing: {@code {"ok": false, "error": {"code", "detail": null, "violations": []}, "format",
     * "problems"}}, the code {@code bad_file} (each unreadable line a problem), {@code not_detailed_report} or
     * {@code import_empty}.
     */
    static JSONObject refusal(ImportResult result) {
        RunErrorCode code = RunErrorCode.fromCode(result.refusal().code());
        return TextJson.refusal(new RunError(code, null, List.of()))
                .put("format", result.format() == null ? JSONObject.NULL : result.format().code())
                .put("problems", problems(result));
    }

    /**
     * A file that asks first: {@code {"ok": false, "error": null, "asking": {"kind": "person", "persons": [{"id",
     * "entries"}]}}}, or {@code "asking": {"kind": "date_order", "date", "day_first", "month_first"}} with one of the
     * file's dates as written and read both ways.
     */
    static JSONObject question(ImportResult result) {
        ImportQuestion q = result.question();
        JSONObject asking = new JSONObject().put("kind", q.kind().code());
        if (q.kind() == ImportQuestion.Kind.PERSON) {
            JSONArray persons = new JSONArray();
            for (ImportQuestion.Person p : q.persons()) {
                persons.put(new JSONObject().put("id", p.id()).put("entries", p.entries()));
            }
            asking.put("persons", persons);
        } else {
            asking.put("date", q.date()).put("day_first", Fields.orNull(q.dayFirst() == null ? null
                    : Times.format(q.dayFirst()))).put("month_first", Fields.orNull(q.monthFirst() == null ? null
                    : Times.format(q.monthFirst())));
        }
        return new JSONObject().put("ok", false).put("error", JSONObject.NULL).put("asking", asking)
                .put("format", result.format() == null ? JSONObject.NULL : result.format().code());
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
        for (LocalDate date : result.leftOut()) {
            months.add(Times.format(YearMonth.from(date)));
        }
        plan.put("import", new JSONObject().put("format", result.format().code()).put("months", new JSONArray(months))
                .put("days", result.days().size()).put("left_out", result.leftOut().size())
                .put("too_short", result.tooShort()));
        JSONArray days = plan.getJSONArray("days");
        for (int i = 0; i < days.length(); i++) {
            JSONObject day = days.getJSONObject(i);
            String date = day.getString("date");
            if ("fill".equals(day.get("action")) && fromSettings.contains(date)) {
                day.put("project_from_settings", true);
            }
            if ("breaks_rules".equals(day.opt("reason"))) {
                List<Violation> broken = new ArrayList<>();
                for (Violation v : result.violations()) {
                    if (v.field().equals(date)) {
                        broken.add(v);
                    }
                }
                day.put("violations", TextJson.violations(broken));
            }
            LocalDate when = Times.date(date);
            if (result.timeOff().contains(when)) {
                day.put("time_off_in_file", true);
            }
            if (result.commentsCut().contains(when)) {
                day.put("comment_cut", true);
            }
        }
    }

    /** The month asked for when the file gives days in it; else the file's first month, so a plan shows some. */
    static YearMonth monthOf(ImportResult result, YearMonth asked) {
        TreeSet<LocalDate> dates = new TreeSet<>(result.leftOut());
        for (ImportedDay day : result.days()) {
            dates.add(day.date());
        }
        for (LocalDate date : dates) {
            if (YearMonth.from(date).equals(asked)) {
                return asked;
            }
        }
        return YearMonth.from(dates.first());
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
