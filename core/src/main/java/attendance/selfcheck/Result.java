package attendance.selfcheck;

/** A check's verdict: the page's {@code data-result} and the key {@code result_<code>} in {@code _locales}. */
public enum Result {
    PASS("pass"),
    /** Works, or could not be told, but not as expected: worth a look, not a defect of Personio's. */
    WARN("warn"),
    FAIL("fail");

    private final String code;

    Result(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
