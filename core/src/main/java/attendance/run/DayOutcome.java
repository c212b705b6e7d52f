package attendance.run;

/** Where a day stands in a run; the codes appear in the popup's {@code [data-outcome]}. */
public enum DayOutcome {
    /** Confirmed by the user, not written yet. */
    PENDING("pending"),
    WRITING("writing"),
    FILLED("filled"),
    FAILED("failed"),
    /** Left alone, as the plan on screen said. */
    SKIPPED("skipped"),
    /** Confirmed, but left alone: it changed in Personio after the plan was shown. */
    CHANGED("changed"),
    /** Confirmed, but the run ended before it. */
    NOT_REACHED("not_reached");

    private final String code;

    DayOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The outcome for its code, or null. */
    public static DayOutcome fromCode(String code) {
        for (DayOutcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        return null;
    }

    /** Still to be written, or being written: a run that ends leaves no day like this. */
    public boolean open() {
        return this == PENDING || this == WRITING;
    }
}
