package attendance.settings;

import attendance.json.AsciiCase;
import attendance.json.JsonText;
import static attendance.json.Fields.isDigits;
import static attendance.json.Fields.orNull;

import attendance.time.Times;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Reads and writes the settings JSON stored under the key {@code settings} (see {@code docs/settings.md}).
 * Reading never fails: each problem is reported against its field and the field falls back to its default.
 */
public final class SettingsCodec {
    public static final int COMMENT_MAX = 500;
    private static final String[] DAY_KEYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private SettingsCodec() {
    }

    /** The settings key for a weekday, such as {@code monday}. */
    public static String key(DayOfWeek day) {
        return DAY_KEYS[day.getValue() - 1];
    }

    public static ParsedSettings parse(String json) {
        if (json == null || json.isBlank() || json.trim().equals("null")) {
            return parse((Object) null);
        }
        try {
            return parse(JsonText.object(json.trim()));
        } catch (JSONException e) {
            return parse((Object) json);
        }
    }

    /** Settings as a JSON value: an object, or null for none at all; anything else is unreadable. */
    public static ParsedSettings parse(Object value) {
        Settings defaults = Settings.defaults();
        if (value == null || value == JSONObject.NULL) {
            return new ParsedSettings(defaults, List.of());
        }
        if (!(value instanceof JSONObject root)) {
            return new ParsedSettings(defaults, List.of(problem("settings", ViolationCode.SETTINGS_UNREADABLE,
                    "settings")));
        }
        List<Violation> problems = new ArrayList<>();
        Map<DayOfWeek, DaySchedule> schedule = schedule(root, defaults, problems);
        String projectId = projectId("project_id", root.opt("project_id"), problems);
        String comment = comment("comment", root.opt("comment"), problems);
        String timezone = timezone(root.opt("timezone"), problems);
        String tenant = tenant(root.opt("tenant"), problems);
        Long employeeId = employeeId(root.opt("employee_id"), problems);
        boolean alwaysMyHours = flag(root, "always_my_hours", false, problems);
        boolean throughToday = flag(root, "through_today", true, problems);
        boolean reminderBadge = flag(root, "reminder_badge", true, problems);
        Autopilot autopilot = new Autopilot(flag(root, "autopilot", false, problems),
                delayDays(root.opt("autopilot_delay_days"), problems),
                autopilotTime(root.opt("autopilot_time"), problems));
        String workRules = workRules(root.opt("work_rules"), problems);
        return new ParsedSettings(new Settings(schedule, projectId, comment, timezone, tenant, employeeId,
                alwaysMyHours, throughToday, reminderBadge, autopilot, workRules), problems);
    }

    public static JSONObject write(Settings settings) {
        JSONObject root = new JSONObject();
        JSONObject schedule = new JSONObject();
        for (DayOfWeek day : DayOfWeek.values()) {
            DaySchedule d = settings.day(day);
            schedule.put(key(day), d == null ? JSONObject.NULL : day(d));
        }
        root.put("schedule", schedule);
        root.put("project_id", orNull(settings.projectId()));
        root.put("comment", orNull(settings.comment()));
        root.put("timezone", settings.timezone());
        root.put("tenant", orNull(settings.tenant()));
        root.put("employee_id", orNull(settings.employeeId()));
        root.put("always_my_hours", settings.alwaysMyHours());
        root.put("through_today", settings.throughToday());
        root.put("reminder_badge", settings.reminderBadge());
        root.put("autopilot", settings.autopilot().on());
        root.put("autopilot_delay_days", settings.autopilot().delayDays());
        root.put("autopilot_time", Times.format(settings.autopilot().time()));
        root.put("work_rules", settings.workRules());
        return root;
    }

    /** The key of the company's settings that lists the keys a user may not change. */
    public static final String LOCKED = "locked";

    /**
     * The user's settings over the company's (set through Chrome's managed storage) over the product's defaults: the
     * JSON to parse. A key the company locks takes the company's value, whatever the user stored. Settings of the user
     * that are not an object stay as they are, to be reported as unreadable.
     */
    public static Object layered(Object user, Object company) {
        if (!(company instanceof JSONObject c) || c.isEmpty()) {
            return user;
        }
        if (user != null && user != JSONObject.NULL && !(user instanceof JSONObject)) {
            return user;
        }
        JSONObject merged = new JSONObject();
        for (String key : c.keySet()) {
            if (!key.equals(LOCKED)) {
                merged.put(key, c.get(key));
            }
        }
        List<String> locked = locked(company);
        if (user instanceof JSONObject u) {
            for (String key : u.keySet()) {
                if (!locked.contains(key)) {
                    merged.put(key, u.get(key));
                }
            }
        }
        return merged;
    }

