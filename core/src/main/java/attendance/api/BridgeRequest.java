package attendance.api;

import attendance.InputException;
import attendance.importing.ImportAnswers;
import attendance.json.Fields;
import attendance.personio.Company;
import attendance.planning.DayEdit;
import attendance.rules.CompanyValues;
import attendance.rules.SettingsCheck;
import attendance.rules.WorkRules;
import attendance.run.Job;
import attendance.run.RunError;
import attendance.run.RunErrorCode;
import attendance.run.RunKind;
import attendance.run.RunException;
import attendance.selfcheck.OpenTab;
import attendance.settings.ParsedSettings;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.text.Message;
import attendance.text.MessageCode;
import attendance.time.Times;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A request from the worker, read once: {@code month}, the stored {@code settings} as they are (or null), where the
 * user is ({@code tenants}: the companies of the open Personio tabs, the active one first, then the last one seen),
 * whether any Personio session cookie exists ({@code signed_in}), and for a run the {@code job} that
 * {@code startJob} made; for the self-check, the open Personio {@code tabs}, and the {@code date} and {@code digest} of
 * the day to validate. Everything that decides the run is decided here, never in the worker.
 */
final class BridgeRequest {
    final YearMonth month;
    private final JSONObject raw;

    private BridgeRequest(YearMonth month, JSONObject raw) {
        this.month = month;
        this.raw = raw;
    }

