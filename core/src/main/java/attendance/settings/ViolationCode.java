package attendance.settings;

/**
 * Everything that can be wrong with settings, by its stable code. Each code is the key {@code violation_<code>} in
 * the extension's {@code _locales}; a violation's arguments fill {@code $1}, {@code $2}, ... there.
 */
public enum ViolationCode {
    SETTINGS_UNREADABLE("settings_unreadable"),
    MISSING_TIME("missing_time"),
    BAD_TIME("bad_time"),
    BAD_PROJECT_ID("bad_project_id"),
    BAD_TIMEZONE("bad_timezone"),
    BAD_TENANT("bad_tenant"),
    BAD_EMPLOYEE_ID("bad_employee_id"),
    COMMENT_TOO_LONG("comment_too_long"),
    END_NOT_AFTER_START("end_not_after_start"),
    BREAK_END_NOT_AFTER_START("break_end_not_after_start"),
    BREAK_OUTSIDE_WORK("break_outside_work"),
    BREAKS_OVERLAP("breaks_overlap"),
    BREAK_30_AFTER_6H("break_30_after_6h"),
    BREAK_45_AFTER_9H("break_45_after_9h"),
    OVER_6H_IN_A_ROW("over_6h_in_a_row"),
    REST_UNDER_11H("rest_under_11h"),
    OVER_10H_NET("over_10h_net"),
    /** ArbZG § 3: a week that repeats averages out to 8 h a working day only with at most 48 h of work. */
    OVER_48H_WEEK("over_48h_week"),
    /** ArbZG § 9: work on Sundays is legal only in some trades, so it is a warning, never a refusal. */
    SUNDAY_WORK("sunday_work"),
    /** The autopilot's delay is not a whole number of days from 0 to 28. */
    BAD_AUTOPILOT_DELAY("bad_autopilot_delay"),
    /** A company may keep the autopilot off for everybody, never switch it on: a record of working time is the
     * employee's to make. */
    AUTOPILOT_NOT_BY_COMPANY("autopilot_not_by_company");

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A warning is shown, and never stops settings from being saved or a month from being filled. */
    public boolean warning() {
        return this == SUNDAY_WORK;
    }

    /** The value for its code, or null. */
    public static ViolationCode fromCode(String code) {
        for (ViolationCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
