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
 * A request from a page or the worker, one type for each export of {@link RecorderApi}, each reading only its own
 * fields, and each field when the export first needs it (so that the first problem is the one told). What every
 * request has is read here: {@code month}, the stored {@code settings} as they are (or null) with the company's
 * {@code managed} values, where the user is ({@code tenants}: the companies of the open Personio tabs, the active one
 * first, then the last one seen), whether any Personio session cookie exists ({@code signed_in}), the month's
 * {@code edits}, and the {@code basis} of the plan the user was shown. Everything that decides the run is decided
 * here, never in the worker.
 */
abstract sealed class BridgeRequest permits BridgeRequest.OfMonth, BridgeRequest.Plan, BridgeRequest.Start,
        BridgeRequest.Export, BridgeRequest.Autopilot, BridgeRequest.Check {
    final YearMonth month;
    final JSONObject raw;

    private BridgeRequest(JSONObject raw, boolean withMonth) {
        this.month = withMonth ? monthOf(raw) : null;
        this.raw = raw;
    }

    /** Reads a request's JSON; one the core cannot read is {@code bad_request}. */
    private static JSONObject parse(String json) {
        try {
            return Fields.object(json, "request");
        } catch (InputException e) {
            throw badRequest(e.detail());
        }
    }

    /** The request's {@code month}; a request without one is {@code bad_request}. */
    private static YearMonth monthOf(JSONObject o) {
        try {
            YearMonth month = Times.month(Fields.text(o, "month", "request"));
            if (month == null) {
                throw new InputException(MessageCode.EXPECTED_TEXT, "request.month", Fields.describe(o.opt("month")));
            }
            return month;
        } catch (InputException e) {
            throw badRequest(e.detail());
        }
    }

    /**
     * The days the user changed in this month's plan: {@code "edits": {"YYYY-MM-DD": {"leave_out": true} | {"start",
     * "end", "breaks", "project_id", "comment"}}}. Each is held to the working-time rules, reported against its date;
     * an edit that breaks one, or a date outside the month, is {@code invalid_settings}.
     */
    Map<LocalDate, DayEdit> edits() {
        return readEdits(month, this.raw.optJSONObject("edits"), rules());
    }

    /** The working-time rules the settings choose, read without refusing anything (Germany's when unreadable). */
    WorkRules rules() {
        return SettingsCheck.rulesOf(SettingsCodec.parse(SettingsCodec.layered(raw.opt("settings"),
                CompanyValues.usable(raw.opt("managed")))).settings());
    }

    private static Map<LocalDate, DayEdit> readEdits(YearMonth month, JSONObject raw, WorkRules rules) {
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

    /** Whether any Personio session cookie exists at all, for when no company is known. */
    boolean signedIn() {
        return raw.optBoolean("signed_in", false);
    }

    /** The basis of the plan the user was shown, or null when the request names none. */
    String basis() {
        return raw.opt("basis") instanceof String b ? b : null;
    }

    /** {@code bad_request}, naming the request's field and what it held where something else was expected. */
    private static RunException badRequest(MessageCode expected, String field, Object value) {
        return badRequest(Message.of(expected, "request." + field, Fields.describe(value)));
    }

    private static RunException badRequest(Message detail) {
        return new RunException(RunError.of(RunErrorCode.BAD_REQUEST, detail));
    }

    private static RunException invalid(List<Violation> violations) {
        return new RunException(new RunError(RunErrorCode.INVALID_SETTINGS, null, violations));
    }

    /** The company's projects and the reminder: what every request has, nothing more. */
    static final class OfMonth extends BridgeRequest {
        private OfMonth(JSONObject raw) {
            super(raw, true);
        }

        static OfMonth read(String json) {
            return new OfMonth(parse(json));
        }
    }

    /** A month's plan ({@code preview}): of the settings, or of an imported file with its answers and edits. */
    static sealed class Plan extends BridgeRequest permits Fill {
        private Plan(JSONObject raw) {
            super(raw, true);
        }

        static Plan read(String json) {
            return new Plan(parse(json));
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
                throw badRequest(MessageCode.EXPECTED_TEXT, "import", text);
            }
            return s;
        }

        /**
         * What the user answered about the imported file ({@code "import_answers": {"person", "date_order"}}); none
         * when absent. Anything but text is no answer.
         */
        ImportAnswers importAnswers() {
            JSONObject answers = raw.optJSONObject("import_answers");
            if (answers == null) {
                return ImportAnswers.NONE;
            }
            return new ImportAnswers(answers.opt("person") instanceof String p ? p : null,
                    answers.opt("date_order") instanceof String d ? d : null);
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
            return readEdits(of, ofMonth, rules());
        }
    }

    /** A run ({@code fill}): the plan's request, with the {@code job} that {@code startJob} made. */
    static final class Fill extends Plan {
        private Fill(JSONObject raw) {
            super(raw);
        }

        static Fill read(String json) {
            return new Fill(parse(json));
        }

        /** The job {@code startJob} made for this run. */
        Job job() {
            try {
                return JobJson.read(raw.opt("job"));
            } catch (InputException e) {
                throw badRequest(e.detail());
            }
        }
    }

    /** Starting a run ({@code startJob}): who starts it, the job the worker holds now, the days confirmed. */
    static final class Start extends BridgeRequest {
        private Start(JSONObject raw) {
            super(raw, true);
        }

        static Start read(String json) {
            return new Start(parse(json));
        }

        /** Who starts the run: {@code "month"} (the popup, and when none is named), "import" or "autopilot". */
        RunKind kind() {
            Object kind = raw.opt("kind");
            if (kind == null || kind == JSONObject.NULL) {
                return RunKind.MONTH;
            }
            RunKind known = kind instanceof String k ? RunKind.fromCode(k) : null;
            if (known == null) {
                throw badRequest(MessageCode.EXPECTED_TEXT, "kind", kind);
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

        /**
         * The days the user confirmed, from the plan on screen: {@code [{"date", "digest"}]} (or bare dates), each with
         * the digest of the row that was shown.
         */
        Map<LocalDate, String> confirmed() {
            if (!(raw.opt("confirmed") instanceof JSONArray list)) {
                throw badRequest(MessageCode.EXPECTED_LIST, "confirmed", raw.opt("confirmed"));
            }
            Map<LocalDate, String> days = new TreeMap<>();
            for (int i = 0; i < list.length(); i++) {
                Object entry = list.opt(i);
                JSONObject row = entry instanceof JSONObject o ? o : null;
                Object dateValue = row == null ? entry : row.opt("date");
                LocalDate date = Times.date(dateValue instanceof String s ? s : "");
                if (date == null || !YearMonth.from(date).equals(month)) {
                    throw badRequest(MessageCode.EXPECTED_DATE, "confirmed[" + i + "]", dateValue);
                }
                days.put(date, row == null || !(row.opt("digest") instanceof String d) ? null : d);
            }
            return days;
        }
    }

    /** The month as a file ({@code exportMonth}), in its {@code format}. */
    static final class Export extends BridgeRequest {
        private Export(JSONObject raw) {
            super(raw, true);
        }

        static Export read(String json) {
            return new Export(parse(json));
        }

        /** The export's format: {@code json}, or {@code csv} for anything else. */
        String format() {
            return "json".equals(raw.opt("format")) ? "json" : "csv";
        }
    }

    /** The autopilot's look ({@code autopilot}): when it last ran, whether it was just switched on, the edits. */
    static final class Autopilot extends BridgeRequest {
        private Autopilot(JSONObject raw) {
            super(raw, true);
        }

        static Autopilot read(String json) {
            return new Autopilot(parse(json));
        }

        /** When the autopilot last ran ({@code "last_day"}), or null. */
        LocalDate lastDay() {
            return raw.opt("last_day") instanceof String s ? Times.date(s) : null;
        }

        /** Whether the autopilot was switched on a moment ago ({@code "switched_on": true}): it runs at once. */
        boolean switchedOn() {
            return Boolean.TRUE.equals(raw.opt("switched_on"));
        }

        /** The edits of another month than the request's: {@code "edits_by_month": {"YYYY-MM": …}}. */
        Map<LocalDate, DayEdit> editsOf(YearMonth other) {
            JSONObject byMonth = this.raw.optJSONObject("edits_by_month");
            return readEdits(other, byMonth == null ? null : byMonth.optJSONObject(Times.format(other)), rules());
        }
    }

    /**
     * The self-check and its validation ({@code selfCheck}, {@code selfCheckValidate}): no month (the core knows
     * today's), the open Personio tabs, and the day to validate.
     */
    static final class Check extends BridgeRequest {
        private Check(JSONObject raw) {
            super(raw, false);
        }

        static Check read(String json) {
            return new Check(parse(json));
        }

        /**
         * The open Personio tabs, {@code [{"origin", "ready"}]}, as the browser reports them; an entry without an
         * origin is left out.
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

        /** The {@code date} the request names, or null for none; {@code bad_request} for one that is not a date. */
        LocalDate date() {
            Object value = raw.opt("date");
            if (value == null || value == JSONObject.NULL) {
                return null;
            }
            LocalDate date = Times.date(value instanceof String s ? s : "");
            if (date == null) {
                throw badRequest(MessageCode.EXPECTED_DATE, "date", value);
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
                throw badRequest(MessageCode.EXPECTED_TEXT, "digest", value);
            }
            return digest;
        }
    }
}
