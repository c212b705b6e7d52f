package attendance.personio;

import attendance.InputException;
import attendance.json.Fields;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Personio's verdict on a day before it is saved, read from either answer shape that has been reported: the seed's
 * {@code {"validation": {"is_valid": ...}}} or the observed {@code {"success": ..., "data": {...}}}.
 *
 * @param errors Personio's own words when the day is refused
 */
public record ValidationAnswer(boolean valid, List<String> errors) {

    public ValidationAnswer {
        errors = List.copyOf(errors);
    }

    public static ValidationAnswer parse(String json) {
        JSONObject root = Fields.object(json, "The validation answer");
        JSONObject validation = Fields.optObject(root, "validation", "answer");
        if (validation != null) {
            boolean valid = Fields.optBool(validation, "is_valid", false, "validation");
            List<String> errors = PersonioError.messages(validation.opt("errors"));
            if (!valid && errors.isEmpty()) {
                errors = List.of("Personio refused the day without naming a reason");
            }
            return new ValidationAnswer(valid && errors.isEmpty(), errors);
        }
        if (root.has("success")) {
            boolean success = Fields.optBool(root, "success", false, "answer");
            if (success) {
                return new ValidationAnswer(true, List.of());
            }
            List<String> errors = new ArrayList<>(PersonioError.messages(root.opt("error")));
            JSONObject data = Fields.optObject(root, "data", "answer");
            if (data != null) {
                errors.addAll(alertMessages(data.opt("alerts")));
            }
            if (errors.isEmpty()) {
                errors.add("Personio refused the day without naming a reason");
            }
            return new ValidationAnswer(false, errors);
        }
        throw new InputException("The validation answer has neither \"validation\" nor \"success\"");
    }

    private static List<String> alertMessages(Object alerts) {
        List<String> messages = new ArrayList<>();
        if (alerts instanceof JSONArray list) {
            messages.addAll(PersonioError.messages(list));
        }
        return messages;
    }
}
