package attendance.api;

import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.PlannedPeriod;
import attendance.time.Times;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** A month's plan as the popup shows it. */
final class PlanJson {
    private PlanJson() {
    }

    /**
     * {@code [{"date", "weekday", "action", "reason", "partial", "periods"}]}, one per day; a day to fill also has
     * its {@code digest}, and an {@code unreadable} day the {@code field} that could not be read.
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
                d.put("periods", periods(fill.periods()));
                d.put("digest", fill.digest());
            } else if (day instanceof DayPlan.Skip skip) {
                d.put("action", "skip");
                d.put("reason", skip.reason().code());
                d.put("partial", false);
                d.put("periods", new JSONArray());
                if (skip.field() != null) {
                    d.put("field", skip.field());
                }
            }
            days.put(d);
        }
        return days;
    }

    /** {@code [{"type", "start": "HH:MM", "end": "HH:MM"}]}. */
    static JSONArray periods(List<PlannedPeriod> periods) {
        JSONArray list = new JSONArray();
        for (PlannedPeriod p : periods) {
            JSONObject period = new JSONObject();
            period.put("type", p.type().wire());
            period.put("start", Times.format(p.start().toLocalTime()));
            period.put("end", Times.format(p.end().toLocalTime()));
            list.put(period);
        }
        return list;
    }
}
