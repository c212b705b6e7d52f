package attendance.personio;

import attendance.InputException;
import attendance.json.Fields;
import attendance.text.MessageCode;
import org.json.JSONObject;

/** Who is signed in: the employee id from the navigation context, or from the {@code product_language} cookie. */
public final class SessionFacts {
    private SessionFacts() {
    }

    /** {@code data.user.id} of {@code GET /api/v1/navigation/context}. */
    public static long employeeIdFromContext(String json) {
        JSONObject root = Fields.object(json, "context");
        JSONObject data = Fields.optObject(root, "data", "context");
        JSONObject user = data == null ? null : Fields.optObject(data, "user", "context.data");
        Long id = user == null ? null : Fields.optLong(user, "id", "context.data.user");
        if (id == null || id <= 0) {
            throw new InputException(MessageCode.MISSING, "context.data.user.id");
        }
        return id;
    }

    /** The id in a {@code product_language} value such as {@code de%7C13011272}, or null. */
    public static Long employeeIdFromLanguageCookie(String value) {
        if (value == null) {
            return null;
        }
        String decoded = value.replace("%7C", "|").replace("%7c", "|");
        int bar = decoded.lastIndexOf('|');
        if (bar < 0) {
            return null;
        }
        String id = decoded.substring(bar + 1).trim();
        return Fields.isDigits(id) && Long.parseLong(id) > 0 ? Long.parseLong(id) : null;
    }
}
