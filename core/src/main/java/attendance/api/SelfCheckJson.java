package attendance.api;

import attendance.planning.DayPlan;
import attendance.selfcheck.Check;
import attendance.selfcheck.CheckCode;
import attendance.selfcheck.Finding;
import attendance.time.Times;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** The self-check's findings, and the day its validation would send for, as the self-check page shows them. */
final class SelfCheckJson {
    private SelfCheckJson() {
    }

    /** {@code {"check", "result", "code", "args", "fields", "fields_kind", "detail"}}. */
    static JSONObject finding(Finding f) {
        JSONObject o = new JSONObject();
        o.put("check", f.check().code());
        o.put("result", f.result().code());
        o.put("code", f.code().code());
        o.put("args", new JSONArray(f.args()));
        o.put("fields", new JSONArray(f.fields()));
        o.put("fields_kind", f.code().fieldsKind() == null ? JSONObject.NULL : f.code().fieldsKind().code());
        o.put("detail", TextJson.message(f.detail()));
        return o;
    }

    static JSONArray findings(List<Finding> findings) {
        JSONArray list = new JSONArray();
        for (Finding f : findings) {
            list.put(finding(f));
        }
        return list;
    }

    /**
     * The findings a page sends back for the report, read leniently: an entry whose check or code the core does not
     * know is left out, and only text arguments and names are kept. The detail is never read.
     */
    static List<Finding> read(Object value) {
        List<Finding> findings = new ArrayList<>();
        if (!(value instanceof JSONArray list)) {
            return findings;
        }
        for (int i = 0; i < list.length(); i++) {
            if (!(list.opt(i) instanceof JSONObject o)) {
                continue;
            }
            Check check = Check.fromCode(o.optString("check"));
            CheckCode code = CheckCode.fromCode(o.optString("code"));
            if (check != null && code != null) {
                findings.add(new Finding(check, code, texts(o.opt("args")), texts(o.opt("fields")), null));
            }
        }
        return findings;
    }

    private static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof JSONArray list) {
            for (int i = 0; i < list.length(); i++) {
                if (list.opt(i) instanceof String s) {
                    texts.add(s);
                }
            }
        }
        return texts;
    }

    /** {@code {"date", "digest", "periods"}}: the day the validation would send for, exactly as it would; or null. */
    static Object day(DayPlan.Fill day) {
        if (day == null) {
            return JSONObject.NULL;
        }
        JSONObject o = new JSONObject();
        o.put("date", Times.format(day.date()));
        o.put("digest", day.digest());
        o.put("periods", PlanJson.periods(day.periods()));
        return o;
    }
}
