package attendance.selfcheck;

/**
 * The facts the self-check checks, in the order they are shown. Each code is a page's {@code data-check} value and
 * the key {@code check_<code>} in the extension's {@code _locales}.
 */
public enum Check {
    /** The session cookies are there, judged by name only. */
    COOKIES("cookies"),
    /** Personio accepts the XSRF header: a GET with it answers JSON. */
    XSRF("xsrf"),
    /** The navigation context gives an employee id. */
    EMPLOYEE("employee"),
    /** The current month's timesheet parses strictly. */
    TIMESHEET("timesheet"),
    /** The projects list parses. */
    PROJECTS("projects"),
    /** A Personio tab of the company can be reached for writes, judged from its origin. */
    TAB("tab"),
    /** The validation endpoint answers in a known shape; run only when the user asks. */
    VALIDATE("validate");

    private final String code;

    Check(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The check of a code, or null. */
    public static Check fromCode(String code) {
        for (Check c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
