package attendance.personio;

import attendance.json.Fields;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;

/** Turns Personio's error answers, in any of the shapes seen, into its own words for the user. */
public final class PersonioError {
    private static final int MAX_LENGTH = 300;

    private PersonioError() {
    }

    /**
     * What to tell the user about a refused request: Personio's messages joined, as they came, or the HTTP status
     * when the answer says nothing readable.
     */
    public static Message message(int status, String body) {
        List<String> messages = new ArrayList<>();
        if (body != null && Fields.isJson(body)) {
            String trimmed = body.trim();
            Object root = trimmed.startsWith("[") ? new JSONArray(trimmed) : new JSONObject(trimmed);
            messages = messages(root);
        }
        if (messages.isEmpty()) {
            return Message.of(MessageCode.HTTP_STATUS, Integer.toString(status));
        }
        return said(messages);
    }

    /** The JSON:API error type Personio gives when a project does not take time from this employee. */
    public static final String PROJECT_NOT_TRACKABLE = "ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE";

    /** Whether a refusal says that the project is closed to this employee. */
    public static boolean projectNotTrackable(String body) {
        if (body == null || !Fields.isJson(body) || !body.trim().startsWith("{")) {
            return false;
        }
        JSONArray errors = new JSONObject(body.trim()).optJSONArray("errors");
        for (int i = 0; errors != null && i < errors.length(); i++) {
            if (errors.opt(i) instanceof JSONObject e && PROJECT_NOT_TRACKABLE.equals(e.opt("type"))) {
                return true;
            }
        }
        return false;
    }

    /** Personio's own words, joined and kept short. */
    public static Message said(List<String> words) {
        String joined = String.join("; ", words);
        return Message.of(MessageCode.PERSONIO_SAID,
                joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) + "…" : joined);
    }

    /** Every message in a value: a string, an error object, a list of them, or an object wrapping them. */
    static List<String> messages(Object value) {
        Set<String> found = new LinkedHashSet<>();
        collect(value, found, 0);
        return new ArrayList<>(found);
    }

    private static void collect(Object value, Set<String> found, int depth) {
        if (depth > 4 || value == null || value == JSONObject.NULL) {
            return;
        }
        if (value instanceof String s) {
            if (!s.isBlank()) {
                found.add(s.trim());
            }
            return;
        }
        if (value instanceof JSONArray list) {
            for (int i = 0; i < list.length(); i++) {
                collect(list.opt(i), found, depth + 1);
            }
            return;
        }
        if (value instanceof JSONObject o) {
            String field = o.opt("field") instanceof String f ? f : null;
            // JSON:API errors carry their words in "title"; the others in "message".
            Object message = o.opt("message") instanceof String ? o.opt("message") : o.opt("title");
            if (message instanceof String m && !m.isBlank()) {
                found.add(field == null ? m.trim() : field + ": " + m.trim());
            } else if (o.opt("code") instanceof String code && !o.has("details") && !o.has("errors")) {
                found.add(code);
            }
            for (String key : new String[] {"error", "errors", "details"}) {
                collect(o.opt(key), found, depth + 1);
            }
            if (o.opt("error_data") instanceof JSONObject data) {
                for (String key : data.keySet()) {
                    List<String> words = messages(data.opt(key));
                    for (String w : words) {
                        found.add(key + ": " + w);
                    }
                }
            }
        }
    }
}
