package attendance.selfcheck;

/**
 * What a check found. Each code has one verdict, and is the key {@code finding_<code>} in the extension's
 * {@code _locales}; its arguments (counts, HTTP statuses, a shape's or a check's code, never a session value, a name
 * or a comment) fill {@code $1}, {@code $2}, ... there.
 */
public enum CheckCode {
    /** All three session cookies and {@code product_language}. */
    COOKIES_PRESENT("cookies_present", Result.PASS, null),
    /** The session cookies, but not {@code product_language}: no fallback for the employee id. */
    COOKIES_NO_LANGUAGE("cookies_no_language", Result.WARN, null),
    /** Session cookies are missing; the fields name them. */
    COOKIES_MISSING("cookies_missing", Result.FAIL, FieldsKind.MISSING),
    /** No Personio session cookie at all, and no company known. */
    NOT_SIGNED_IN("not_signed_in", Result.FAIL, null),
    /** Signed in to Personio, but which company is not known: no Personio page was seen. */
    COMPANY_UNKNOWN("company_unknown", Result.WARN, null),
    /** A GET with the XSRF header answered JSON: {@code [status]}. */
    XSRF_ACCEPTED("xsrf_accepted", Result.PASS, null),
    /** A GET with the XSRF header was refused: {@code [status]}. */
    XSRF_REFUSED("xsrf_refused", Result.FAIL, null),
    /** Personio sees no live session (401, its sign-in page, an HTML page). */
    SESSION_EXPIRED("session_expired", Result.FAIL, null),
    /** An answer cut short or malformed, or not in the shape the product reads. */
    BAD_ANSWER("bad_answer", Result.FAIL, null),
    /** Personio could not be reached, or answered with a fault; the detail says how. */
    UNAVAILABLE("unavailable", Result.WARN, null),
    /** Not checked, because an earlier check did not pass: {@code [that check's code]}. */
    NOT_CHECKED("not_checked", Result.WARN, null),
    /** The navigation context names the employee (and agrees with the settings' id, if set). */
    EMPLOYEE_FROM_CONTEXT("employee_from_context", Result.PASS, null),
    /** The context names nobody; the settings' id is used without confirmation. */
    EMPLOYEE_FROM_SETTINGS("employee_from_settings", Result.WARN, null),
    /** The context names nobody; the {@code product_language} cookie gives the id. */
    EMPLOYEE_FROM_COOKIE("employee_from_cookie", Result.WARN, null),
    /** The settings' employee id is not the one Personio names. */
    EMPLOYEE_MISMATCH("employee_mismatch", Result.FAIL, null),
    /** No place gives an employee id. */
    EMPLOYEE_MISSING("employee_missing", Result.FAIL, null),
    /** Every card of the month parsed, with no new field: {@code [cards]}. */
    TIMESHEET_PARSED("timesheet_parsed", Result.PASS, null),
    /** Every card parsed; Personio sends fields the product does not know: {@code [cards, new fields]}. */
    TIMESHEET_NEW_FIELDS("timesheet_new_fields", Result.PASS, FieldsKind.NEW),
    /** Fewer cards than days in the month: {@code [cards, days]}; new fields, if any, are listed. */
    TIMESHEET_DAYS_MISSING("timesheet_days_missing", Result.WARN, FieldsKind.NEW),
    /** Cards lack, or mistype, a field that decides a day: {@code [cards]}; the fields name them. */
    TIMESHEET_UNREADABLE("timesheet_unreadable", Result.FAIL, FieldsKind.UNREADABLE),
    /** The answer as a whole could not be read; the field names where. */
    TIMESHEET_BROKEN("timesheet_broken", Result.FAIL, FieldsKind.UNREADABLE),
    /** The projects list parsed: {@code [projects]}. */
    PROJECTS_PARSED("projects_parsed", Result.PASS, null),
    /** The list parsed, but projects have no name: {@code [projects, without a name]}. */
    PROJECTS_UNNAMED("projects_unnamed", Result.WARN, null),
    /** The list could not be read; the field names where. */
    PROJECTS_BROKEN("projects_broken", Result.FAIL, FieldsKind.UNREADABLE),
    /** Tabs of the company are open on its own origin: {@code [tabs]}. */
    TAB_OPEN("tab_open", Result.PASS, null),
    /** Tabs of the company are open, but still loading or asleep. */
    TAB_NOT_READY("tab_not_ready", Result.WARN, null),
    /** No tab of the company is open; a run opens one in the background. */
    NO_TAB("no_tab", Result.WARN, null),
    /** Tabs of the company's host are open on another origin, whose writes Personio refuses: {@code [tabs]}. */
    TAB_FOREIGN_ORIGIN("tab_foreign_origin", Result.FAIL, null),
    /** The validation answered in a known shape and found the day valid: {@code [shape]}. */
    VALIDATE_KNOWN_SHAPE("validate_known_shape", Result.PASS, null),
    /** The validation answered in a known shape and refused the day: {@code [shape]}; the detail says why. */
    VALIDATE_REFUSED("validate_refused", Result.PASS, null),
    /** The validation answered with an error, so its shape could not be seen: {@code [status]}. */
    VALIDATE_ERROR("validate_error", Result.WARN, null),
    /** The validation was refused as a write from a foreign origin, or not allowed: {@code [status]}. */
    VALIDATE_FORBIDDEN("validate_forbidden", Result.FAIL, null),
    /** The validation answered 2xx in neither known shape: {@code [status]}. */
    VALIDATE_UNKNOWN_SHAPE("validate_unknown_shape", Result.FAIL, null),
    /** No empty past working day in this month or the last, so there is nothing to validate. */
    NO_EMPTY_DAY("no_empty_day", Result.WARN, null),
    /** The day that was shown is no longer empty, or would be sent otherwise: nothing was sent. */
    DAY_CHANGED("day_changed", Result.WARN, null),
    /** The check itself failed; a defect of the product's, not a state of Personio. */
    INTERNAL("internal", Result.FAIL, null);

    private final String code;
    private final Result result;
    private final FieldsKind fieldsKind;

    CheckCode(String code, Result result, FieldsKind fieldsKind) {
        this.code = code;
        this.result = result;
        this.fieldsKind = fieldsKind;
    }

    public String code() {
        return code;
    }

    public Result result() {
        return result;
    }

    /** What the finding's fields are; null for a code that lists none. */
    public FieldsKind fieldsKind() {
        return fieldsKind;
    }

    /** The code for its text, or null. */
    public static CheckCode fromCode(String code) {
        for (CheckCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
