package attendance.api;

import attendance.run.RunError;
import attendance.settings.Violation;
import attendance.text.Message;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** The core's words for the user as JSON: codes with their arguments, which the pages look up in _locales. */
final class TextJson {
    private TextJson() {
    }

    /** {@code {"code", "args"}}, or JSON null. */
    static Object message(Message message) {
        if (message == null) {
            return JSONObject.NULL;
        }
        JSONObject o = new JSONObject();
        o.put("code", message.code().code());
        o.put("args", new JSONArray(message.args()));
        return o;
    }

    /** {@code [{"field", "code", "args", "warning"}]}; a warning never refuses anything. */
    static JSONArray violations(List<Violation> violations) {
        JSONArray list = new JSONArray();
        for (Violation v : violations) {
            JSONObject o = new JSONObject();
            o.put("field", v.field());
            o.put("code", v.code().code());
            o.put("args", new JSONArray(v.args()));
            o.put("warning", v.code().warning());
            list.put(o);
        }
        return list;
    }

    /** {@code {"code", "detail", "violations"}}, or JSON null. */
    static Object error(RunError error) {
        if (error == null) {
            return JSONObject.NULL;
        }
        JSONObject o = new JSONObject();
        o.put("code", error.code().code());
        o.put("detail", message(error.detail()));
        o.put("violations", violations(error.violations()));
        return o;
    }

    /** {@code {"ok": false, "error": {...}}}. */
    static JSONObject refusal(RunError error) {
        JSONObject o = new JSONObject();
        o.put("ok", false);
        o.put("error", error(error));
        return o;
    }
}
