package attendance.run;

/**
 * Why a plan or a run could not go on. Each code appears in the popup's {@code #error[data-code]}, and is the key
 * {@code error_<code>} in the extension's {@code _locales}.
 */
public enum RunErrorCode {
    NOT_SIGNED_IN("not_signed_in"),
    SESSION_EXPIRED("session_expired"),
    NO_PERSONIO_TAB("no_personio_tab"),
    NO_EMPLOYEE_ID("no_employee_id"),
    INVALID_SETTINGS("invalid_settings"),
    BAD_ANSWER("bad_answer"),
    PERSONIO_UNAVAILABLE("personio_unavailable"),
    /** Personio asked to wait longer than a run waits; the run stops rather than ask again early. */
    PERSONIO_BUSY("personio_busy"),
    BAD_REQUEST("bad_request"),
    /** A run was asked for while another one was going on. */
    ALREADY_RUNNING("already_running"),
    /** The core itself failed; a defect, never a state of Personio. */
    INTERNAL("internal"),
    /** The settings, company or employee changed since the plan was shown: a fresh plan is needed. */
    PLAN_CHANGED("plan_changed"),
    /** The employee id in the settings differs from the one Personio says is signed in. */
    EMPLOYEE_MISMATCH("employee_mismatch"),
    /** Three days in a row failed the same way: going on would fail the rest too. */
    REPEATED_FAILURE("repeated_failure"),
    /** An imported file has bad lines or days that break the working-time rules: nothing of it is written. */
    BAD_FILE("bad_file"),
    /** The file is a summary, a list of projects, or an export without the time columns: not a detailed report. */
    NOT_DETAILED_REPORT("not_detailed_report"),
    /** The file holds nothing of a minute or more. */
    IMPORT_EMPTY("import_empty"),
    /** A stored run that had sent nothing for too long (a browser restarted later) is ended, not taken up again. */
    RUN_TOO_OLD("run_too_old"),
    /** A plan of an imported file was asked for, and no file is kept (forgotten, or dropped after 30 days). */
    NO_IMPORT_FILE("no_import_file"),
    /** The browser could not read the file the user chose. */
    IMPORT_UNREADABLE("import_unreadable"),
    /** The worker could not keep an edit of a day; the editor stays open with it. */
    EDIT_NOT_KEPT("edit_not_kept");

    private final String code;

    RunErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The code for its text, or null. */
    public static RunErrorCode fromCode(String code) {
        for (RunErrorCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
