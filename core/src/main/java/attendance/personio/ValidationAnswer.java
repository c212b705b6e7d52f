package attendance.personio;

import attendance.InputException;
import attendance.json.Fields;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Personio's verdict on a day before it is saved, read from either answer shape that has been reported: the seed's
 * {@code {"validation": {"is_valid": ...}}} or the observed {@code {"success": ..., "data": {...}}}.
 *
 * @param shape   which of the two known shapes the answer came in
 * @param refusal why Personio refused the day, in its own words where it gave any; null when the day is valid
 */
public record ValidationAnswer(Shape shape, Message refusal) {

    /** The two answer shapes that have been reported (personio-protocol §4). */
    public enum Shape {
        /** {@code {"day": {...}, "validation": {"is_valid", "errors", "warnings"}}}. */
        SEED("seed"),
        /** {@code {"success": ..., "data": {"success", "work_duration_in_min", "alerts", ...}}}. */
        OBSERVED("observed");

        private final String code;

        Shape(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public boolean valid() {
        return refusal == null;
    }

    public static ValidationAnswer parse(String json) {
        JSONObject root = Fields.object(json, "validation");
        JSONObject validation = Fields.optObject(root, "validation", "answer");
        if (validation != null) {
            boolean valid = Fields.optBool(validation, "is_valid", false, "answer.validation");
            List<String> errors = PersonioError.messages(validation.opt("errors"));
            return valid && errors.isEmpty() ? new ValidationAnswer(Shape.SEED, null) : refused(Shape.SEED, errors);
        }
        if (root.has("success")) {
            JSONObject data = Fields.optObject(root, "data", "answer");
            // The verdict inside the data, when there is one, decides as much as the outer one.
            boolean inner = data == null || Fields.optBool(data, "success", true, "answer.data");
            if (Fields.optBool(root, "success", false, "answer") && inner) {
                return new ValidationAnswer(Shape.OBSERVED, null);
            }
            List<String> errors = new ArrayList<>(PersonioError.messages(root.opt("error")));
            if (data != null && data.opt("alerts") instanceof JSONArray alerts) {
                errors.addAll(PersonioError.messages(alerts));
            }
            return refused(Shape.OBSERVED, errors);
        }
        throw new InputException(MessageCode.UNKNOWN_VALIDATION_SHAPE);
    }

    private static ValidationAnswer refused(Shape shape, List<String> errors) {
        return new ValidationAnswer(shape, errors.isEmpty() ? Message.of(MessageCode.REFUSED_WITHOUT_REASON)
                : PersonioError.said(errors));
    }
}
