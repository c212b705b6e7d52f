package personio.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.json.JSONArray;
import org.json.JSONObject;

/** Renders timecards and the timesheet answer from the scenario and what is stored, in the seed's full shape. */
final class Timesheet {

    private static final int WORK_MINUTES = 480;
    private static final int BREAK_MINUTES = 60;

    private static final String SCHEDULE_ID = "1433807584885358592";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Scenario scenario;
    private final DayStore store;
    private final java.util.Set<LocalDate> periodsLeftOut = new java.util.HashSet<>();
    private final java.util.Set<LocalDate> cardsLeftOut = new java.util.HashSet<>();
    private final java.util.Set<LocalDate> offsiteWork = new java.util.HashSet<>();
    /** The employee's contractual work a weekday, in minutes: 480 full time, less part time. */
    private int dailyWork = WORK_MINUTES;

    Timesheet(Scenario scenario, DayStore store) {
        this.scenario = scenario;
        this.store = store;
    }

    /** The answer of {@code GET /svc/attendance-bff/v1/timesheet/{employeeId}} for the dates start to end. */
    JSONObject answer(LocalDate start, LocalDate end) {
        JSONArray timecards = new JSONArray();
        int tracked = 0;
        int target = 0;
        int timeOff = 0;
        int overtime = 0;
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            if (cardsLeftOut.contains(date)) {
                continue;
            }
            JSONObject card = timecard(date);
            timecards.put(card);
            int work = workMinutes(periods(date));
            int effective = targetWorkMinutes(date);
            tracked += work;
            target += effective;
            overtime += work == 0 ? 0 : work - effective;
            timeOff += absenceMinutes(card.optJSONObject("time_off"));
        }
        JSONObject widgets = new JSONObject()
                .put("tracked_hours", new JSONObject().put("tracked_minutes", tracked).put("confirmed_minutes", tracked)
                        .put("target_minutes", target).put("pending_minutes", 0))
                .put("overtime", new JSONObject().put("overtime_minutes", overtime)
                        .put("pending_minutes", JSONObject.NULL).put("cliff_minutes", 0)
                        .put("total_overtime_minutes", overtime))
                .put("time_off", new JSONObject().put("confirmed_minutes", timeOff).put("pending_minutes", 0))
                .put("working_schedule_weeks", new JSONArray().put(scheduleWeek()));
        return new JSONObject().put("timecards", timecards).put("widgets", widgets)
                .put("supervisor_person_id", "").put("owner_has_propose_rights", true);
    }

    /** From now on, the timecard of this date comes without its {@code periods}, as an unreadable card would. */
    void leaveOutPeriods(LocalDate date) {
        periodsLeftOut.add(date);
    }

    /** From now on, the answer has no timecard for this date at all. */
    void leaveOutCard(LocalDate date) {
        cardsLeftOut.add(date);
    }

    /** From now on, the date has work elsewhere (a business trip) booked, as a whole-day offsite-work item. */
    void bookOffsiteWork(LocalDate date) {
        offsiteWork.add(date);
    }

    void reset() {
        periodsLeftOut.clear();
        cardsLeftOut.clear();
        offsiteWork.clear();
        dailyWork = WORK_MINUTES;
    }

    /** From now on, the employee's target is this many minutes of work a weekday (part time when under 480). */
    void dailyTarget(int minutes) {
        dailyWork = minutes;
    }

    /** One day's timecard, with every field of the seed's example. */
    JSONObject timecard(LocalDate date) {
        JSONObject card = fullTimecard(date);
        if (periodsLeftOut.contains(date)) {
            card.remove("periods");
        }
        return card;
    }

    private JSONObject fullTimecard(LocalDate date) {
        Optional<StoredDay> stored = store.day(date);
        List<StoredPeriod> periods = periods(date);
        boolean offDay = scenario.isOffDay(date);
        JSONObject card = new JSONObject()
                .put("day_id", stored.<Object>map(StoredDay::dayId).orElse(JSONObject.NULL))
                .put("date", date.toString())
                .put("state", scenario.state(date))
                .put("is_off_day", offDay)
                .put("assigned_working_schedule_id", SCHEDULE_ID)
                .put("periods", periodsJson(periods))
                .put("break_duration_minutes", periods.stream().filter(p -> !p.isWork())
                        .mapToLong(StoredPeriod::minutes).sum())
                .put("legacy_break_duration_minutes", 0)
                .put("target_hours", target(date))
                .put("overtime", periods.isEmpty() ? JSONObject.NULL : new JSONObject()
                        .put("amount_minutes", workMinutes(periods) - targetWorkMinutes(date))
                        .put("type", "daily_overtime"))
                .put("time_off", timeOff(date))
                .put("approval", periods.isEmpty() ? JSONObject.NULL
                        : new JSONObject().put("status", "confirmed").put("rejection_reason", JSONObject.NULL))
                .put("alerts", new JSONArray())
                .put("metadata", stored.<Object>map(day -> new JSONObject()
                        .put("created_at", day.createdAt().toString())
                        .put("updated_at", day.updatedAt().toString())).orElse(JSONObject.NULL))
                .put("can_create_time_off_in_lieu", !offDay);
        return card;
    }

    /** The day's effective target of work, in minutes. */
    int targetWorkMinutes(LocalDate date) {
        return target(date).getInt("effective_work_duration_minutes");
    }

    private List<StoredPeriod> periods(LocalDate date) {
        return store.day(date).map(StoredDay::periods).orElse(List.of());
    }

    private JSONObject target(LocalDate date) {
        if (Scenario.isWeekend(date)) {
            return target(0, 0, 0, 0, null, null);
        }
        if (scenario.isOffDay(date)) {
            return target(0, 0, dailyWork, BREAK_MINUTES, null, null);
        }
        switch (scenario.absence(date)) {
            case FULL_DAY:
                return target(0, 0, dailyWork, BREAK_MINUTES, null, null);
            case HALF_DAY:
                return target(dailyWork / 2, 0, dailyWork, BREAK_MINUTES, "08:00", endOf(dailyWork / 2));
            default:
                return target(dailyWork, BREAK_MINUTES, dailyWork, BREAK_MINUTES, "08:00", endOf(dailyWork));
        }
    }

    /** When a day of this much work ends, begun at 08:00 with an hour's break after four hours. */
    static String endOf(int work) {
        int end = 8 * 60 + work + (work > 4 * 60 ? BREAK_MINUTES : 0);
        return String.format("%02d:%02d", end / 60, end % 60);
    }

    private static JSONObject target(int work, int pause, int contractualWork, int contractualPause, String start,
            String end) {
        return new JSONObject()
                .put("effective_work_duration_minutes", work)
                .put("effective_break_duration_minutes", pause)
                .put("contractual_work_duration_minutes", contractualWork)
                .put("contractual_break_duration_minutes", contractualPause)
                .put("start_time", start == null ? JSONObject.NULL : start)
                .put("end_time", end == null ? JSONObject.NULL : end);
    }

    /**
     * The absence booked on the date, in the shape three clients read: {@code null} when there is none, else
     * {@code {"aggregated_duration_minutes": N, "items": [...]}}. An item's {@code duration_minutes} is
     * {@code null} for a whole day; the public holiday is one whole-day item of type {@code holiday}.
     */
    private Object timeOff(LocalDate date) {
        if (offsiteWork.contains(date)) {
            JSONObject item = new JSONObject().put("id", Scenario.fixedId("offsite", date)).put("type", "absence")
                    .put("name", "Business trip").put("duration_minutes", JSONObject.NULL).put("status", "approved")
                    .put("is_offsite_work_absence", true).put("color", "#3aa6ff").put("color_family", "blue")
                    .put("misconfigured_absence_type", false);
            return new JSONObject().put("aggregated_duration_minutes", 0).put("items", new JSONArray().put(item));
        }
        if (date.equals(scenario.holiday())) {
            return timeOff(date, "holiday", "Feiertag", null, dailyWork);
        }
        switch (scenario.absence(date)) {
            case FULL_DAY:
                return timeOff(date, "vacation", "Urlaub", null, dailyWork);
            case HALF_DAY:
                return timeOff(date, "vacation", "Urlaub", dailyWork / 2, dailyWork / 2);
            default:
                return JSONObject.NULL;
        }
    }

    /**
     * A time off of one approved item. {@code minutes} null is a whole day; {@code aggregated} is what the item
     * takes off the contractual day.
     */
    private static JSONObject timeOff(LocalDate date, String type, String name, Integer minutes, int aggregated) {
        JSONObject item = new JSONObject().put("id", Scenario.fixedId("time-off", date)).put("type", type)
                .put("name", name).put("duration_minutes", minutes == null ? JSONObject.NULL : minutes)
                .put("status", "approved");
        return new JSONObject().put("aggregated_duration_minutes", aggregated).put("items", new JSONArray().put(item));
    }

    /**
     * What an absence adds to the {@code time_off} widget: its aggregated minutes, unless it is only a public
     * holiday, which is no time off that anyone booked.
     */
    private static int absenceMinutes(JSONObject timeOff) {
        if (timeOff == null) {
            return 0;
        }
        JSONArray items = timeOff.getJSONArray("items");
        for (int i = 0; i < items.length(); i++) {
            JSONObject item = items.getJSONObject(i);
            if (!"holiday".equals(item.getString("type")) && !item.optBoolean("is_offsite_work_absence")) {
                return timeOff.getInt("aggregated_duration_minutes");
            }
        }
        return 0;
    }

    private static JSONArray periodsJson(List<StoredPeriod> periods) {
        JSONArray array = new JSONArray();
        for (StoredPeriod period : periods) {
            array.put(new JSONObject()
                    .put("id", period.id())
                    .put("start", LOCAL_TIME.format(period.start()))
                    .put("end", LOCAL_TIME.format(period.end()))
                    .put("project_id", period.projectId() == null ? JSONObject.NULL : period.projectId())
                    .put("comment", period.comment() == null ? JSONObject.NULL : period.comment())
                    .put("type", period.type())
                    .put("origin", "web")
                    .put("is_auto_generated", false)
                    .put("geolocation", JSONObject.NULL));
        }
        return array;
    }

    private static int workMinutes(List<StoredPeriod> periods) {
        return (int) periods.stream().filter(StoredPeriod::isWork).mapToLong(StoredPeriod::minutes).sum();
    }

    private JSONObject scheduleWeek() {
        JSONArray days = new JSONArray();
        for (int day = 1; day <= 5; day++) {
            days.put(new JSONObject().put("day_of_week", day).put("target_work_minutes", dailyWork));
        }
        return new JSONObject().put("weekly_work_minutes", 5 * dailyWork).put("weekly_hour_mismatch", false)
                .put("week_number", 1).put("is_current_active_week", true).put("days", days);
    }
}
