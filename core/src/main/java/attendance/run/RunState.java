package attendance.run;

/** Where a run stands; the codes appear in the popup's {@code #summary[data-state]}. */
public enum RunState {
    RUNNING("running"),
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

    /** The state for its code, or null. */
    public static RunState fromCode(String code) {
        for (RunState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }
}
