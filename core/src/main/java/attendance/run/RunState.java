package attendance.run;

/** How a run ended; the codes appear in the popup's {@code #summary[data-state]}. */
public enum RunState {
    DONE("done"),
    CANCELLED("cancelled"),
    STOPPED("stopped");

    private final String code;

    RunState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
