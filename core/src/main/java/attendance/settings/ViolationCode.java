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
    /** The breaks that count fall short of what the day's work needs in the chosen country. */
    BREAK_TOO_SHORT("break_too_short"),
    /** More work in a row than the country allows without a break. */
    TOO_LONG_IN_A_ROW("too_long_in_a_row"),
    /** A longer working day than the country allows. */
    DAY_TOO_LONG("day_too_long"),
    /** Less rest between two working days than the country asks for. */
    REST_TOO_SHORT("rest_too_short"),
    /** A week that repeats holds more work than the country allows. */
    WEEK_TOO_LONG("week_too_long"),
    /** A week over the country's limit, which the employee may waive in writing (an opt-out): a warning. */
    WEEK_ABOVE_LIMIT("week_above_limit"),
    /** Work on Sundays is legal only in some trades where the country restricts it: a warning, never a refusal. */
    SUNDAY_WORK("sunday_work"),
    /** A working-time rules setting that names no country the product knows. */
    BAD_WORK_RULES("bad_work_rules"),
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
        return this == SUNDAY_WORK || this == WEEK_ABOVE_LIMIT;
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
