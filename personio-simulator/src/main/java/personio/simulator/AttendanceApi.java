package personio.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.json.JSONArray;
import org.json.JSONObject;

/** The attendance endpoints: read the timesheet, validate a day (stores nothing), save a day (replaces it). */
final class AttendanceApi {

    static final int MAX_RANGE_DAYS = 62;

    /** Local wall-clock time with a {@code Z} it does not mean: how the save's answer writes period times. */
    private static final DateTimeFormatter SAVED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final Scenario scenario;
    private final long employeeId;
    private final DayStore store;
    private final Timesheet timesheet;
    private ValidateShape shape;
    private LocalDate editAfterNextRead;

    AttendanceApi(Scenario scenario, long employeeId, ValidateShape shape) {
        this.scenario = scenario;
        this.employeeId = employeeId;
        this.store = new DayStore(scenario);
        this.timesheet = new Timesheet(scenario, store);
        this.shape = shape;
    }

    /** {@code GET /svc/attendance-bff/v1/timesheet/{employeeId}?start_date=&end_date=&timezone=}. */
    synchronized Reply timesheet(String employeeSegment, String rawQuery) {
        if (!Long.toString(employeeId).equals(employeeSegment)) {
            return Reply.notFound();
        }
        Map<String, String> query = query(rawQuery);
        LocalDate start = date(query, "start_date");
        LocalDate end = date(query, "end_date");
        String timezone = query.get("timezone");
        if (timezone == null || !validZone(timezone)) {
            throw Refusal.badRequest("timezone", "must be a time zone such as Europe/Berlin");
        }
        if (end.isBefore(start)) {
            throw Refusal.badRequest("end_date", "must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw Refusal.badRequest("end_date", "the range must not exceed " + MAX_RANGE_DAYS + " days");
        }
        Reply reply = Reply.json(200, timesheet.answer(start, end));
        // The answer is built first, so the edit lands "after" it, as if made in another tab meanwhile.
        if (editAfterNextRead != null) {
            editInAnotherTab(editAfterNextRead);
            editAfterNextRead = null;
        }
        return reply;
    }

    /** {@code POST /svc/attendance-api/validate-and-calculate-full-day}: checks the day and stores nothing. */
    synchronized Reply validate(String body, Visit visit) {
        DayRequest request = DayBodies.validation(body, employeeId);
        LocalDate day = store.dateOf(request.dayId()).orElse(request.periods().get(0).start().toLocalDate());
        visit.date(day);
        refuseIfAny(DayRules.check(request.periods(), day, Projects.trackableIds()), request.periods());
        int work = minutes(request.periods(), true);
        int pause = minutes(request.periods(), false);
        if (shape == ValidateShape.OBSERVED) {
            JSONObject data = new JSONObject().put("work_duration_in_min", work).put("break_duration_in_min", pause)
                    .put("alerts", new JSONArray());
            return Reply.json(200, new JSONObject().put("success", true).put("data", data));
        }
        if (shape == ValidateShape.UNKNOWN) {
            return Reply.json(200, new JSONObject().put("result", "ok").put("minutes",
                    new JSONObject().put("work", work).put("break", pause)));
        }
        JSONObject dayJson = new JSONObject().put("id", request.dayId()).put("date", day.toString())
                .put("employee_id", employeeId).put("total_work_minutes", work).put("total_break_minutes", pause)
                .put("overtime_minutes", work - timesheet.targetWorkMinutes(day));
        JSONObject validation = new JSONObject().put("is_valid", true).put("errors", new JSONArray())
                .put("warnings", new JSONArray());
        return Reply.json(200, new JSONObject().put("day", dayJson).put("validation", validation));
    }

    /** {@code PUT /svc/attendance-api/v1/days/{dayId}}: replaces the whole day. */
    synchronized Reply save(String dayId, String body, Visit visit) {
        DayRequest request = DayBodies.save(dayId, body, employeeId);
        Optional<LocalDate> known = store.dateOf(dayId);
        LocalDate day = known.orElse(request.periods().get(0).start().toLocalDate());
        visit.date(day);
        List<Problem> problems = new ArrayList<>();
        Optional<String> existingId = store.day(day).map(StoredDay::dayId);
        if (known.isEmpty() && existingId.isPresent()) {
            problems.add(new Problem("day_id", DayRules.NOT_OF_THE_DAY));
        }
        if (Scenario.NON_TRACKABLE.equals(scenario.state(day))) {
            problems.add(new Problem("day_id", "The day is not trackable"));
        } else if (Scenario.LOCKED.equals(scenario.state(day))) {
            problems.add(new Problem("day_id", "The day is locked"));
        }
        problems.addAll(DayRules.check(request.periods(), day, Projects.trackableIds()));
        refuseIfAny(problems, request.periods());
        List<StoredPeriod> periods = withBreaksAdded(request.periods().stream().map(RequestedPeriod::toStored)
                .toList());
        visit.overwrote(store.replace(day, dayId, periods, Instant.now()));
        return Reply.json(200, saved(dayId, periods));
    }

    /** A work period longer than this without a break gets one from Personio, as a captured save showed. */
    static final long LONGEST_WORK_WITHOUT_BREAK_MINUTES = 6 * 60;

    /**
     * What Personio keeps of a day: a work period of more than 6 h with no break in the day keeps its id and ends
     * earlier, and a 30-minute break and the rest of the work follow under new ids.
     */
    private static List<StoredPeriod> withBreaksAdded(List<StoredPeriod> sent) {
        if (sent.stream().anyMatch(period -> !period.isWork())) {
            return sent;
        }
        List<StoredPeriod> kept = new ArrayList<>();
        for (StoredPeriod period : sent) {
            if (period.minutes() <= LONGEST_WORK_WITHOUT_BREAK_MINUTES + 30) {
                kept.add(period);
                continue;
            }
            java.time.LocalDateTime pause = period.start().plusHours(4);
            kept.add(new StoredPeriod(period.id(), period.type(), period.start(), pause, period.projectId(),
                    period.comment()));
            kept.add(new StoredPeriod(UUID.randomUUID().toString(), "break", pause, pause.plusMinutes(30), null,
                    null));
            kept.add(new StoredPeriod(UUID.randomUUID().toString(), period.type(), pause.plusMinutes(30),
                    period.end(), period.projectId(), period.comment()));
        }
        return kept;
    }

    /**
     * The save's answer, as captured in 2025: {@code success}, {@code data} as a list holding the
     * {@code attendancedays} resource, and the day's periods in {@code included}, pending approval. Their times are
     * the local wall-clock times, yet written with {@code .000Z}, as Personio writes them.
     */
    private static JSONObject saved(String dayId, List<StoredPeriod> periods) {
        int work = (int) periods.stream().filter(StoredPeriod::isWork).mapToLong(StoredPeriod::minutes).sum();
        int pause = (int) periods.stream().filter(period -> !period.isWork()).mapToLong(StoredPeriod::minutes).sum();
        JSONObject day = new JSONObject().put("type", "attendancedays").put("id", dayId)
                .put("attributes", new JSONObject().put("status", "complete").put("break_min", pause)
                        .put("duration", work).put("count_periods", periods.size())
                        .put("rejection_reason", JSONObject.NULL).put("rules_violation_reason", JSONObject.NULL));
        JSONArray included = new JSONArray();
        for (StoredPeriod period : periods) {
            included.put(new JSONObject().put("type", "attendanceperiods").put("id", period.id())
                    .put("attributes", new JSONObject()
                            .put("legacy_status", "pending")
                            .put("start", SAVED_TIME.format(period.start()))
                            .put("end", SAVED_TIME.format(period.end()))
                            .put("period_type", period.type())
                            .put("comment", period.comment() == null ? JSONObject.NULL : period.comment())
                            .put("project_id", period.projectId() == null ? JSONObject.NULL : period.projectId())));
        }
        return new JSONObject().put("success", true).put("data", new JSONArray().put(day)).put("included", included);
    }

    /**
     * Refuses a day that breaks a rule: 422 in the seed's shape; but when its projects are all that is wrong,
     * 400 as the attendance API's JSON:API error {@code ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE}.
     */
    private void refuseIfAny(List<Problem> problems, List<RequestedPeriod> periods) {
        if (DayRules.onlyProjects(problems)) {
            throw Refusal.projectsNotTrackable(DayRules.untrackableProjects(periods, Projects.trackableIds()),
                    employeeId);
        }
        if (!problems.isEmpty()) {
            throw Refusal.unprocessable(problems);
        }
    }

    synchronized String timecardJson(LocalDate date) {
        return timesheet.timecard(date).toString();
    }

    synchronized JSONObject timesheetJson(LocalDate start, LocalDate end) {
        return timesheet.answer(start, end);
    }

    synchronized Map<LocalDate, List<StoredPeriod>> storedPeriods() {
        return store.periodsByDate();
    }

    synchronized void editDayAfterNextRead(LocalDate date) {
        this.editAfterNextRead = date;
    }

    synchronized void shape(ValidateShape newShape) {
        Require.that(newShape != null, "a validate shape is seed, observed or unknown");
        this.shape = newShape;
    }

    synchronized void dailyTarget(int minutes) {
        Require.that(minutes >= 0 && minutes <= 12 * 60, "a daily target is 0 to 720 minutes");
        timesheet.dailyTarget(minutes);
    }

    synchronized void leaveOutPeriods(LocalDate date) {
        timesheet.leaveOutPeriods(date);
    }

    synchronized void leaveOutCard(LocalDate date) {
        timesheet.leaveOutCard(date);
    }

    synchronized void bookOffsiteWork(LocalDate date) {
        timesheet.bookOffsiteWork(date);
    }

    synchronized void reset(ValidateShape baseShape) {
        store.reset(scenario);
        timesheet.reset();
        shape = baseShape;
        editAfterNextRead = null;
    }

    private void editInAnotherTab(LocalDate date) {
        Optional<StoredDay> before = store.day(date);
        List<StoredPeriod> periods = new ArrayList<>(before.map(StoredDay::periods).orElse(List.of()));
        periods.add(new StoredPeriod(UUID.randomUUID().toString(), StoredPeriod.WORK, date.atTime(LocalTime.of(6, 0)),
                date.atTime(LocalTime.of(7, 0)), null, "Edited in another tab"));
        String dayId = before.map(StoredDay::dayId).orElse(UUID.randomUUID().toString());
        store.replace(date, dayId, periods, Instant.now());
    }

    private static int minutes(List<RequestedPeriod> periods, boolean work) {
        return (int) periods.stream().filter(period -> period.isWork() == work)
                .mapToLong(period -> ChronoUnit.MINUTES.between(period.start(), period.end())).sum();
    }

    private static LocalDate date(Map<String, String> query, String key) {
        String value = query.get(key);
        try {
            if (value != null) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal below
        }
        throw Refusal.badRequest(key, "must be a date YYYY-MM-DD");
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
