package attendance.personio;

import attendance.json.Fields;
import attendance.json.JsonText;
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
            Object root = trimmed.startsWith("[") ? JsonText.array(trimmed) : JsonText.object(trimmed);
            messages = messages(root);
        } else if (plainText(body)) {
            // An error can come as text/plain: its text is Personio's words.
            messages = List.of(unwrapped(body.trim()));
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
        JSONArray errors = JsonText.object(body.trim()).optJSONArray("errors");
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

    /** Text that is neither JSON nor a page: not empty, and not starting with a tag. */
    private static boolean plainText(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        String trimmed = body.trim();
        return !trimmed.startsWith("<") && !trimmed.startsWith("{") && !trimmed.startsWith("[");
    }

    /**
     * Personio's words in a message that wraps an internal call's answer ("Client error: `PUT http://…/companies/
     * 1/days/…` resulted in a `400 Bad Request` response: {"errors":[{… "title":"…"}]} (truncated...)"): the titles
     * found inside, else the status it names; never the internal address or the company's id. Other messages are
     * returned as they are.
     */
    static String unwrapped(String message) {
        int resulted = message.indexOf("resulted in a");
        if (resulted < 0 && !message.contains("http://") && !message.contains("https://")) {
            return message;
        }
        List<String> titles = new ArrayList<>();
        String key = "\"title\"";
        for (int at = message.indexOf(key); at >= 0; at = message.indexOf(key, at + key.length())) {
            String title = quotedAfter(message, at + key.length());
            if (title != null && !title.isBlank()) {
                titles.add(title.trim());
            }
        }
        if (!titles.isEmpty()) {
            return String.join("; ", titles);
        }
        if (resulted >= 0) {
            int open = message.indexOf('`', resulted);
            int close = open < 0 ? -1 : message.indexOf('`', open + 1);
            if (close > open + 1) {
                return message.substring(open + 1, close);
            }
        }
        return withoutAddresses(message);
    }

    /** The text with every web address in it cut out. */
    private static String withoutAddresses(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int at = text.indexOf("http", i);
            if (at < 0 || !(text.startsWith("http://", at) || text.startsWith("https://", at))) {
                out.append(text, i, at < 0 ? text.length() : at + 4);
                i = at < 0 ? text.length() : at + 4;
                continue;
            }
            out.append(text, i, at).append('…');
            i = at;
            while (i < text.length() && " \t\r\n`".indexOf(text.charAt(i)) < 0) {
                i++;
            }
        }
        return out.toString();
    }

    /** The JSON string after a key's colon, unescaped; null when there is none (a message cut short). */
    private static String quotedAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else if (c == '"') {
                return out.toString();
            } else {
                out.append(c);
            }
        }
        return null;
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
                String words = unwrapped(m.trim());
                found.add(field == null ? words : field + ": " + words);
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