    /** The keys the company locks: those it lists under {@code locked} and sets itself. */
    public static List<String> locked(Object company) {
        List<String> locked = new ArrayList<>();
        if (company instanceof JSONObject c && c.opt(LOCKED) instanceof JSONArray list) {
            for (int i = 0; i < list.length(); i++) {
                if (list.opt(i) instanceof String key && c.has(key)) {
                    locked.add(key);
                }
            }
        }
        return locked;
    }

    /**
     * What to store of these settings: what differs from the baseline (the company's settings over the product's
     * defaults), and never a key the company locks.
     */
    public static JSONObject changes(Settings settings, Object company) {
        JSONObject all = write(settings);
        JSONObject baseline = write(parse(layered(null, company)).settings());
        List<String> locked = locked(company);
        JSONObject changed = new JSONObject();
        for (String key : all.keySet()) {
            if (!locked.contains(key) && !same(all.get(key), baseline.get(key))) {
                changed.put(key, all.get(key));
            }
        }
        return changed;
    }

    /**
     * Only what differs from the product's defaults: what is stored, so that a default the user never changed follows
     * new defaults. The schedule is kept whole once any day differs, since a weekday left out of a stored schedule is
     * a day off.
     */
    public static JSONObject changes(Settings settings) {
        return changes(settings, null);
    }

    /** Both sides come from {@link #write}, which builds them alike, so their texts compare. */
    private static boolean same(Object a, Object b) {
        return String.valueOf(a).equals(String.valueOf(b));
    }

    /** A tenant as the user may type it ({@code ACME}, {@code https://acme.app.personio.com/}) in its plain form. */
    public static String normalizeTenant(String raw) {
        String t = raw.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("https://")) {
            t = t.substring(8);
        } else if (t.startsWith("http://")) {
            t = t.substring(7);
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        if (t.endsWith(".app.personio.com")) {
            t = t.substring(0, t.length() - ".app.personio.com".length());
        }
        return t;
    }

    /** Whether this is a company's subdomain as Personio's hosts have it: lower-case letters, digits and dashes. */
    public static boolean isTenant(String tenant) {
        boolean ok = tenant != null && !tenant.isEmpty() && tenant.length() <= 63 && tenant.charAt(0) != '-';
        for (int i = 0; ok && i < tenant.length(); i++) {
            char c = tenant.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        return ok;
    }

    private static JSONObject day(DaySchedule d) {
        JSONObject o = new JSONObject();
        o.put("start", Times.format(d.start()));
        o.put("end", Times.format(d.end()));
        JSONArray breaks = new JSONArray();
        for (TimeRange b : d.breaks()) {
            JSONObject range = new JSONObject();
            range.put("start", Times.format(b.start()));
            range.put("end", Times.format(b.end()));
            breaks.put(range);
        }
        o.put("breaks", breaks);
        if (d.projectId() != null) {
            o.put("project_id", d.projectId());
        }
        if (d.comment() != null) {
            o.put("comment", d.comment());
        }
        return o;
    }

    private static Map<DayOfWeek, DaySchedule> schedule(JSONObject root, Settings defaults,
            List<Violation> problems) {
        if (!root.has("schedule")) {
            return defaults.schedule();
        }
        Object raw = root.opt("schedule");
        if (!(raw instanceof JSONObject week)) {
            problems.add(problem("schedule", ViolationCode.SETTINGS_UNREADABLE, "schedule"));
            return defaults.schedule();
        }
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = key(day);
            Object value = week.opt(key);
            if (value == null || value == JSONObject.NULL) {
                continue;
            }
            if (!(value instanceof JSONObject o)) {
                problems.add(problem(key, ViolationCode.SETTINGS_UNREADABLE, "schedule." + key));
                continue;
            }
            DaySchedule parsed = day(key, o, problems);
            if (parsed != null) {
                days.put(day, parsed);
            }
        }
        return days;
    }

    /** One day's hours as the settings write them, its problems reported against {@code field}; null if unreadable. */
    public static DaySchedule day(String field, Object value, List<Violation> problems) {
        if (!(value instanceof JSONObject o)) {
            problems.add(problem(field, ViolationCode.SETTINGS_UNREADABLE, field));
            return null;
        }
        return day(field, o, problems);
    }

    private static DaySchedule day(String key, JSONObject o, List<Violation> problems) {
        int before = problems.size();
        LocalTime start = time(key, o.opt("start"), problems);
        LocalTime end = time(key, o.opt("end"), problems);
        List<TimeRange> breaks = new ArrayList<>();
        Object rawBreaks = o.opt("breaks");
        if (rawBreaks instanceof JSONArray list) {
            for (int i = 0; i < list.length(); i++) {
                if (!(list.opt(i) instanceof JSONObject b)) {
                    problems.add(problem(key, ViolationCode.SETTINGS_UNREADABLE,
                            "schedule." + key + ".breaks[" + i + "]"));
                    continue;
                }
                LocalTime bs = time(key, b.opt("start"), problems);
                LocalTime be = time(key, b.opt("end"), problems);
                if (bs != null && be != null) {
                    breaks.add(new TimeRange(bs, be));
                }
            }
        } else if (rawBreaks != null && rawBreaks != JSONObject.NULL) {
            problems.add(problem(key, ViolationCode.SETTINGS_UNREADABLE, "schedule." + key + ".breaks"));
        }
        String projectId = projectId(key, o.opt("project_id"), problems);
        String comment = comment(key, o.opt("comment"), problems);
        if (problems.size() > before || start == null || end == null) {
            return null;
        }
        return new DaySchedule(start, end, breaks, projectId, comment);
    }

