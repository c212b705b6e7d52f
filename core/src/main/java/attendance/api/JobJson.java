package attendance.api;

import attendance.InputException;
import attendance.json.Fields;
import attendance.planning.PlannedPeriod;
import attendance.planning.SkipReason;
import attendance.run.DayOutcome;
import attendance.run.DayResult;
import attendance.run.Job;
import attendance.run.RunError;
import attendance.run.RunErrorCode;
import attendance.run.RunKind;
import attendance.run.RunState;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.text.Message;
import attendance.text.MessageCode;
import attendance.time.Times;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * A job as the worker stores and broadcasts it, and reads it back after a restart. The counts are written for the
 * popup to show, and never read: they follow from the days.
 */
final class JobJson {
    private JobJson() {
    }

    static JSONObject write(Job job) {
        JSONObject o = new JSONObject();
        o.put("month", Times.format(job.month()));
        o.put("state", job.state().code());
        o.put("cancelling", job.cancelling());
        o.put("filled", job.count(DayOutcome.FILLED));
        o.put("failed", job.count(DayOutcome.FAILED));
        o.put("skipped", job.leftAlone());
        o.put("not_reached", job.count(DayOutcome.NOT_REACHED));
        o.put("done", job.done());
        o.put("total", job.total());
        o.put("error", TextJson.error(job.error()));
        o.put("active_at", job.activeAt() == null ? JSONObject.NULL : job.activeAt());
        o.put("kind", job.kind().code());
        o.put("basis", Fields.orNull(job.basis()));
        JSONArray days = new JSONArray();
        for (DayResult day : job.days()) {
            JSONObject d = new JSONObject();
            d.put("date", Times.format(day.date()));
            d.put("outcome", day.outcome().code());
            d.put("reason", day.reason() == null ? JSONObject.NULL : day.reason().code());
            d.put("message", TextJson.message(day.message()));
            d.put("periods", PlanJson.periods(day.periods()));
            d.put("digest", Fields.orNull(day.digest()));
            d.put("ids", new JSONArray(day.ids()));
            days.put(d);
        }
        o.put("days", days);
        return o;
    }

    /** A job the core wrote; anything else is {@code bad_request}. */
    static Job read(Object value) {
        if (!(value instanceof JSONObject o)) {
            throw new InputException(MessageCode.EXPECTED_OBJECT, "job", Fields.describe(value));
        }
        YearMonth month = Times.month(Fields.text(o, "month", "job"));
        RunState state = RunState.fromCode(Fields.text(o, "state", "job"));
        if (month == null || state == null) {
            throw new InputException(MessageCode.EXPECTED_TEXT, "job.month/state", Fields.describe(o.opt("state")));
        }
        List<DayResult> days = new ArrayList<>();
        JSONArray list = Fields.optArray(o, "days", "job");
        for (int i = 0; list != null && i < list.length(); i++) {
            days.add(day(Fields.element(list, i, "job.days"), "job.days[" + i + "]"));
        }
        Object activeAt = o.opt("active_at");
        String kind = Fields.optText(o, "kind", "job");
        return new Job(month, state, Fields.optBool(o, "cancelling", false, "job"), days,
                error(Fields.optObject(o, "error", "job")),
                activeAt instanceof Number n ? Long.valueOf(n.longValue()) : null,
                kind == null ? RunKind.MONTH : RunKind.fromCode(kind), Fields.optText(o, "basis", "job"));
    }

    private static DayResult day(JSONObject d, String path) {
        LocalDate date = Times.date(Fields.text(d, "date", path));
        DayOutcome outcome = DayOutcome.fromCode(Fields.text(d, "outcome", path));
        if (date == null || outcome == null) {
            throw new InputException(MessageCode.EXPECTED_TEXT, path, Fields.describe(d.opt("outcome")));
        }
        String reasonCode = Fields.optText(d, "reason", path);
        SkipReason reason = reasonCode == null ? null : SkipReason.fromCode(reasonCode);
        List<PlannedPeriod> periods = new ArrayList<>();
        JSONArray list = Fields.optArray(d, "periods", path);
        for (int i = 0; list != null && i < list.length(); i++) {
            JSONObject p = Fields.element(list, i, path + ".periods");
            LocalTime start = Times.time(Fields.text(p, "start", path));
            LocalTime end = Times.time(Fields.text(p, "end", path));
            PeriodType type = PeriodType.fromWire(Fields.text(p, "type", path));
            if (start == null || end == null || type == null) {
                throw new InputException(MessageCode.EXPECTED_TEXT, path + ".periods[" + i + "]", Fields.describe(p));
            }
            periods.add(new PlannedPeriod(date.atTime(start), date.atTime(end), type,
                    Fields.optId(p, "project_id", path), Fields.optText(p, "comment", path)));
        }
        return new DayResult(date, outcome, reason, message(Fields.optObject(d, "message", path)), periods,
                Fields.optText(d, "digest", path), strings(Fields.optArray(d, "ids", path)));
    }

    private static RunError error(JSONObject o) {
        if (o == null) {
            return null;
        }
        RunErrorCode code = RunErrorCode.fromCode(Fields.text(o, "code", "job.error"));
        List<Violation> violations = new ArrayList<>();
        JSONArray list = Fields.optArray(o, "violations", "job.error");
        for (int i = 0; list != null && i < list.length(); i++) {
            JSONObject v = Fields.element(list, i, "job.error.violations");
            ViolationCode vc = ViolationCode.fromCode(Fields.text(v, "code", "job.error.violations"));
            if (vc != null) {
                violations.add(new Violation(Fields.text(v, "field", "job.error.violations"), vc,
                        strings(Fields.optArray(v, "args", "job.error.violations"))));
            }
        }
        return new RunError(code == null ? RunErrorCode.INTERNAL : code,
                message(Fields.optObject(o, "detail", "job.error")), violations);
    }

    private static Message message(JSONObject o) {
        if (o == null) {
            return null;
        }
        for (MessageCode code : MessageCode.values()) {
            if (code.code().equals(Fields.text(o, "code", "message"))) {
                return new Message(code, strings(Fields.optArray(o, "args", "message")));
            }
        }
        return null;
    }

    private static List<String> strings(JSONArray list) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; list != null && i < list.length(); i++) {
            strings.add(String.valueOf(list.opt(i)));
        }
        return strings;
    }
}
