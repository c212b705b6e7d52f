package attendance.run;

/** Stops a preview or a run; {@code detail} is safe to show, since it has passed through the redactor. */
public final class RunException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RunErrorCode code;

    public RunException(RunErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public RunErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
