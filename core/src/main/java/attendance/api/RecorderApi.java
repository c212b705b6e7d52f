package attendance.api;

import attendance.InputException;
import attendance.export.MonthExport;
import attendance.importing.ImportResult;
import attendance.importing.Importer;
import attendance.json.Fields;
import attendance.json.JsonText;
import attendance.personio.Endpoints;
import attendance.personio.Projects;
import attendance.planning.DayEdit;
import attendance.planning.DayPlan;
import attendance.rules.CompanyValues;
import attendance.rules.SettingsCheck;
import attendance.rules.WorkRules;
import attendance.run.DayOutcome;
import attendance.run.DayResult;
import attendance.run.FillRun;
import attendance.run.Job;
import attendance.run.MonthReader;
import attendance.run.PlanSources;
import attendance.run.Ports;
import attendance.run.Preview;
import attendance.run.Reminder;
import attendance.run.RunError;
import attendance.run.RunErrorCode;
import attendance.run.RunException;
import attendance.run.RunKind;
import attendance.run.RunOptions;
import attendance.run.RunState;
import attendance.selfcheck.Finding;
import attendance.selfcheck.Report;
import attendance.selfcheck.SelfCheck;
import attendance.settings.Autopilot;
import attendance.settings.ParsedSettings;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.time.Times;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Every operation the extension needs, JSON text in and out, as {@code docs/bridge.md} describes. Each request is
 * read once, by its own type of {@link BridgeRequest}; the answers are made by small codecs. No decision is left to
 * the caller.
 */
public final class RecorderApi {
    private RecorderApi() {
    }

    /**
     * What the options page builds its form from: {@code {"defaults", "days", "working_day"}}: the settings with
     * nothing stored, the weekday keys in order, and the hours a weekday gets when it is switched on.
     */
    public static String settingsForm() {
        return settingsForm(null);
    }

