package attendance.planning;

/** Why a day is left alone; the codes are part of the popup's element contract. */
public enum SkipReason {
    OFF_DAY("off_day"),
    NON_TRACKABLE("non_trackable"),
    LOCKED("locked"),
    HAS_ENTRIES("has_entries"),
    ABSENCE("absence"),
    NOT_WORKDAY("not_workday"),
    /** The day's hours leave nothing to write, such as a half-day absence over all of them. */
    NO_HOURS("no_hours"),
    /** Personio's card lacks, or mistypes, a field that decides whether the day may be written. */
    UNREADABLE("unreadable"),
    /** The user left this day out of the plan. */
    LEFT_OUT("left_out"),
    /** A plan of an imported file: the file has no hours for this day, which would otherwise be filled. */
    NOT_IN_FILE("not_in_file"),
    /** The day's hours break a working-time rule (an imported day, before an edit fixes it). */
    BREAKS_RULES("breaks_rules"),
    /** Personio has work elsewhere (a business trip) booked on the day: filled only on purpose. */
    OFFSITE_WORK("offsite_work");

    private final String code;

    SkipReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value for its code, or null. */
    public static SkipReason fromCode(String code) {
        for (SkipReason c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
