package personio.simulator;

import org.json.JSONObject;

/** One thing wrong with a request: the field it concerns and Personio's words for it. */
record Problem(String field, String message) {

    JSONObject toJson() {
        return new JSONObject().put("field", field).put("message", message);
    }
}
