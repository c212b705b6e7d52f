package attendance.run;

/** Why a preview or a run could not go on; the codes appear in the popup's {@code #error[data-code]}. */
public enum RunErrorCode {
    NOT_SIGNED_IN("not_signed_in"),
    SESSION_EXPIRED("session_expired"),
    NO_EMPLOYEE_ID("no_employee_id"),
    INVALID_SETTINGS("invalid_settings"),
    BAD_ANSWER("bad_answer"),
    PERSONIO_UNAVAILABLE("personio_unavailable"),
    BAD_REQUEST("bad_request");

    private final String code;

    RunErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
