package attendance.importing;

/** The kinds of file the import reads, each by the name the bridge gives it. */
public enum ImportFormat {
    JSON("json"), TOGGL("toggl"), CLOCKIFY("clockify");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
