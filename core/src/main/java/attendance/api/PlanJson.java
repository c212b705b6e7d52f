package attendance.api;

import attendance.json.Fields;
import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.PlannedPeriod;
import attendance.time.Times;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/** A month's plan as the popup shows it. */
final class PlanJson {
    private PlanJson() {
    }

    /**
     * {@code [{"date", "weekday", "action", "reason", "partial", "pending", "periods"}]}, one per day; a day to fill
     * also has its {@code digest}, the minutes of work it writes ({@code work_minutes}), Personio's target for it
     * ({@code target_minutes}, or null), whether the two differ ({@code differs}) and whether the user changed it
     * ({@code edited}); an {@code unreadable} day has
     * the {@code field} that could not be read. {@code pending}: the day's absence still waits for approval.
     */
    static JSONArray days(MonthPlan plan) {
        JSONArray days = new JSONArray();
        for (DayPlan day : plan.days()) {
            JSONObject d = new JSONObject();
            d.put("date", Times.format(day.date()));
            d.put("weekday", day.date().getDayOfWeek().getValue());
            if (day instanceof DayPlan.Fill fill) {
                d.put("action", "fill");
                d.put("reason", JSONObject.NULL);
                d.put("partial", fill.partial());
                d.put("pending", fill.pending());
                d.put("periods", periods(fill.periods()));
                d.put("digest", fill.digest());
                d.put("work_minutes", fill.workMinutes());
                d.put("target_minutes", fill.target() == null ? JSONObject.NULL : fill.target());
                d.put("differs", fill.differsFromTarget());
                d.put("edited", fill.edited());
            } else if (day instanceof DayPlan.Skip skip) {
                d.put("action", "skip");
                d.put("reason", skip.reason().code());
                d.put("partial", false);
                d.put("pending", skip.pending());
                d.put("periods", new JSONArray());
                if (skip.field() != null) {
                    d.put("field", skip.field());
                }
                if (skip.noCard()) {
                    d.put("no_card", true);
                }
            }
            days.put(d);
        }
        return days;
    }

    /**
     * The month's days to fill, summed: {@code {"work_minutes", "target_minutes", "differing_days"}}: the work they
     * write, Personio's target for those of them that have one, and how many days write other hours than their target.
     */
    static JSONObject totals(MonthPlan plan) {
        long work = 0;
        long target = 0;
        int differing = 0;
        for (DayPlan.Fill fill : plan.fills()) {
            work += fill.workMinutes();
            target += fill.target() == null ? 0 : fill.target();
            differing += fill.differsFromTarget() ? 1 : 0;
        }
        return new JSONObject().put("work_minutes", work).put("target_minutes", target)
                .put("differing_days", differing);
    }

    /**
     * {@code {"id": "name"}} for the projects the month's days to fill write, as the company names them; an id the
     * company does not list is left out.
     */
    static JSONObject projectNames(MonthPlan plan, Map<String, String> names) {
        JSONObject used = new JSONObject();
        for (DayPlan.Fill fill : plan.fills()) {
            for (PlannedPeriod p : fill.periods()) {
                if (p.projectId() != null && names.containsKey(p.projectId())) {
                    used.put(p.projectId(), names.get(p.projectId()));
                }
            }
        }
        return used;
    }

    /** {@code [{"type", "start": "HH:MM", "end": "HH:MM", "project_id", "comment"}]}; the last two may be null. */
    static JSONArray periods(List<PlannedPeriod> periods) {
        JSONArray list = new JSONArray();
        for (PlannedPeriod p : periods) {
            JSONObject period = new JSONObject();
            period.put("type", p.type().wire());
            period.put("start", Times.format(p.start().toLocalTime()));
            period.put("end", Times.format(p.end().toLocalTime()));
            period.put("project_id", Fields.orNull(p.projectId()));
            period.put("comment", Fields.orNull(p.comment()));
            list.put(period);
        }
        return list;
    }
}
