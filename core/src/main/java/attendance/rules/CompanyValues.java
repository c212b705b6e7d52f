package attendance.rules;

import attendance.settings.ParsedSettings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/**
 * The company's settings (Chrome's managed storage), each value checked on its own: one that would not pass as the
 * only setting (unreadable, or a schedule that breaks the working-time rules) is ignored, and the rest applies. One
 * bad value of a company never stops a plan, a reminder or a run.
 */
public final class CompanyValues {
    private CompanyValues() {
    }

    /** The company's settings without the values that do not pass on their own; anything but an object is none. */
    public static JSONObject usable(Object company) {
        if (!(company instanceof JSONObject c)) {
            return null;
        }
        JSONObject usable = new JSONObject();
        for (String key : c.keySet()) {
            if (key.equals(SettingsCodec.LOCKED) || problems(key, c.get(key)).isEmpty()) {
                usable.put(key, c.get(key));
            }
        }
        return usable;
    }

    /** Why each ignored value was ignored: its problems, every one reported against the company's key. */
    public static List<Violation> ignored(Object company) {
        List<Violation> ignored = new ArrayList<>();
        if (company instanceof JSONObject c) {
            List<String> keys = new ArrayList<>(c.keySet());
            keys.sort(null);
            for (String key : keys) {
                if (!key.equals(SettingsCodec.LOCKED)) {
                    for (Violation v : problems(key, c.get(key))) {
                        ignored.add(new Violation(key, v.code(), v.args()));
                    }
                }
            }
        }
        return ignored;
    }

    private static List<Violation> problems(String key, Object value) {
        if ("autopilot".equals(key) && Boolean.TRUE.equals(value)) {
            return List.of(new Violation(key, ViolationCode.AUTOPILOT_NOT_BY_COMPANY, List.of()));
        }
        ParsedSettings alone = SettingsCodec.parse(new JSONObject().put(key, value));
        return SettingsCheck.refusals(SettingsCheck.check(alone));
    }
}
