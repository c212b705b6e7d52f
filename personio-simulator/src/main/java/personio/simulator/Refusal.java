package personio.simulator;

import java.util.Collection;
import java.util.List;

/** The simulator's one exception: a request is refused with the answer it carries. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    Refusal(Reply reply) {
        super("refused with " + reply.status(), null, false, false);
        this.reply = reply;
    }

    /** 400 in the seed's shape: a query parameter or a control request is wrong. */
    static Refusal badRequest(List<Problem> problems) {
        return new Refusal(Reply.validationError(400, "Validation failed", problems));
    }

    static Refusal badRequest(String field, String message) {
        return badRequest(List.of(new Problem(field, message)));
    }

    /** 400 with a numeric code and {@code error_data}: a validate or save body is not as Personio reads it. */
    static Refusal malformedBody(List<Problem> problems) {
        return new Refusal(Reply.failure(400, "Validation failed", problems));
    }

    /** 422 in the seed's shape: well formed, but Personio's rules refuse it; the message is the first problem's. */
    static Refusal unprocessable(List<Problem> problems) {
        return new Refusal(Reply.validationError(422, problems.get(0).message(), problems));
    }

    /** 400 as a JSON:API error: the day names projects that do not take this employee's time. */
    static Refusal projectsNotTrackable(Collection<String> projectIds, long employeeId) {
        return new Refusal(Reply.jsonApiError(400, DayRules.PROJECT_NOT_TRACKABLE, "Projects with ids ["
                + String.join(", ", projectIds) + "] for employee " + employeeId + " are not trackable"));
    }

    Reply reply() {
        return reply;
    }
}
