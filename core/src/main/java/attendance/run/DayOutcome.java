package attendance.run;

/** What happened to a day in a run. */
public enum DayOutcome {
    WRITING("writing"),
    FILLED("filled"),
    FAILED("failed"),
    SKIPPED("skipped"),
    NOT_REACHED("not_reached");

    private final String code;

    DayOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