    private static LocalTime time(String key, Object raw, List<Violation> problems) {
        String text = raw instanceof String s ? s.trim() : raw == null || raw == JSONObject.NULL ? "" : raw.toString();
        if (text.isEmpty()) {
            problems.add(new Violation(key, ViolationCode.MISSING_TIME, List.of()));
            return null;
        }
        LocalTime t = Times.time(text);
        if (t == null) {
            problems.add(problem(key, ViolationCode.BAD_TIME, text));
        }
        return t;
    }

    /** A project id, reported against {@code field}: {@code project_id}, or the weekday it is set for. */
    private static String projectId(String field, Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        if (!isDigits(text)) {
            problems.add(problem(field, ViolationCode.BAD_PROJECT_ID, text));
            return null;
        }
        return text;
    }

    private static String comment(String field, Object raw, List<Violation> problems) {
        String text = raw instanceof String s && !s.isBlank() ? s : null;
        if (text != null && text.length() > COMMENT_MAX) {
            problems.add(problem(field, ViolationCode.COMMENT_TOO_LONG, Integer.toString(COMMENT_MAX)));
            return null;
        }
        return text;
    }

    private static String timezone(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return Settings.DEFAULT_TIMEZONE;
        }
        if (!looksLikeZone(text) || !Zones.known(text)) {
            problems.add(problem("timezone", ViolationCode.BAD_TIMEZONE, text));
            return Settings.DEFAULT_TIMEZONE;
        }
        return text;
    }

    private static String workRules(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return Settings.DEFAULT_WORK_RULES;
        }
        String code = text.toLowerCase(Locale.ROOT);
        if (!Settings.WORK_RULES.contains(code)) {
            problems.add(problem("work_rules", ViolationCode.BAD_WORK_RULES, text));
            return Settings.DEFAULT_WORK_RULES;
        }
        return code;
    }

    private static int delayDays(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return Autopilot.DEFAULT_DELAY_DAYS;
        }
        if (!isDigits(text) || text.length() > 3 || Integer.parseInt(text) > Autopilot.MAX_DELAY_DAYS) {
            problems.add(new Violation("autopilot_delay_days", ViolationCode.BAD_AUTOPILOT_DELAY,
                    List.of(text, Integer.toString(Autopilot.MAX_DELAY_DAYS))));
            return Autopilot.DEFAULT_DELAY_DAYS;
        }
        return Integer.parseInt(text);
    }

    private static LocalTime autopilotTime(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return Autopilot.DEFAULT_TIME;
        }
        LocalTime time = Times.time(text);
        if (time == null) {
            problems.add(problem("autopilot_time", ViolationCode.BAD_TIME, text));
            return Autopilot.DEFAULT_TIME;
        }
        return time;
    }

    private static String tenant(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        String tenant = normalizeTenant(text);
        if (!isTenant(tenant)) {
            problems.add(problem("tenant", ViolationCode.BAD_TENANT, text));
            return null;
        }
        return tenant;
    }

    private static Long employeeId(Object raw, List<Violation> problems) {
        String text = blankToNull(raw);
        if (text == null) {
            return null;
        }
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (!isDigits(text) || Long.parseLong(text) <= 0) {
            problems.add(problem("employee_id", ViolationCode.BAD_EMPLOYEE_ID, text));
            return null;
        }
        return Long.parseLong(text);
    }

    /** A yes-or-no setting: true, false, or absent for its default. */
    private static boolean flag(JSONObject root, String key, boolean fallback, List<Violation> problems) {
        Object raw = root.opt(key);
        if (raw == null || raw == JSONObject.NULL) {
            return fallback;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        problems.add(problem(key, ViolationCode.SETTINGS_UNREADABLE, key));
        return fallback;
    }

    private static boolean looksLikeZone(String s) {
        if (s.length() > 64 || s.startsWith("/") || s.endsWith("/")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = AsciiCase.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' || c == '+';
            if (!ok) {
                return false;
            }
        }
        return AsciiCase.isLetter(s.charAt(0));
    }

    private static String blankToNull(Object raw) {
        if (raw == null || raw == JSONObject.NULL) {
            return null;
        }
        String text = raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? Long.toString(n.longValue()) : raw.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private static Violation problem(String field, ViolationCode code, String arg) {
        return new Violation(field, code, List.of(arg));
    }
}
