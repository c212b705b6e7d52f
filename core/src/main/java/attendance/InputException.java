package attendance;

/**
 * The core's one failure type for input it cannot accept: a malformed server answer, settings or cookie.
 * The message names what is wrong and where, and never carries a session value.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