    /**
     * The form with the company's settings (Chrome's managed storage) as its defaults: also {@code "company"}, the
     * keys the company sets, {@code "locked"}, those the user may not change, and {@code "ignored"}, the company's
     * values that do not pass on their own, each with why (as violations against the company's key).
     */
    public static String settingsForm(String managedJson) {
        Object company = managed(managedJson);
        Settings defaults = SettingsCodec.parse(SettingsCodec.layered(null, company)).settings();
        JSONArray days = new JSONArray();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(SettingsCodec.key(day));
        }
        JSONObject defaultsJson = SettingsCodec.write(defaults);
        JSONObject o = new JSONObject();
        o.put("defaults", defaultsJson);
        o.put("days", days);
        o.put("working_day", SettingsCodec.write(Settings.defaults()).getJSONObject("schedule")
                .get(SettingsCodec.key(DayOfWeek.MONDAY)));
        o.put("comment_max", SettingsCodec.COMMENT_MAX);
        o.put("work_rules", new JSONArray(Settings.WORK_RULES));
        JSONArray set = new JSONArray();
        if (company instanceof JSONObject c) {
            List<String> keys = new ArrayList<>(c.keySet());
            keys.remove(SettingsCodec.LOCKED);
            keys.sort(null);
            keys.forEach(set::put);
        }
        o.put("company", set);
        o.put("locked", new JSONArray(SettingsCodec.locked(company)));
        o.put("ignored", TextJson.violations(CompanyValues.ignored(given(managedJson))));
        return o.toString();
    }

    /**
     * The company's settings as Chrome's managed storage gives them, without the values that do not pass on their
     * own ({@link CompanyValues}); null for none or for anything unreadable.
     */
    static Object managed(String managedJson) {
        return CompanyValues.usable(given(managedJson));
    }

    private static Object given(String managedJson) {
        return managedJson != null && managedJson.trim().startsWith("{") && Fields.isJson(managedJson)
                ? JsonText.object(managedJson.trim()) : null;
    }

    /**
     * {@code {"ok", "settings", "stored", "violations": [{"field", "code", "args", "warning"}], "work_minutes"}};
     * settings are normalised when ok, which warnings do not prevent, and {@code stored} is what to store: only what
     * differs from the defaults. {@code work_minutes} has each weekday's minutes of work
     * (null for a day off) and the {@code week}'s total, as the options page shows them while the schedule is edited.
     */
    public static String checkSettings(String settingsJson) {
        return checkSettings(settingsJson, null);
    }

    /** The same, with the company's settings under the user's: what is stored leaves out what they give. */
    public static String checkSettings(String settingsJson, String managedJson) {
        Object company = managed(managedJson);
        Object user = settingsJson == null || settingsJson.isBlank() || settingsJson.trim().equals("null") ? null
                : Fields.isJson(settingsJson) && settingsJson.trim().startsWith("{") ? JsonText.object(settingsJson)
                : settingsJson;
        ParsedSettings parsed = SettingsCodec.parse(SettingsCodec.layered(user, company));
        List<Violation> violations = SettingsCheck.check(parsed);
        boolean ok = SettingsCheck.refusals(violations).isEmpty();
        JSONObject result = new JSONObject();
        result.put("ok", ok);
        result.put("settings", ok ? SettingsCodec.write(parsed.settings()) : JSONObject.NULL);
        result.put("stored", ok ? SettingsCodec.changes(parsed.settings(), company) : JSONObject.NULL);
        result.put("work_minutes", workMinutes(parsed.settings()));
        result.put("violations", TextJson.violations(violations));
        return result.toString();
    }

    private static JSONObject workMinutes(Settings settings) {
        JSONObject minutes = new JSONObject();
        long week = 0;
        for (Map.Entry<DayOfWeek, Long> day : SettingsCheck.workMinutes(settings).entrySet()) {
            minutes.put(SettingsCodec.key(day.getKey()), day.getValue() == null ? JSONObject.NULL : day.getValue());
            week += day.getValue() == null ? 0 : day.getValue();
        }
        return minutes.put(SettingsCheck.WEEK, week);
    }

    /**
     * One day's hours as edited in the popup, checked by the same rules as the settings' days before it is kept:
     * {@code {"ok", "violations", "work_minutes"}}; the violations are reported against the date.
     */
    public static String checkDayEdit(String date, String editJson) {
        return checkDayEdit(date, editJson, null);
    }

    /**
     * As {@link #checkDayEdit(String, String)}, by the working-time rules that {@code contextJson} ({@code
     * {"settings", "managed"}}, as stored) chooses; Germany's without it.
     */
    public static String checkDayEdit(String date, String editJson, String contextJson) {
        LocalDate day = Times.date(date);
        List<Violation> problems = new ArrayList<>();
        Object raw = editJson == null ? null : Fields.isJson(editJson) ? JsonText.object(editJson) : editJson;
        JSONObject context = contextJson != null && contextJson.trim().startsWith("{") && Fields.isJson(contextJson)
                ? JsonText.object(contextJson.trim()) : new JSONObject();
        WorkRules rules = SettingsCheck.rulesOf(SettingsCodec.parse(SettingsCodec.layered(context.opt("settings"),
                CompanyValues.usable(context.opt("managed")))).settings());
        DayEdit edit = day == null ? null : DayEdits.read(day, raw, problems, rules);
        long minutes = edit == null || edit.leaveOut() ? 0 : Math.max(0, edit.hours().netWorkMinutes());
        return new JSONObject().put("ok", edit != null).put("violations", TextJson.violations(problems))
                .put("work_minutes", minutes).toString();
    }

    /**
     * Stored settings as an install that seeded every default left them, made to hold only what differs from the
     * defaults, so that new defaults show through. Settings that break a rule stay as they are: nothing the user
     * typed is lost. Null stays null.
     */
    public static String migrateSettings(String settingsJson) {
        if (settingsJson == null || settingsJson.isBlank() || settingsJson.trim().equals("null")) {
            return "null";
        }
        ParsedSettings parsed = SettingsCodec.parse(settingsJson);
        if (!SettingsCheck.refusals(SettingsCheck.check(parsed)).isEmpty()) {
            return settingsJson;
        }
        return SettingsCodec.changes(parsed.settings()).toString();
    }

    /**
     * {@code {"ok": true, "month", "tenant", "employee_id", "project", "comment", "fill_count", "skip_count",
     * "basis", "days", "totals"}} or {@code {"ok": false, "error"}}. A plan of the current month after its first
     * days also carries the {@code reminder}, counted from the plan itself, so the badge needs no read of its own.
     *
     * @param portsFor the ports that reach a company's Personio, by its subdomain
     * @param todayIn  today's date ({@code YYYY-MM-DD}) in an IANA zone, or null for a zone the browser does not know
     */
    public static String preview(Function<String, Ports> portsFor, UnaryOperator<String> todayIn, String requestJson,
            RunOptions options) {
        return answer(() -> {
            BridgeRequest.Plan request = BridgeRequest.Plan.read(requestJson);
            String file = request.importText();
            YearMonth month = request.month;
            if (file != null) {
                ImportResult read = Importer.read(file, Map.of(), null, request.importAnswers(), request.rules());
                if (read.question() != null) {
                    // Whose entries, or which date order: asked before anything is asked of Personio.
                    return ImportJson.question(read).toString();
                }
                if (!read.ok()) {
                    // A bad file is told line by line before anything is asked of Personio.
                    return ImportJson.refusal(read).toString();
                }
                month = ImportJson.monthOf(read, month);
            }
            Settings settings = request.settings();
            LocalDate today = BridgeRequest.today(settings, todayIn);
            String tenant = request.tenant(settings);
            PlanSources sources = file == null ? PlanSources.edited(request.edits())
                    : PlanSources.imported(file, request.importAnswers(), request.importEdits(month));
            Preview preview = MonthReader.of(portsFor.apply(tenant), options, tenant, sources)
                    .preview(month, settings, today, tenant);
            int fills = preview.plan().fills().size();
            JSONObject result = new JSONObject();
            result.put("ok", true);
            result.put("month", Times.format(month));
            result.put("tenant", tenant);
            result.put("employee_id", preview.employeeId());
            result.put("project", project(preview.project()));
            result.put("comment", Fields.orNull(settings.comment()));
            result.put("through_today", settings.throughToday());
            result.put("locked", new JSONArray(request.locked()));
            result.put("fill_count", fills);
            result.put("skip_count", preview.plan().days().size() - fills);
            result.put("basis", preview.basis());
            result.put("days", PlanJson.days(preview.plan()));
            result.put("totals", PlanJson.totals(preview.plan()));
            result.put("project_names", PlanJson.projectNames(preview.plan(), preview.projectNames()));
            if (preview.imported() != null) {
                ImportJson.describe(preview.imported(), result);
            }
            Reminder reminder = Reminder.of(preview.plan(), today);
            if (reminder != null && settings.reminderBadge()) {
                result.put("reminder", reminderJson(reminder));
            }
            return result.toString();
        });
    }

    /**
     * The local record of writes, with a job's written days added: {@code [{"at", "month", "date", "outcome",
     * "day_id", "periods", "answer"}]}, newest last. A day is recorded once the job sent its write (it has ids) and it
     * ended filled or failed; {@code answer} is null for a day Personio saved, else what it said, as a message. Entries
     * older than {@link WriteRecord#KEEP_DAYS} days are dropped, and so is anything the core cannot read. The record
     * holds the periods, project and comment sent, never a cookie or token.
     *
     * @param now the moment, in milliseconds since 1970 ({@code at} is kept so)
     */
    public static String recordRun(String recordJson, String jobJson, double now) {
        Job job = readStored(jobJson);
        return WriteRecord.add(recordJson, job == null ? null : JobJson.write(job), (long) now).toString();
    }

    /**
     * The company's attendance projects, for the options page to offer by name: {@code {"ok": true, "projects":
     * [{"id", "name", "active"}]}} (active ones first, each group by name), or {@code {"ok": false, "error"}}.
     * Read-only: one request, the session refresh.
     */
    public static String projects(Function<String, Ports> portsFor, String requestJson, RunOptions options) {
        return answer(() -> {
            BridgeRequest.OfMonth request = BridgeRequest.OfMonth.read(requestJson);
            Settings settings = request.settings();
            String tenant = request.tenant(settings);
            JSONArray list = new JSONArray();
            for (Projects.Project p : Projects.forPicking(MonthReader.of(portsFor.apply(tenant), options, tenant,
                    PlanSources.NONE).projects())) {
                list.put(new JSONObject().put("id", p.id()).put("name", p.name()).put("active", p.active()));
            }
            return new JSONObject().put("ok", true).put("projects", list).toString();
        });
    }

    /**
     * What the reminder badge shows: {@code {"ok": true, "count", "days", "months"}}, the working days before today a
     * plan would fill (in the first days of a month, last month's too) and the months they are in; with the badge
     * switched off in the settings, {@code {"ok": true, "count": 0, "days": [], "months": [], "off": true}} and
     * nothing is asked. Otherwise {@code {"ok": false, "error"}}, for example {@code not_signed_in} before any request.
     */
    public static String reminder(Function<String, Ports> portsFor, UnaryOperator<String> todayIn,
            String requestJson, RunOptions options) {
        return answer(() -> {
            BridgeRequest.OfMonth request = BridgeRequest.OfMonth.read(requestJson);
            Settings settings = request.settings();
            Reminder reminder = new Reminder(List.of());
            if (settings.reminderBadge()) {
                LocalDate today = BridgeRequest.today(settings, todayIn);
                String tenant = request.tenant(settings);
                reminder = MonthReader.of(portsFor.apply(tenant), options, tenant,
                        PlanSources.edited(request.edits())).reminder(settings, today);
            }
            JSONObject result = reminderJson(reminder);
            if (!settings.reminderBadge()) {
                result.put("off", true);
            }
            return result.toString();
        });
    }

    /** {@code {"ok": true, "count", "days", "months"}}. */
    private static JSONObject reminderJson(Reminder reminder) {
        JSONArray days = new JSONArray();
        reminder.days().forEach(day -> days.put(Times.format(day)));
        JSONArray months = new JSONArray();
        reminder.months().forEach(month -> months.put(Times.format(month)));
        return new JSONObject().put("ok", true).put("count", reminder.count()).put("days", days)
                .put("months", months);
    }

    /**
     * The month as Personio holds it, as a file to download: {@code {"ok": true, "month", "filename", "mime",
     * "content"}} or {@code {"ok": false, "error"}}. The request's {@code format} is {@code csv} (the default) or
     * {@code json}. Read-only: the session refresh, who the user is, and the month's timesheet.
     */
    public static String exportMonth(Function<String, Ports> portsFor, String requestJson, RunOptions options) {
        return answer(() -> {
            BridgeRequest.Export request = BridgeRequest.Export.read(requestJson);
            Settings settings = request.settings();
            String tenant = request.tenant(settings);
            boolean json = "json".equals(request.format());
            MonthExport table = MonthReader.of(portsFor.apply(tenant), options, tenant, PlanSources.NONE)
                    .export(request.month, settings);
            JSONObject result = new JSONObject();
            result.put("ok", true);
            result.put("month", Times.format(request.month));
            result.put("filename", MonthExport.filename(tenant, request.month, json));
            result.put("mime", json ? "application/json" : "text/csv");
            result.put("content", json ? table.json().toString() : table.csv());
            return result.toString();
        });
    }

    /**
     * Starts a job of the request's {@code kind} for the days the user confirmed, held to the shown plan's
     * {@code basis}, unless one is running: {@code {"ok": true, "job"}}; {@code {"ok": true, "waits": true}} when the
     * autopilot is writing and the user's run is to start once it ends; or {@code {"ok": false, "error"}} with
     * {@code already_running}. Synchronous, so two clicks cannot both start.
     */
    public static String startJob(String requestJson) {
        try {
            BridgeRequest.Start request = BridgeRequest.Start.read(requestJson);
            Job current = request.current();
            RunKind kind = request.kind();
            JSONObject result = new JSONObject();
            result.put("ok", true);
            if (current != null && current.running()) {
                if (current.kind() != RunKind.AUTOPILOT || kind == RunKind.AUTOPILOT) {
                    throw new RunException(RunErrorCode.ALREADY_RUNNING);
                }
                request.confirmed();
                return result.put("waits", true).toString();
            }
            Job started = Job.started(request.month, request.confirmed()).startedBy(kind, request.basis());
            result.put("job", JobJson.write(started));
            return result.toString();
        } catch (RunException e) {
            return TextJson.refusal(e.error()).toString();
        }
    }

    /**
     * Runs the job {@link #startJob} made; the progress port gets the job after every transition, and the job as it
     * ended is returned. A run that cannot start ends {@code stopped} with its error, its days not reached.
     */
    public static String fill(Function<String, Ports> portsFor, UnaryOperator<String> todayIn, String requestJson,
            RunOptions options, Consumer<String> progress) {
        BridgeRequest.Fill request;
        Job job;
        try {
            request = BridgeRequest.Fill.read(requestJson);
            job = request.job();
        } catch (RunException e) {
            return TextJson.refusal(e.error()).toString();
        }
        try {
            Settings settings = request.settings();
            LocalDate today = BridgeRequest.today(settings, todayIn);
            String tenant = request.tenant(settings);
            Ports ports = portsFor.apply(tenant);
            Ports reporting = new Ports(ports.transport(), ports.cookies(), ports.clock(), ports.ids(),
                    next -> progress.accept(JobJson.write(next).toString()), ports.cancelled());
            // The run ends its job itself, whatever happens in it; only what comes before it can stop it here.
            String file = request.importText();
            FillRun run = new FillRun(reporting, options, tenant);
            return JobJson.write((file == null ? run.withEdits(request.edits())
                    : run.withImport(file, request.importAnswers(), request.importEdits(job.month()))).fill(job,
                    settings, today, tenant, request.basis() != null ? request.basis() : job.basis())).toString();
        } catch (RunException e) {
            return stopped(job, e.error(), progress);
        }
    }

    private static String stopped(Job job, RunError error, Consumer<String> progress) {
        Job ended = job.ended(RunState.STOPPED, error);
        progress.accept(JobJson.write(ended).toString());
        return JobJson.write(ended).toString();
    }

    /**
     * What the autopilot does now: {@code {"state": "off"}}; {@code {"state": "not_due", "today"}} (not yet its time,
     * or it ran today); {@code {"state": "no_session", "today"}} (nobody signed in: try again when a session appears);
     * {@code {"state": "due", "today", "runs": [{"month", "confirmed": [{"date", "digest"}], "basis"}]}}, the runs to
     * start one after the other, each of the working days before today at least the delay old that a plan would fill
     * (in the first days of a month, last month's first); or {@code {"state": "switch_off" | "wait", "today",
     * "error"}} when it cannot plan: switched off for what needs the user (settings that no longer pass the rules, an
     * employee-id mismatch), else tried again the next day. Read-only: it writes nothing itself.
     *
     * @param timeIn the time of day ({@code HH:MM}) in an IANA zone
     */
    public static String autopilot(Function<String, Ports> portsFor, UnaryOperator<String> todayIn,
            UnaryOperator<String> timeIn, String requestJson, RunOptions options) {
        JSONObject result = new JSONObject();
        LocalDate today = null;
        try {
            BridgeRequest.Autopilot request = BridgeRequest.Autopilot.read(requestJson);
            Settings settings;
            try {
                settings = request.settings();
            } catch (RunException e) {
                return result.put("state", "switch_off").put("today", JSONObject.NULL)
                        .put("error", TextJson.error(e.error())).toString();
            }
            Autopilot autopilot = settings.autopilot();
            if (!autopilot.on()) {
                return result.put("state", "off").toString();
            }
            today = BridgeRequest.today(settings, todayIn);
            LocalTime now = Times.time(String.valueOf(timeIn.apply(settings.timezone())));
            result.put("today", Times.format(today));
            if (now == null || !autopilot.due(today, now, request.lastDay(), request.switchedOn())) {
                return result.put("state", "not_due").toString();
            }
            if (!request.signedIn()) {
                return result.put("state", "no_session").toString();
            }
            String tenant = request.tenant(settings);
            JSONArray runs = new JSONArray();
            YearMonth first = YearMonth.from(Reminder.firstDay(today));
            for (YearMonth month = first; !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
                Preview preview = MonthReader.of(portsFor.apply(tenant), options, tenant,
                        PlanSources.edited(request.editsOf(month))).preview(month, settings, today, tenant);
                JSONArray confirmed = new JSONArray();
                for (DayPlan.Fill fill : preview.plan().fills()) {
                    if (autopilot.oldEnough(fill.date(), today)) {
                        confirmed.put(new JSONObject().put("date", Times.format(fill.date()))
                                .put("digest", fill.digest()));
                    }
                }
                if (!confirmed.isEmpty()) {
                    runs.put(new JSONObject().put("month", Times.format(month)).put("confirmed", confirmed)
                            .put("basis", preview.basis()));
                }
            }
            return result.put("state", "due").put("runs", runs).toString();
        } catch (RunException e) {
            RunErrorCode code = e.code();
            boolean needsUser = code == RunErrorCode.EMPLOYEE_MISMATCH || code == RunErrorCode.INVALID_SETTINGS;
            if (code == RunErrorCode.NOT_SIGNED_IN) {
                return result.put("state", "no_session").toString();
            }
            return result.put("state", needsUser ? "switch_off" : "wait").put("error", TextJson.error(e.error()))
                    .toString();
        } catch (RuntimeException e) {
            return result.put("state", "wait").put("error", TextJson.error(RunError.of(RunErrorCode.INTERNAL)))
                    .toString();
        }
    }

    /**
     * What an autopilot's run that ended means: {@code {"filled": [dates], "failed": [dates], "switch_off"}}, switched
     * off when what stopped it needs the user (three days failing alike, an employee-id mismatch, settings that no
     * longer pass the rules).
     */
    public static String autopilotOutcome(String jobJson) {
        Job job = readStored(jobJson);
        JSONArray filled = new JSONArray();
        JSONArray failed = new JSONArray();
        boolean switchOff = false;
        if (job != null) {
            for (DayResult day : job.days()) {
                if (day.outcome() == DayOutcome.FILLED) {
                    filled.put(Times.format(day.date()));
                } else if (day.outcome() == DayOutcome.FAILED) {
                    failed.put(Times.format(day.date()));
                }
            }
            RunErrorCode code = job.error() == null ? null : job.error().code();
            switchOff = code == RunErrorCode.REPEATED_FAILURE || code == RunErrorCode.EMPLOYEE_MISMATCH
                    || code == RunErrorCode.INVALID_SETTINGS;
        }
        return new JSONObject().put("filled", filled).put("failed", failed).put("switch_off", switchOff).toString();
    }

    /**
     * A team's report with only the chosen person's lines (the header and their lines, as CSV), to be stored in place
     * of the whole file once the user has chosen; any other file as it is.
     */
    public static String importOnlyPerson(String text, String person) {
        return Importer.onlyPerson(text, person);
    }

    /**
     * A stored job, as a worker that has just started finds it. One stored as running lost its worker: it is taken
     * up again ({@link Job#resumed}), and the worker runs it on with {@link #fill}. Null stays null, and a job the
     * core cannot read is dropped.
     */
    public static String jobAfterRestart(String jobJson) {
        Job job = readStored(jobJson);
        return job == null ? "null" : JobJson.write(job.resumed()).toString();
    }

    /**
     * As {@link #jobAfterRestart(String)} at this moment (epoch milliseconds): a running job idle for longer than
     * {@link Job#RESUMABLE_MILLIS} is ended as {@code run_too_old} instead of taken up again.
     */
    public static String jobAfterRestart(String jobJson, long now) {
        Job job = readStored(jobJson);
        return job == null ? "null" : JobJson.write(job.resumed(now)).toString();
    }

    /** A running job whose run failed outside the core's reach: it stops as {@code internal}. */
    public static String jobFailed(String jobJson) {
        Job job = readStored(jobJson);
        return job == null ? "null" : JobJson.write(job.running()
                ? job.ended(RunState.STOPPED, RunError.of(RunErrorCode.INTERNAL)) : job).toString();
    }

    private static Job readStored(String jobJson) {
        if (jobJson == null || jobJson.isBlank() || jobJson.trim().equals("null")) {
            return null;
        }
        try {
            return JobJson.read(Fields.object(jobJson, "job"));
        } catch (InputException e) {
            return null;
        }
    }

    /**
     * The self-check, read-only: {@code {"ok": true, "tenant", "checks", "validate"}} or {@code {"ok": false,
     * "error"}} for a request the core cannot read or invalid settings. {@code checks} are the findings in the order
     * of {@code docs/bridge.md}; {@code validate} says what the validation would send: {@code {"method", "path",
     * "day"}}, {@code day} being {@code {"date", "digest", "periods"}} or null when there is no day to send for. With
     * no company known, nothing is asked of any Personio.
     */
    public static String selfCheck(Function<String, Ports> portsFor, UnaryOperator<String> todayIn,
            String requestJson, RunOptions options) {
        return answer(() -> {
            BridgeRequest.Check request = BridgeRequest.Check.read(requestJson);
            Settings settings = request.settings();
            LocalDate today = BridgeRequest.today(settings, todayIn);
            String tenant;
            try {
                tenant = request.tenant(settings);
            } catch (RunException e) {
                return selfCheckAnswer(null, SelfCheck.withoutCompany(request.signedIn(), request.tabs()), null);
            }
            SelfCheck.Outcome outcome = new SelfCheck(portsFor.apply(tenant), options, tenant).run(settings, today,
                    request.tabs());
            return selfCheckAnswer(tenant, outcome.findings(), outcome.validateDay());
        });
    }

    private static String selfCheckAnswer(String tenant, List<Finding> findings, DayPlan.Fill day) {
        JSONObject validate = new JSONObject();
        validate.put("method", "POST");
        validate.put("path", Endpoints.VALIDATE);
        validate.put("day", SelfCheckJson.day(day));
        JSONObject result = new JSONObject();
        result.put("ok", true);
        result.put("tenant", Fields.orNull(tenant));
        result.put("checks", SelfCheckJson.findings(findings));
        result.put("validate", validate);
        return result.toString();
    }

    /**
     * The self-check's validation, run when the user asks: {@code {"ok": true, "check"}} with the {@code validate}
     * finding, or {@code {"ok": false, "error"}}. The request names the {@code date} and {@code digest} of the day
     * {@link #selfCheck} showed; a day that changed since is not sent.
     */
    public static String selfCheckValidate(Function<String, Ports> portsFor, UnaryOperator<String> todayIn,
            String requestJson, RunOptions options) {
        return answer(() -> {
            BridgeRequest.Check request = BridgeRequest.Check.read(requestJson);
            Settings settings = request.settings();
            LocalDate today = BridgeRequest.today(settings, todayIn);
            LocalDate date = request.date();
            String digest = request.digest();
            String tenant = request.tenant(settings);
            Finding finding = new SelfCheck(portsFor.apply(tenant), options, tenant).validate(settings, today, date,
                    digest);
            JSONObject result = new JSONObject();
            result.put("ok", true);
            result.put("check", SelfCheckJson.finding(finding));
            return result.toString();
        });
    }

    /**
     * The report of the findings a page shows, for a bug ticket: {@code {"report": text}} from {@code {"version",
     * "checks"}}. It holds check codes, verdicts, finding codes, counts and field names; no detail, and nothing but
     * plain tokens ({@link Report}).
     */
    public static String selfCheckReport(String requestJson) {
        JSONObject request;
        try {
            request = Fields.object(requestJson, "request");
        } catch (InputException e) {
            request = new JSONObject();
        }
        String version = request.opt("version") instanceof String v ? v : "";
        return new JSONObject().put("report", Report.text(version, SelfCheckJson.read(request.opt("checks"))))
                .toString();
    }

    /**
     * The one place where a failure becomes an answer: a {@link RunException} is its error, anything else is a defect
     * of the core's own, {@code internal}.
     */
    private static String answer(Supplier<String> body) {
        try {
            return body.get();
        } catch (RunException e) {
            return TextJson.refusal(e.error()).toString();
        } catch (RuntimeException e) {
            return TextJson.refusal(RunError.of(RunErrorCode.INTERNAL)).toString();
        }
    }

    private static Object project(Projects.Project project) {
        if (project == null) {
            return JSONObject.NULL;
        }
        JSONObject o = new JSONObject();
        o.put("id", project.id());
        o.put("name", Fields.orNull(project.name()));
        o.put("known", project.known());
        o.put("active", project.active());
        return o;
    }
}
