package personio.simulator;

import java.util.List;

/** The simulator's one exception: a request is refused with the answer it carries. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    Refusal(Reply reply) {
        super("refused with " + reply.status(), null, false, false);
        this.reply = reply;
    }

    /** 400: the request's format is wrong. */
    static Refusal badRequest(List<Problem> problems) {
        return new Refusal(Reply.validationError(400, "Validation failed", problems));
    }

    static Refusal badRequest(String field, String message) {
        return badRequest(List.of(new Problem(field, message)));
    }

    /** 422: well formed, but Personio's rules refuse it; the message is the first problem's. */
    static Refusal unprocessable(List<Problem> problems) {
        return new Refusal(Reply.validationError(422, problems.get(0).message(), problems));
    }

    Reply reply() {
        return reply;
    }
}
