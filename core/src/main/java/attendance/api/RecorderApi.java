package attendance.api;

import attendance.InputException;
import attendance.json.Fields;
import attendance.personio.Projects;
import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.PlannedPeriod;
import attendance.rules.SettingsCheck;
import attendance.run.DayOutcome;
import attendance.run.DayResult;
import attendance.run.FillRun;
import attendance.run.Ports;
import attendance.run.Preview;
import attendance.run.ProgressEvent;
import attendance.run.RunErrorCode;
import attendance.run.RunException;
import attendance.run.RunOptions;
import attendance.run.RunSummary;
import attendance.settings.ParsedSettings;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.text.Language;
import attendance.time.Times;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Every operation the extension needs, as JSON text in and out (documented in {@code docs/bridge.md}). A request
 * carries {@code month} ({@code YYYY-MM}), {@code today} ({@code YYYY-MM-DD} in the user's zone), {@code lang} and
 * {@code settings} (the stored object, or null); a fill also carries {@code confirmed}, the dates the user saw.
 */
public final class RecorderApi {
    private RecorderApi() {
    }

    public static String defaultSettings() {
        return SettingsCodec.write(Settings.defaults());
    }

    /** {@code {"ok", "settings", "violations": [{"field", "code", "text"}]}}; settings are normalised when ok. */
    public static String checkSettings(String settingsJson, String languageTag) {
        Language language = Language.fromTag(languageTag);
        ParsedSettings parsed = SettingsCodec.parse(settingsJson);
        List<Violation> violations = SettingsCheck.check(parsed);
        JSONObject result = new JSONObject();
        result.put("ok", violations.isEmpty());
        result.put("settings", violations.isEmpty() ? new JSONObject(SettingsCodec.write(parsed.settings()))
                : JSONObject.NULL);
        result.put("violations", violations(violations, language));
        return result.toString();
    }

    /** {@code {"ok": true, "month", "employee_id", "days": [...]}} or {@code {"ok": false, "error": {...}}}. */
    public static String preview(Ports ports, String requestJson, RunOptions options) {
        try {
            Request request = Request.read(requestJson);
            Preview preview = new FillRun(ports, options).preview(request.month, request.settings(), request.today);
            JSONObject result = new JSONObject();
            result.put("ok", true);
            result.put("month", Times.format(request.month));
            result.put("employee_id", preview.employeeId());
            result.put("project", project(preview.project()));
            result.put("comment", Fields.orNull(request.settings().comment()));
            result.put("days", days(preview.plan()));
            return result.toString();
        } catch (RunException e) {
            JSONObject result = new JSONObject();
            result.put("ok", false);
            result.put("error", error(e.code(), e.detail()));
            return result.toString();
        }
    }

    /** The run's summary; a run that cannot start ends {@code stopped} with its error, its days not reached. */
    public static String fill(Ports ports, String requestJson, RunOptions options) {
        Request request = null;
        try {
            request = Request.read(requestJson);
            return summary(new FillRun(ports, options).fill(request.month, request.settings(), request.today,
                    request.confirmed));
        } catch (RunException e) {
            return summary(request == null ? RunSummary.notStarted(null, null, e)
                    : RunSummary.notStarted(request.month, request.confirmed, e));
        }
    }

    public static String progress(ProgressEvent event) {
        JSONObject o = new JSONObject();
        o.put("date", Times.format(event.date()));
        o.put("outcome", event.outcome().code());
        o.put("message", Fields.orNull(event.message()));
        o.put("done", event.done());
        o.put("total", event.total());
        return o.toString();
    }

    static String summary(RunSummary summary) {
        JSONObject o = new JSONObject();
        o.put("month", summary.month() == null ? JSONObject.NULL : Times.format(summary.month()));
        o.put("state", summary.state().code());
        o.put("filled", summary.count(DayOutcome.FILLED));
        o.put("failed", summary.count(DayOutcome.FAILED));
        o.put("skipped", summary.count(DayOutcome.SKIPPED));
        o.put("not_reached", summary.count(DayOutcome.NOT_REACHED));
        o.put("error", summary.error() == null ? JSONObject.NULL : error(summary.error(), summary.errorDetail()));
        JSONArray days = new JSONArray();
        for (DayResult day : summary.days()) {
            JSONObject d = new JSONObject();
            d.put("date", Times.format(day.date()));
            d.put("outcome", day.outcome().code());
            d.put("reason", day.reason() == null ? JSONObject.NULL : day.reason().code());
            d.put("message", Fields.orNull(day.message()));
            days.put(d);
        }
        o.put("days", days);
        return o.toString();
    }

    private static JSONArray days(MonthPlan plan) {
        JSONArray days = new JSONArray();
        for (DayPlan day : plan.days()) {
            JSONObject d = new JSONObject();
            d.put("date", Times.format(day.date()));
            d.put("weekday", day.date().getDayOfWeek().getValue());
            JSONArray periods = new JSONArray();
            if (day instanceof DayPlan.Fill fill) {
                d.put("action", "fill");
                d.put("reason", JSONObject.NULL);
                d.put("partial", fill.partial());
                for (PlannedPeriod p : fill.periods()) {
                    JSONObject period = new JSONObject();
                    period.put("type", p.type().wire());
                    period.put("start", Times.format(p.start().toLocalTime()));
                    period.put("end", Times.format(p.end().toLocalTime()));
                    periods.put(period);
                }
            } else if (day instanceof DayPlan.Skip skip) {
                d.put("action", "skip");
                d.put("reason", skip.reason().code());
                d.put("partial", false);
            }
            d.put("periods", periods);
            days.put(d);
        }
        return days;
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

    private static JSONArray violations(List<Violation> violations, Language language) {
        JSONArray list = new JSONArray();
        for (Violation v : violations) {
            JSONObject o = new JSONObject();
            o.put("field", v.field());
            o.put("code", v.code().code());
            o.put("text", v.text(language));
            list.put(o);
        }
        return list;
    }

    private static JSONObject error(RunErrorCode code, String detail) {
        JSONObject o = new JSONObject();
        o.put("code", code.code());
        o.put("detail", Fields.orNull(detail));
        return o;
    }

    /** A parsed request; its settings are checked apart, so that a refusal still knows the confirmed days. */
    private static final class Request {
        private YearMonth month;
        private LocalDate today;
        private Language language;
        private Object rawSettings;
        private Set<LocalDate> confirmed;

        static Request read(String json) {
            JSONObject o;
            try {
                o = Fields.object(json, "The request");
            } catch (InputException e) {
                throw new RunException(RunErrorCode.BAD_REQUEST, e.getMessage());
            }
            Request r = new Request();
            r.month = Times.month(o.optString("month", ""));
            r.today = Times.date(o.optString("today", ""));
            if (r.month == null || r.today == null) {
                throw new RunException(RunErrorCode.BAD_REQUEST, "month (YYYY-MM) and today (YYYY-MM-DD) are needed");
            }
            r.language = Language.fromTag(o.optString("lang", "en"));
            r.rawSettings = o.opt("settings");
            JSONArray confirmed = o.optJSONArray("confirmed");
            if (confirmed != null) {
                r.confirmed = new HashSet<>();
                for (int i = 0; i < confirmed.length(); i++) {
                    LocalDate date = Times.date(confirmed.optString(i, ""));
                    if (date == null) {
                        throw new RunException(RunErrorCode.BAD_REQUEST, "confirmed[" + i + "] is not a date");
                    }
                    r.confirmed.add(date);
                }
            }
            return r;
        }

        /** The settings, or {@code invalid_settings} with every violation in the user's language. */
        Settings settings() {
            ParsedSettings parsed = SettingsCodec.parse(rawSettings == null ? null : rawSettings.toString());
            List<Violation> violations = SettingsCheck.check(parsed);
            if (!violations.isEmpty()) {
                List<String> texts = new ArrayList<>();
                for (Violation v : violations) {
                    texts.add(v.text(language));
                }
                throw new RunException(RunErrorCode.INVALID_SETTINGS, String.join(" ", texts));
            }
            return parsed.settings();
        }
    }
}
