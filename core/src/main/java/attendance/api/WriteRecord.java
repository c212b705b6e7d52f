package attendance.api;

import attendance.json.JsonText;
import java.util.HashSet;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Personio has no undo, so the extension keeps a record of what each run sent for each day and what Personio
 * answered, and whether the popup, an import or the autopilot ran it ({@code kind}), for {@link #KEEP_DAYS} days:
 * enough to repair a wrong write by hand. It is built from the job the core wrote, whose messages are already cleaned
 * of session values.
 */
final class WriteRecord {
    static final int KEEP_DAYS = 90;
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private WriteRecord() {
    }

    /** The record with the job's sent days added once each, and what is older than the keep dropped. */
    static JSONArray add(String recordJson, JSONObject job, long now) {
        JSONArray kept = new JSONArray();
        Set<String> seen = new HashSet<>();
        long oldest = now - KEEP_DAYS * DAY_MILLIS;
        for (Object entry : read(recordJson)) {
            if (entry instanceof JSONObject e && recent(e, oldest) && seen.add(key(e))) {
                kept.put(e);
            }
        }
        if (job == null) {
            return kept;
        }
        JSONArray days = job.optJSONArray("days");
        for (int i = 0; days != null && i < days.length(); i++) {
            JSONObject day = days.getJSONObject(i);
            String outcome = day.optString("outcome");
            JSONArray ids = day.optJSONArray("ids");
            if (ids == null || ids.isEmpty() || !(outcome.equals("filled") || outcome.equals("failed"))) {
                continue;
            }
            JSONObject entry = new JSONObject();
            entry.put("at", now);
            entry.put("month", job.getString("month"));
            entry.put("date", day.getString("date"));
            entry.put("outcome", outcome);
            entry.put("kind", job.optString("kind", "month"));
            entry.put("day_id", ids.getString(0));
            entry.put("periods", day.optJSONArray("periods") == null ? new JSONArray() : day.getJSONArray("periods"));
            entry.put("answer", outcome.equals("filled") ? JSONObject.NULL : day.opt("message"));
            if (seen.add(key(entry))) {
                kept.put(entry);
            }
        }
        return kept;
    }

    /** One write is one day under one id, with one outcome: a job stored again adds nothing twice. */
    private static String key(JSONObject entry) {
        return entry.optString("date") + "|" + entry.optString("day_id") + "|" + entry.optString("outcome") + "|"
                + entry.optJSONArray("periods");
    }

    private static boolean recent(JSONObject entry, long oldest) {
        return entry.opt("at") instanceof Number at && at.longValue() > oldest;
    }

    private static JSONArray read(String json) {
        if (json == null || json.isBlank()) {
            return new JSONArray();
        }
        try {
            return JsonText.array(json.trim());
        } catch (JSONException e) {
            return new JSONArray();
        }
    }
}
