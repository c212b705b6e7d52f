package attendance.run;

/**
 * Who started a run, and so what it writes: the popup's month, an imported file's days, or the autopilot's past
 * days. The record of writes marks each run with it, and a fresh worker takes a stored run up again as its kind.
 */
public enum RunKind {
    MONTH("month"),
    IMPORT("import"),
    AUTOPILOT("autopilot");

    private final String code;

    RunKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind for its code, or null. */
    public static RunKind fromCode(String code) {
        for (RunKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }
}
