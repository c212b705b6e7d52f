package attendance;

import attendance.text.Message;
import attendance.text.MessageCode;

/**
 * The core's one failure type for input it cannot accept: a malformed server answer, request or cookie. It carries
 * a message code with its arguments (paths and values, never a session value), which the pages put into words.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message detail;

    public InputException(MessageCode code, String... args) {
        super(code.code() + " " + String.join(" ", args));
        this.detail = Message.of(code, args);
    }

    public Message detail() {
        return detail;
    }
}
