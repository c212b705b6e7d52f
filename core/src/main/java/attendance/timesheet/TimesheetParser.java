package attendance.timesheet;

import attendance.InputException;
import attendance.json.AsciiCase;
import attendance.json.Fields;
import attendance.text.MessageCode;
import attendance.time.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Parses the answer of {@code GET /svc/attendance-bff/v1/timesheet/{employeeId}}. Unknown fields are ignored and
 * optional ones may be missing or null; anything that decides what may be written must be well-formed.
 */
public final class TimesheetParser {
    private TimesheetParser() {
    }

    public static Timesheet parse(String json) {
        JSONObject root = Fields.object(json, "timesheet");
        JSONArray cards = Fields.optArray(root, "timecards", "timesheet");
        if (cards == null) {
            throw new InputException(MessageCode.MISSING, "timesheet.timecards");
        }
        List<Timecard> result = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < cards.length(); i++) {
            String path = "timecards[" + i + "]";
            Timecard card = timecard(Fields.element(cards, i, "timecards"), path);
            if (!seen.add(card.date())) {
                throw new InputException(MessageCode.DUPLICATE_DATE, path + ".date", Times.format(card.date()));
            }
            result.add(card);
        }
        return new Timesheet(result, projectIdsAsText(cards));
    }

    /** Whether the periods that name a project name it as text: then a write names it so too. */
    private static boolean projectIdsAsText(JSONArray cards) {
        for (int i = 0; i < cards.length(); i++) {
            JSONArray periods = cards.opt(i) instanceof JSONObject card ? card.optJSONArray("periods") : null;
            for (int j = 0; periods != null && j < periods.length(); j++) {
                if (periods.opt(j) instanceof JSONObject p && p.opt("project_id") instanceof String) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One card. Its date must be readable, or the answer is refused. Every other field that decides the day is read
     * on its own: one that is missing or mistyped leaves that field unknown and names it in
     * {@link Timecard#unreadable()}, so that the planner can still settle the day by the fields it could read.
     */
    private static Timecard timecard(JSONObject o, String path) {
        String dateText = Fields.text(o, "date", path);
        LocalDate date = Times.date(dateText);
        if (date == null) {
            throw new InputException(MessageCode.EXPECTED_DATE, path + ".date", Fields.describe(dateText));
        }
        Card card = new Card();
        String state = card.read(() -> required(Fields.optText(o, "state", path), path + ".state"));
        String dayId = card.read(() -> {
            required(o.has("day_id") ? o : null, path + ".day_id");
            String id = Fields.optId(o, "day_id", path);
            return id == null || id.isBlank() ? null : id;
        });
        Boolean offDay = card.read(() -> o.has("is_off_day") && !o.isNull("is_off_day")
                ? Fields.optBool(o, "is_off_day", false, path) : required(null, path + ".is_off_day"));
        List<Period> periods = card.read(() -> periods(required(Fields.optArray(o, "periods", path),
                path + ".periods"), path, date));
        TargetHours target = card.read(() -> target(Fields.optObject(o, "target_hours", path),
                path + ".target_hours"));
        TimeOff timeOff = card.read(() -> timeOff(required(o.has("time_off") ? o : null, path + ".time_off")
                .opt("time_off"), target, path + ".time_off"));
        return new Timecard(date, dayId, state == null ? null : state.toLowerCase(Locale.ROOT), offDay, periods,
                timeOff, target, card.unreadable);
    }

    /** Reads a card's fields one by one, keeping the path of the first that could not be read. */
    private static final class Card {
        private String unreadable;

        <T> T read(Supplier<T> field) {
            try {
                return field.get();
            } catch (InputException e) {
                if (unreadable == null) {
                    unreadable = e.detail().args().isEmpty() ? "?" : e.detail().args().get(0);
                }
                return null;
            }
        }
    }

    private static <T> T required(T value, String path) {
        if (value == null) {
            throw new InputException(MessageCode.MISSING, path);
        }
        return value;
    }

    private static List<Period> periods(JSONArray array, String path, LocalDate date) {
        List<Period> periods = new ArrayList<>();
        if (array == null) {
            return periods;
        }
        for (int i = 0; i < array.length(); i++) {
            String p = path + ".periods[" + i + "]";
            JSONObject o = Fields.element(array, i, path + ".periods");
            LocalDateTime start = dateTime(o, "start", p);
            LocalDateTime end = dateTime(o, "end", p);
            String typeText = Fields.optText(o, "type", p);
            if (typeText == null) {
                typeText = Fields.optText(o, "period_type", p);
            }
            PeriodType type = PeriodType.fromWire(typeText);
            if (type == null) {
                // An unknown kind is still an entry: the day counts as recorded and is never overwritten.
                type = PeriodType.WORK;
            }
            periods.add(new Period(Fields.optId(o, "id", p), start, end, type, Fields.optId(o, "project_id", p),
                    Fields.optText(o, "comment", p)));
        }
        return periods;
    }

    private static LocalDateTime dateTime(JSONObject o, String key, String path) {
        String text = Fields.optText(o, key, path);
        if (text == null) {
            return null;
        }
        LocalDateTime value = Times.dateTime(text);
        if (value == null) {
            throw new InputException(MessageCode.EXPECTED_DATE_TIME, path + "." + key, Fields.describe(text));
        }
        return value;
    }

    private static TargetHours target(JSONObject o, String path) {
        if (o == null) {
            return null;
        }
        String start = Fields.optText(o, "start_time", path);
        return new TargetHours(Fields.optInt(o, "effective_work_duration_minutes", path),
                Fields.optInt(o, "contractual_work_duration_minutes", path), start == null ? null : Times.time(start));
    }

    private static TimeOff timeOff(Object raw, TargetHours target, String path) {
        if (raw == null || raw == JSONObject.NULL) {
            return null;
        }
        if (raw instanceof JSONObject o && o.has("items")) {
            return timeOffItems(Fields.optArray(o, "items", path), path);
        }
        if (raw instanceof JSONArray list) {
            if (list.isEmpty()) {
                return null;
            }
            boolean full = false;
            for (int i = 0; i < list.length(); i++) {
                full |= fullDay(list.opt(i), target);
            }
            return new TimeOff(full);
        }
        if (raw instanceof JSONObject || raw instanceof Boolean) {
            if (Boolean.FALSE.equals(raw)) {
                return null;
            }
            return new TimeOff(fullDay(raw, target));
        }
        throw new InputException(MessageCode.EXPECTED_OBJECT, path, Fields.describe(raw));
    }

    /**
     * The shape three clients read: {@code {"items": [{"type", "duration_minutes", "status", ...}]}}. No items is no
     * absence; a public holiday is an item of type {@code holiday}; an item without minutes is a whole day; items that
     * all have minutes are a part of the day, of their sum. A {@code pending} item counts like an approved one.
     */
    private static TimeOff timeOffItems(JSONArray items, String path) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        boolean holiday = false;
        boolean full = false;
        boolean pending = false;
        boolean offsite = false;
        int minutes = 0;
        int absences = 0;
        for (int i = 0; i < items.length(); i++) {
            String p = path + ".items[" + i + "]";
            JSONObject item = Fields.element(items, i, path + ".items");
            if (Fields.optBool(item, "is_offsite_work_absence", false, p)) {
                // Work elsewhere (a business trip) is work, not time off.
                offsite = true;
                continue;
            }
            absences++;
            holiday |= "holiday".equals(Fields.optText(item, "type", p));
            pending |= AsciiCase.equalsIgnoreCase("pending", String.valueOf(item.opt("status")));
            Integer itemMinutes = Fields.isAbsent(item, "duration_minutes") ? null
                    : Fields.optInt(item, "duration_minutes", p);
            if (itemMinutes == null) {
                full = true;
            } else {
                minutes += itemMinutes;
            }
        }
        if (absences == 0) {
            return offsite ? new TimeOff(TimeOff.Kind.OFFSITE_WORK, null, false) : null;
        }
        if (holiday) {
            return new TimeOff(TimeOff.Kind.HOLIDAY, null, pending);
        }
        return full ? new TimeOff(TimeOff.Kind.FULL_DAY, null, pending)
                : new TimeOff(TimeOff.Kind.PART_DAY, minutes, pending);
    }

    private static boolean fullDay(Object raw, TargetHours target) {
        if (raw instanceof JSONObject o) {
            if (flag(o, "is_full_day") || flag(o, "full_day")) {
                return true;
            }
            if (flag(o, "half_day") || flag(o, "is_half_day") || halfDayWord(o)) {
                return false;
            }
        }
        if (target == null || target.effectiveWorkMinutes() == null) {
            return true;
        }
        int effective = target.effectiveWorkMinutes();
        Integer contractual = target.contractualWorkMinutes();
        return effective <= 0 || contractual == null || effective >= contractual;
    }

    private static boolean flag(JSONObject o, String key) {
        return Boolean.TRUE.equals(o.opt(key));
    }

    private static boolean halfDayWord(JSONObject o) {
        for (String key : new String[] {"duration_type", "half_day_type", "day_part"}) {
            Object value = o.opt(key);
            if (value instanceof String s) {
                String v = s.toLowerCase(Locale.ROOT);
                if (v.contains("half") || v.equals("morning") || v.equals("afternoon")) {
                    return true;
                }
            }
        }
        return false;
    }
}
