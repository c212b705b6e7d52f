package attendance.run;

import attendance.text.Message;

/** Stops a plan or a run; its detail is safe to show, since every argument has passed through the redactor. */
public final class RunException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RunError error;

    public RunException(RunError error) {
        super(error.code().code());
        this.error = error;
    }

    public RunException(RunErrorCode code) {
        this(RunError.of(code));
    }

    public RunException(RunErrorCode code, Message detail) {
        this(RunError.of(code, detail));
    }

    public RunError error() {
        return error;
    }

    public RunErrorCode code() {
        return error.code();
    }
}
