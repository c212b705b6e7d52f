package attendance.text;

/**
 * Every detail the core can tell the user about a run, a day or an answer it could not read. Each code is the key
 * {@code detail_<code>} in the extension's {@code _locales}; its arguments fill {@code $1}, {@code $2}, ... there.
 */
public enum MessageCode {
    /** Personio's own words, as they came: {@code [words]}. */
    PERSONIO_SAID("personio_said"),
    /** An answer with no words of Personio's in it: {@code [status]}. */
    HTTP_STATUS("http_status"),
    /** Personio refused a day without saying why. */
    REFUSED_WITHOUT_REASON("refused_without_reason"),
    /** Personio kept answering 429. */
    THROTTLED("throttled"),
    /** A request timed out. */
    TIMED_OUT("timed_out"),
    /** A request got no answer: {@code [the browser's reason]}. */
    UNREACHABLE("unreachable"),
    /** No Personio tab of the company finished loading in time. */
    TAB_NOT_LOADED("tab_not_loaded"),
    /** The Personio tab was closed or could not run the request. */
    TAB_UNUSABLE("tab_unusable"),
    /** An answer that is not JSON at all: {@code [source]}. */
    NOT_JSON("not_json"),
    /** A field is missing: {@code [path]}. */
    MISSING("missing"),
    /** A field that should be text: {@code [path, value]}. */
    EXPECTED_TEXT("expected_text"),
    /** A field that should be an id: {@code [path, value]}. */
    EXPECTED_ID("expected_id"),
    /** A field that should be true or false: {@code [path, value]}. */
    EXPECTED_BOOLEAN("expected_boolean"),
    /** A field that should be a whole number: {@code [path, value]}. */
    EXPECTED_NUMBER("expected_number"),
    /** A field that should be an object: {@code [path, value]}. */
    EXPECTED_OBJECT("expected_object"),
    /** A field that should be a list: {@code [path, value]}. */
    EXPECTED_LIST("expected_list"),
    /** A field that should be a date: {@code [path, value]}. */
    EXPECTED_DATE("expected_date"),
    /** A field that should be a date and time: {@code [path, value]}. */
    EXPECTED_DATE_TIME("expected_date_time"),
    /** The same date twice in one timesheet: {@code [path, date]}. */
    DUPLICATE_DATE("duplicate_date"),
    /** A validation answer in neither known shape. */
    UNKNOWN_VALIDATION_SHAPE("unknown_validation_shape"),
    /** A save answered 2xx whose body says it failed. */
    SAVE_NOT_CONFIRMED("save_not_confirmed"),
    /** A day's card that cannot be read: {@code [path]}. */
    FIELD_UNREADABLE("field_unreadable"),
    /** A day that would be written differently from the plan that was shown. */
    DAY_CHANGED("day_changed"),
    /** Something unexpected went wrong on one day; the run went on. */
    UNEXPECTED("unexpected"),
    /** Personio asked to wait longer than the run waits: {@code [seconds]}. */
    RETRY_AFTER_TOO_LONG("retry_after_too_long"),
    /** The employee id in the settings is not the one signed in: {@code [settings, Personio]}. */
    EMPLOYEE_IDS("employee_ids"),
    /** The user cancelled while this day's save was on its way: it may still land. */
    CANCELLED_IN_FLIGHT("cancelled_in_flight"),
    /** Personio does not take time on this project from the employee: {@code [project name, project id]}. */
    PROJECT_NOT_TRACKABLE("project_not_trackable"),
    /** An import file that starts like JSON but cannot be read as JSON. */
    IMPORT_BAD_JSON("import_bad_json"),
    /** A CSV line with a quote that is never closed, or text after a closing quote. */
    IMPORT_BAD_CSV("import_bad_csv"),
    /** A CSV line with another number of cells than the header: {@code [cells, header's cells]}. */
    IMPORT_CELL_COUNT("import_cell_count"),
    /** A value the import needs is empty or absent: {@code [column or key]}. */
    IMPORT_MISSING("import_missing"),
    /** A JSON value that should be a list: {@code [value]}. */
    IMPORT_EXPECTED_LIST("import_expected_list"),
    /** A JSON value that should be an object: {@code [value]}. */
    IMPORT_EXPECTED_OBJECT("import_expected_object"),
    /** A JSON value that should be text: {@code [value]}. */
    IMPORT_EXPECTED_TEXT("import_expected_text"),
    /** A value that is not a date in a form the import reads: {@code [value]}. */
    IMPORT_BAD_DATE("import_bad_date"),
    /** A value that is not a time in a form the import reads: {@code [value]}. */
    IMPORT_BAD_TIME("import_bad_time"),
    /** An entry type that is neither work nor a break: {@code [value]}. */
    IMPORT_BAD_TYPE("import_bad_type"),
    /** An entry that ends when or before it starts: {@code [start, end]}. */
    IMPORT_END_NOT_AFTER_START("import_end_not_after_start"),
    /** A comment longer than Personio takes: {@code [longest]}. */
    IMPORT_COMMENT_TOO_LONG("import_comment_too_long"),
    /** A day Personio sent no card for (the plan's {@code no_card}): nothing can be written there. */
    NO_CARD("no_card");

    private final String code;

    MessageCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
