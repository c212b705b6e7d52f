package attendance.timesheet;

import attendance.json.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The timesheet's fields as they are known (personio-protocol §3 and the seed's example), to tell which fields of an
 * answer are new. A new field never makes the parser refuse a card; the self-check lists them, so that a change of
 * Personio's is seen before it matters.
 */
public final class TimesheetFields {
    private static final Set<String> ROOT = Set.of("timecards", "widgets", "supervisor_person_id",
            "owner_has_propose_rights");
    private static final Set<String> CARD = Set.of("day_id", "date", "state", "is_off_day",
            "assigned_working_schedule_id", "periods", "break_duration_minutes", "legacy_break_duration_minutes",
            "target_hours", "overtime", "time_off", "approval", "alerts", "metadata", "can_create_time_off_in_lieu");
    private static final Set<String> PERIOD = Set.of("id", "start", "end", "project_id", "comment", "type",
            "period_type", "origin", "is_auto_generated", "geolocation");
    private static final Set<String> TARGET = Set.of("effective_work_duration_minutes",
            "effective_break_duration_minutes", "contractual_work_duration_minutes",
            "contractual_break_duration_minutes", "start_time", "end_time");
    private static final Set<String> TIME_OFF = Set.of("aggregated_duration_minutes", "items");
    private static final Set<String> TIME_OFF_ITEM = Set.of("id", "type", "name", "duration_minutes", "status",
            "is_offsite_work_absence", "created_at", "color", "color_family", "misconfigured_absence_type");

    private TimesheetFields() {
    }

    /**
     * The fields of an answer that are not known, as paths without indices ({@code timecards[].periods[].source}),
     * sorted and each once. Only the parts the product reads are looked into; {@code widgets}, {@code overtime} and
     * the like are Personio's own. An answer that cannot be read has none: reading it is the parser's job.
     */
    public static List<String> unknown(String json) {
        Set<String> found = new TreeSet<>();
        JSONObject root;
        try {
            root = JsonText.object(json == null ? "" : json.trim());
        } catch (JSONException e) {
            return List.of();
        }
        collect(root, ROOT, "", found);
        for (JSONObject card : objects(root.opt("timecards"))) {
            collect(card, CARD, "timecards[].", found);
            for (JSONObject period : objects(card.opt("periods"))) {
                collect(period, PERIOD, "timecards[].periods[].", found);
            }
            if (card.opt("target_hours") instanceof JSONObject target) {
                collect(target, TARGET, "timecards[].target_hours.", found);
            }
            if (card.opt("time_off") instanceof JSONObject timeOff) {
                collect(timeOff, TIME_OFF, "timecards[].time_off.", found);
                for (JSONObject item : objects(timeOff.opt("items"))) {
                    collect(item, TIME_OFF_ITEM, "timecards[].time_off.items[].", found);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static void collect(JSONObject o, Set<String> known, String prefix, Set<String> found) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                found.add(prefix + key);
            }
        }
    }

    private static List<JSONObject> objects(Object value) {
        List<JSONObject> objects = new ArrayList<>();
        if (value instanceof JSONArray list) {
            for (int i = 0; i < list.length(); i++) {
                if (list.opt(i) instanceof JSONObject o) {
                    objects.add(o);
                }
            }
        }
        return objects;
    }
}