    /** Reads the request; a request the core cannot read is {@code bad_request}. */
    static BridgeRequest read(String json) {
        try {
            JSONObject o = Fields.object(json, "request");
            YearMonth month = Times.month(Fields.text(o, "month", "request"));
            if (month == null) {
                throw new InputException(MessageCode.EXPECTED_TEXT, "request.month",
                        Fields.describe(o.opt("month")));
            }
            return new BridgeRequest(month, o);
        } catch (InputException e) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST, e.detail()));
        }
    }

    /**
     * The days the user changed in this month's plan: {@code "edits": {"YYYY-MM-DD": {"leave_out": true} | {"start",
     * "end", "breaks", "project_id", "comment"}}}. Each is held to the working-time rules, reported against its date;
     * an edit that breaks one, or a date outside the month, is {@code invalid_settings}.
     */
    Map<LocalDate, DayEdit> edits() {
        return edits(month, this.raw.optJSONObject("edits"), rules());
    }

    /** The working-time rules the settings choose, read without refusing anything (Germany's when unreadable). */
    WorkRules rules() {
        return SettingsCheck.rulesOf(SettingsCodec.parse(SettingsCodec.layered(raw.opt("settings"),
                CompanyValues.usable(raw.opt("managed")))).settings());
    }

    /** The edits of another month than the request's, for the autopilot: {@code "edits_by_month": {"YYYY-MM": …}}. */
    Map<LocalDate, DayEdit> editsOf(YearMonth other) {
        JSONObject byMonth = this.raw.optJSONObject("edits_by_month");
        return edits(other, byMonth == null ? null : byMonth.optJSONObject(Times.format(other)), rules());
    }

    /**
     * The user's edits of an imported file's days ({@code "import_edits": {"YYYY-MM-DD": edit}}), those of this
     * month, read and checked as the popup's edits are.
     */
    Map<LocalDate, DayEdit> importEdits(YearMonth of) {
        JSONObject all = raw.optJSONObject("import_edits");
        JSONObject ofMonth = new JSONObject();
        if (all != null) {
            for (String key : all.keySet()) {
                LocalDate date = Times.date(key);
                if (date != null && YearMonth.from(date).equals(of)) {
                    ofMonth.put(key, all.get(key));
                }
            }
        }
        return edits(of, ofMonth, rules());
    }

    /** When the autopilot last ran ({@code "last_day"}), or null. */
    LocalDate lastDay() {
        return raw.opt("last_day") instanceof String s ? Times.date(s) : null;
    }

    /** Whether the autopilot was switched on a moment ago ({@code "switched_on": true}): it runs at once. */
    boolean switchedOn() {
        return Boolean.TRUE.equals(raw.opt("switched_on"));
    }

    private static Map<LocalDate, DayEdit> edits(YearMonth month, JSONObject raw, WorkRules rules) {
        Map<LocalDate, DayEdit> edits = new TreeMap<>();
        if (raw == null) {
            return edits;
        }
        List<Violation> problems = new ArrayList<>();
        for (String key : raw.keySet()) {
            LocalDate date = Times.date(key);
            if (date == null || !YearMonth.from(date).equals(month)) {
                problems.add(new Violation(key, ViolationCode.SETTINGS_UNREADABLE, List.of("edits." + key)));
                continue;
            }
            DayEdit edit = DayEdits.read(date, raw.opt(key), problems, rules);
            if (edit != null) {
                edits.put(date, edit);
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return edits;
    }

    /** Reads a request that names no month, such as the self-check's: its month is today's, which the core knows. */
    static BridgeRequest readWithoutMonth(String json) {
        try {
            return new BridgeRequest(null, Fields.object(json, "request"));
        } catch (InputException e) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST, e.detail()));
        }
    }

    /**
     * The text of an imported file, when the plan or run is the file's ({@code "import"}); null when it is the
     * settings'. Anything but text is {@code bad_request}.
     */
    String importText() {
        Object text = raw.opt("import");
        if (text == null || text == JSONObject.NULL) {
            return null;
        }
        if (!(text instanceof String s)) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST,
                    Message.of(MessageCode.EXPECTED_TEXT, "request.import", Fields.describe(text))));
        }
        return s;
    }

    /**
     * What the user answered about the imported file ({@code "import_answers": {"person", "date_order"}}); none when
     * absent. Anything but text is no answer.
     */
    ImportAnswers importAnswers() {
        JSONObject answers = raw.optJSONObject("import_answers");
        if (answers == null) {
            return ImportAnswers.NONE;
        }
        return new ImportAnswers(answers.opt("person") instanceof String p ? p : null,
                answers.opt("date_order") instanceof String d ? d : null);
    }

    /** The export's format: {@code json}, or {@code csv} for anything else. */
    String format() {
        return "json".equals(raw.opt("format")) ? "json" : "csv";
    }

    /** The keys the company's policy locks, which the user may not change. */
    List<String> locked() {
        return SettingsCodec.locked(CompanyValues.usable(raw.opt("managed")));
    }

    /** The settings, parsed and checked once; {@code invalid_settings} with every violation otherwise. */
    Settings settings() {
        ParsedSettings parsed = SettingsCodec.parse(SettingsCodec.layered(raw.opt("settings"),
                CompanyValues.usable(raw.opt("managed"))));
        List<Violation> violations = SettingsCheck.refusals(SettingsCheck.check(parsed));
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return parsed.settings();
    }

    /** Today in the settings' zone, as the browser knows it; a zone the browser does not know is a bad setting. */
    static LocalDate today(Settings settings, UnaryOperator<String> todayIn) {
        LocalDate today = Times.date(todayIn.apply(settings.timezone()));
        if (today == null) {
            throw invalid(List.of(new Violation("timezone", ViolationCode.BAD_TIMEZONE, List.of(settings.timezone()))));
        }
        return today;
    }

    /**
     * The company to work for, as {@link Company#choose} picks it from the settings and where the user is. With none,
     * the user must sign in, or, already signed in, open Personio once so that its address is known.
     */
    String tenant(Settings settings) {
        JSONArray tenants = raw.optJSONArray("tenants");
        List<Object> candidates = new ArrayList<>();
        for (int i = 0; tenants != null && i < tenants.length(); i++) {
            candidates.add(tenants.opt(i));
        }
        String tenant = Company.choose(settings.tenant(), candidates);
        if (tenant == null) {
            throw new RunException(signedIn() ? RunErrorCode.NO_PERSONIO_TAB : RunErrorCode.NOT_SIGNED_IN);
        }
        return tenant;
    }

    /** The job {@code startJob} made for this run. */
    Job job() {
        try {
            return JobJson.read(raw.opt("job"));
        } catch (InputException e) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST, e.detail()));
        }
    }

    /**
     * The days the user confirmed, from the plan on screen: {@code [{"date", "digest"}]} (or bare dates), each with
     * the digest of the row that was shown.
     */
    Map<LocalDate, String> confirmed() {
        if (!(raw.opt("confirmed") instanceof JSONArray list)) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST,
                    Message.of(MessageCode.EXPECTED_LIST, "request.confirmed", Fields.describe(raw.opt("confirmed")))));
        }
        Map<LocalDate, String> days = new TreeMap<>();
        for (int i = 0; i < list.length(); i++) {
            Object entry = list.opt(i);
            JSONObject row = entry instanceof JSONObject o ? o : null;
            Object dateValue = row == null ? entry : row.opt("date");
            LocalDate date = Times.date(dateValue instanceof String s ? s : "");
            if (date == null || !YearMonth.from(date).equals(month)) {
                throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST, Message.of(
                        MessageCode.EXPECTED_DATE, "request.confirmed[" + i + "]", Fields.describe(dateValue))));
            }
            days.put(date, row == null || !(row.opt("digest") instanceof String d) ? null : d);
        }
        return days;
    }

    /**
     * The open Personio tabs, {@code [{"origin", "ready"}]}, as the browser reports them; an entry without an origin
     * is left out.
     */
    List<OpenTab> tabs() {
        List<OpenTab> tabs = new ArrayList<>();
        JSONArray list = raw.optJSONArray("tabs");
        for (int i = 0; list != null && i < list.length(); i++) {
            if (list.opt(i) instanceof JSONObject o && o.opt("origin") instanceof String origin) {
                tabs.add(new OpenTab(origin, Boolean.TRUE.equals(o.opt("ready"))));
            }
        }
        return tabs;
    }

    /** Whether any Personio session cookie exists at all, for when no company is known. */
    boolean signedIn() {
        return raw.optBoolean("signed_in", false);
    }

    /** The {@code date} the request names, or null for none; {@code bad_request} for one that is not a date. */
    LocalDate date() {
        Object value = raw.opt("date");
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        LocalDate date = Times.date(value instanceof String s ? s : "");
        if (date == null) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST,
                    Message.of(MessageCode.EXPECTED_DATE, "request.date", Fields.describe(value))));
        }
        return date;
    }

    /** The {@code digest} the request names, or null for none; {@code bad_request} for one that is not text. */
    String digest() {
        Object value = raw.opt("digest");
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (!(value instanceof String digest)) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST,
                    Message.of(MessageCode.EXPECTED_TEXT, "request.digest", Fields.describe(value))));
        }
        return digest;
    }

    /** The basis of the plan the user was shown, or null when the request names none. */
    String basis() {
        return raw.opt("basis") instanceof String b ? b : null;
    }

    /** Who starts the run: {@code "month"} (the popup, and when the request names none), "import" or "autopilot". */
    RunKind kind() {
        Object kind = raw.opt("kind");
        if (kind == null || kind == JSONObject.NULL) {
            return RunKind.MONTH;
        }
        RunKind known = kind instanceof String k ? RunKind.fromCode(k) : null;
        if (known == null) {
            throw new RunException(RunError.of(RunErrorCode.BAD_REQUEST,
                    Message.of(MessageCode.EXPECTED_TEXT, "request.kind", Fields.describe(kind))));
        }
        return known;
    }

    /** The job the worker holds now, or null. */
    Job current() {
        Object current = raw.opt("current");
        if (current == null || current == JSONObject.NULL) {
            return null;
        }
        try {
            return JobJson.read(current);
        } catch (InputException e) {
            // A stored job the core cannot read any more stands in the way of nothing.
            return null;
        }
    }

    private static RunException invalid(List<Violation> violations) {
        return new RunException(new RunError(RunErrorCode.INVALID_SETTINGS, null, violations));
    }
}
