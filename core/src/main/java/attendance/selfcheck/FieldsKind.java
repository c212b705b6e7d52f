package attendance.selfcheck;

/** What the names listed with a finding are; the key {@code fields_<code>} in {@code _locales} labels them. */
public enum FieldsKind {
    /** Fields Personio sends that the product does not know; they refuse nothing. */
    NEW("new"),
    /** Fields the product needs that are missing or could not be read. */
    UNREADABLE("unreadable"),
    /** Cookies that are not there. */
    MISSING("missing");

    private final String code;

    FieldsKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
