package attendance.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.timesheet.PeriodType;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class MonthPlannerTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 26);

    /** November 2025 begins on a Saturday. */
    private static Timesheet november(String... overrides) {
        List<String> cards = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            LocalDate date = NOVEMBER.atDay(d);
            String override = null;
            for (String o : overrides) {
                if (o.contains("\"date\": \"" + date + "\"")) {
                    override = o;
                }
            }
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            JSONObject card = new JSONObject("{\"date\": \"" + date + "\", \"state\": \""
                    + (date.isAfter(TODAY) ? "non_trackable" : "trackable") + "\", \"is_off_day\": " + weekend
                    + ", \"day_id\": " + (d % 2 == 0 ? "\"id-" + d + "\"" : "null")
                    + ", \"periods\": [], \"time_off\": null}");
            // An override changes only the fields it names; the others stay as Personio always sends them.
            if (override != null) {
                JSONObject changes = new JSONObject(override);
                for (String key : changes.keySet()) {
                    card.put(key, changes.get(key));
                }
            }
            cards.add(card.toString());
        }
        return TimesheetParser.parse("{\"timecards\": [" + String.join(",", cards) + "]}");
    }

    private static DayPlan day(MonthPlan plan, int dayOfMonth) {
        return plan.day(NOVEMBER.atDay(dayOfMonth));
    }

    private static SkipReason reason(MonthPlan plan, int dayOfMonth) {
        return assertInstanceOf(DayPlan.Skip.class, day(plan, dayOfMonth)).reason();
    }

    @Test
    void plansOneDecisionPerCalendarDay() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(), TODAY);
        assertEquals(30, plan.days().size());
        // 3-26 November 2025 hold 18 weekdays.
        assertEquals(18, plan.fills().size());
    }

    @Test
    void fillsAnEmptyWorkdayWithTheDefaultPeriods() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(), TODAY);
        DayPlan.Fill fill = assertInstanceOf(DayPlan.Fill.class, day(plan, 4));
        assertEquals("id-4", fill.dayId());
        assertFalse(fill.partial());
        assertEquals(List.of(
                new PlannedPeriod(at(4, 8, 0), at(4, 12, 0), PeriodType.WORK, null, null),
                new PlannedPeriod(at(4, 12, 0), at(4, 13, 0), PeriodType.BREAK, null, null),
                new PlannedPeriod(at(4, 13, 0), at(4, 17, 0), PeriodType.WORK, null, null)), fill.periods());
    }

    @Test
    void aDayWithoutAnIdIsStillFilledAndGetsOneLater() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(), TODAY);
        DayPlan.Fill fill = assertInstanceOf(DayPlan.Fill.class, day(plan, 3));
        assertNull(fill.dayId());
    }

    @Test
    void weekendsAndHolidaysAreOffDays() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-05\", \"state\": \"trackable\", \"is_off_day\": true, \"day_id\": null}"),
                Settings.defaults(), TODAY);
        assertEquals(SkipReason.OFF_DAY, reason(plan, 1));
        assertEquals(SkipReason.OFF_DAY, reason(plan, 2));
        assertEquals(SkipReason.OFF_DAY, reason(plan, 5));
    }

    @Test
    void futureDaysAreNotTrackableEvenWhenPersonioWouldTakeThem() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-27\", \"state\": \"trackable\", \"is_off_day\": false}"),
                Settings.defaults(), TODAY);
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 27));
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 28));
        assertInstanceOf(DayPlan.Fill.class, day(plan, 26), "today itself is filled");
    }

    @Test
    void aStateOtherThanTrackableOpenOrRejectedIsNotWritten() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-03\", \"state\": \"open\"}",
                "{\"date\": \"2025-11-04\", \"state\": \"rejected\"}",
                "{\"date\": \"2025-11-06\", \"state\": \"approved_and_closed\"}",
                "{\"date\": \"2025-11-07\", \"state\": \"locked\"}"), Settings.defaults(), TODAY);
        assertInstanceOf(DayPlan.Fill.class, day(plan, 3));
        assertInstanceOf(DayPlan.Fill.class, day(plan, 4));
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 6));
        assertEquals(SkipReason.LOCKED, reason(plan, 7));
    }

    @Test
    void aDayWithAnyPeriodIsNeverPlanned() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-10\", \"state\": \"trackable\", \"periods\": [{\"start\": "
                        + "\"2025-11-10T12:00:00\", \"end\": \"2025-11-10T12:30:00\", \"type\": \"break\"}]}",
                "{\"date\": \"2025-11-11\", \"state\": \"trackable\", \"periods\": [{\"start\": "
                        + "\"2025-11-11T09:00:00\", \"end\": null, \"type\": \"work\"}]}"), Settings.defaults(), TODAY);
        assertEquals(SkipReason.HAS_ENTRIES, reason(plan, 10), "even a lone break is an entry");
        assertEquals(SkipReason.HAS_ENTRIES, reason(plan, 11), "even a running clock-in is an entry");
    }

    @Test
    void aFullDayAbsenceIsSkipped() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-12\", \"state\": \"trackable\", \"time_off\": {\"type\": \"vacation\"}, "
                        + "\"target_hours\": {\"effective_work_duration_minutes\": 0, "
                        + "\"contractual_work_duration_minutes\": 480}}"), Settings.defaults(), TODAY);
        assertEquals(SkipReason.ABSENCE, reason(plan, 12));
    }

    @Test
    void aHalfDayAbsenceShortensTheDayToPersoniosRemainingTarget() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-13\", \"state\": \"trackable\", \"day_id\": null, \"time_off\": "
                        + "{\"half_day\": true}, \"target_hours\": {\"effective_work_duration_minutes\": 240, "
                        + "\"contractual_work_duration_minutes\": 480}}"), Settings.defaults(), TODAY);
        DayPlan.Fill fill = assertInstanceOf(DayPlan.Fill.class, day(plan, 13));
        assertTrue(fill.partial());
        assertEquals(List.of(new PlannedPeriod(at(13, 8, 0), at(13, 12, 0), PeriodType.WORK, null, null)),
                fill.periods());
    }

    @Test
    void anEditOrAFilesDayOnAHalfDayAbsenceStillSaysSo() {
        String halfDay = "{\"date\": \"2025-11-13\", \"state\": \"trackable\", \"day_id\": null, \"time_off\": "
                + "{\"half_day\": true}, \"target_hours\": {\"effective_work_duration_minutes\": 240, "
                + "\"contractual_work_duration_minutes\": 480}}";
        List<PlannedPeriod> file = List.of(new PlannedPeriod(at(13, 13, 0), at(13, 17, 0), PeriodType.WORK, null,
                null));
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(halfDay), Settings.defaults(), TODAY,
                java.util.Map.of(NOVEMBER.atDay(13), DayEdit.exactly(NOVEMBER.atDay(13), file)), true);
        DayPlan.Fill fill = fill(plan, 13);
        assertTrue(fill.partial(), "the row tells the absence beside the file's hours");
        assertTrue(fill.edited());
        assertEquals(file, fill.periods());
    }

    @Test
    void aMorningOffStartsTheShortenedDayWhenPersoniosTargetStarts() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-14\", \"state\": \"trackable\", \"time_off\": {\"half_day\": true}, "
                        + "\"target_hours\": {\"effective_work_duration_minutes\": 240, "
                        + "\"contractual_work_duration_minutes\": 480, \"start_time\": \"13:00\"}}"),
                Settings.defaults(), TODAY);
        DayPlan.Fill fill = assertInstanceOf(DayPlan.Fill.class, day(plan, 14));
        assertEquals(List.of(new PlannedPeriod(at(14, 13, 0), at(14, 17, 0), PeriodType.WORK, null, null)),
                fill.periods());
    }

    @Test
    void aFillThatWouldHoldNoWorkIsNoHours() {
        // The Friday: 08:00 to 12:00 in the schedule, and a half-day absence whose target starts at 12:00.
        Settings mornings = SettingsCodec.parse("{\"schedule\": {\"friday\": {\"start\": \"08:00\", "
                + "\"end\": \"12:00\"}}}").settings();
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-14\", \"time_off\": {\"half_day\": true}, \"target_hours\": "
                        + "{\"effective_work_duration_minutes\": 120, \"contractual_work_duration_minutes\": 240, "
                        + "\"start_time\": \"12:00\"}}"), mornings, TODAY);
        assertEquals(SkipReason.NO_HOURS, reason(plan, 14));
    }

    @Test
    void anUnreadableCardIsSkippedNamingTheFieldUnlessAReadableFieldSettlesTheDay() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-12\", \"periods\": null}",
                "{\"date\": \"2025-11-15\", \"periods\": \"none\"}",
                "{\"date\": \"2025-11-17\", \"state\": \"weird\", \"is_off_day\": 3}"), Settings.defaults(), TODAY);
        DayPlan.Skip wednesday = assertInstanceOf(DayPlan.Skip.class, day(plan, 12));
        assertEquals(SkipReason.UNREADABLE, wednesday.reason());
        assertEquals("timecards[11].periods", wednesday.field());
        assertEquals(SkipReason.OFF_DAY, reason(plan, 15), "a Saturday with unreadable periods stays an off day");
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 17), "an unknown state is never writable");
    }

    @Test
    void aWeekdayWithoutHoursIsNotAWorkday() {
        Settings fourDays = SettingsCodec.parse("""
                {"schedule": {"monday": {"start": "08:00", "end": "16:00",
                 "breaks": [{"start": "12:00", "end": "12:30"}]},
                 "tuesday": {"start": "08:00", "end": "16:00", "breaks": [{"start": "12:00", "end": "12:30"}]},
                 "wednesday": {"start": "08:00", "end": "16:00", "breaks": [{"start": "12:00", "end": "12:30"}]},
                 "thursday": {"start": "08:00", "end": "16:00", "breaks": [{"start": "12:00", "end": "12:30"}]}},
                 "project_id": "1001", "comment": "Team A"}
                """).settings();
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), fourDays, TODAY);
        assertEquals(SkipReason.NOT_WORKDAY, reason(plan, 7));
        DayPlan.Fill monday = assertInstanceOf(DayPlan.Fill.class, day(plan, 3));
        PlannedPeriod work = monday.periods().get(0);
        assertEquals("1001", work.projectId());
        assertEquals("Team A", work.comment());
        PlannedPeriod lunch = monday.periods().get(1);
        assertNull(lunch.projectId(), "breaks carry no project");
        assertNull(lunch.comment());
    }

    @Test
    void aMissingTimecardIsNotTrackable() {
        Timesheet empty = TimesheetParser.parse("{\"timecards\": []}");
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, empty, Settings.defaults(), TODAY);
        assertTrue(plan.fills().isEmpty());
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 3));
    }

    @Test
    void anOffDayReasonWinsOverOtherReasons() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-29\", \"state\": \"non_trackable\", \"is_off_day\": true}"),
                Settings.defaults(), TODAY);
        assertEquals(SkipReason.OFF_DAY, reason(plan, 29));
    }

    private static String target(int date, int minutes) {
        return "{\"date\": \"2025-11-" + (date < 10 ? "0" : "") + date + "\", \"target_hours\": "
                + "{\"effective_work_duration_minutes\": " + minutes + ", \"contractual_work_duration_minutes\": "
                + minutes + ", \"start_time\": \"08:00\", \"end_time\": null}}";
    }

    private static PlannedPeriod work(int day, int h1, int m1, int h2, int m2) {
        return new PlannedPeriod(at(day, h1, m1), at(day, h2, m2), PeriodType.WORK, null, null);
    }

    private static PlannedPeriod pause(int day, int h1, int m1, int h2, int m2) {
        return new PlannedPeriod(at(day, h1, m1), at(day, h2, m2), PeriodType.BREAK, null, null);
    }

    private static DayPlan.Fill fill(MonthPlan plan, int dayOfMonth) {
        return assertInstanceOf(DayPlan.Fill.class, day(plan, dayOfMonth));
    }

    @Test
    void aPartTimerWithASixHourTargetGetsTheScheduleStartItsBreakAndAnEarlierEnd() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(target(4, 360)), Settings.defaults(), TODAY);
        DayPlan.Fill tuesday = fill(plan, 4);
        assertEquals(List.of(work(4, 8, 0, 12, 0), pause(4, 12, 0, 13, 0), work(4, 13, 0, 15, 0)),
                tuesday.periods());
        assertEquals(360, tuesday.target());
        assertEquals(360, tuesday.workMinutes());
        assertFalse(tuesday.differsFromTarget());
    }

    @Test
    void aTargetAsLongAsTheScheduleWritesTheScheduleUnchanged() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(target(4, 480)), Settings.defaults(), TODAY);
        assertEquals(List.of(work(4, 8, 0, 12, 0), pause(4, 12, 0, 13, 0), work(4, 13, 0, 17, 0)),
                fill(plan, 4).periods());
    }

    @Test
    void aLongerTargetMovesTheEndLaterAndOverNineHoursLengthensTheLastBreakTo45Minutes() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(target(4, 540)), Settings.defaults(),
                TODAY);
        // 9 h of work need 30 min of breaks, which the hour at noon already gives.
        assertEquals(List.of(work(4, 8, 0, 12, 0), pause(4, 12, 0, 13, 0), work(4, 13, 0, 18, 0)),
                fill(plan, 4).periods());
        Settings shortLunch = SettingsCodec.parse("{\"schedule\": {\"thursday\": {\"start\": \"08:00\", "
                + "\"end\": \"17:00\", \"breaks\": [{\"start\": \"12:00\", \"end\": \"12:30\"}]}}}").settings();
        MonthPlan longDay = MonthPlanner.plan(NOVEMBER, november(target(6, 540), target(13, 541)), shortLunch, TODAY);
        assertEquals(List.of(work(6, 8, 0, 12, 0), pause(6, 12, 0, 12, 30), work(6, 12, 30, 17, 30)),
                fill(longDay, 6).periods(), "exactly 9 h: 30 min are enough");
        assertEquals(List.of(work(13, 8, 0, 12, 0), pause(13, 12, 0, 12, 45), work(13, 12, 45, 17, 46)),
                fill(longDay, 13).periods(), "over 9 h: the last break grows to 45 min");
    }

    @Test
    void aDayOverSixHoursWithoutABreakInsideGetsOneAfterSixHoursOfWork() {
        Settings mornings = SettingsCodec.parse("{\"schedule\": {\"tuesday\": {\"start\": \"08:00\", "
                + "\"end\": \"14:00\"}}}").settings();
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(target(4, 360), target(11, 361)), mornings, TODAY);
        assertEquals(List.of(work(4, 8, 0, 14, 0)), fill(plan, 4).periods(), "6 h in a row are allowed");
        assertEquals(List.of(work(11, 8, 0, 14, 0), pause(11, 14, 0, 14, 30), work(11, 14, 30, 14, 31)),
                fill(plan, 11).periods());
    }

    @Test
    void aDayPersonioExpectsNoWorkOnIsNotAWorkday() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(target(4, 0)), Settings.defaults(), TODAY);
        assertEquals(SkipReason.NOT_WORKDAY, reason(plan, 4));
        Settings mine = SettingsCodec.parse("{\"always_my_hours\": true}").settings();
        assertEquals(SkipReason.NOT_WORKDAY, reason(MonthPlanner.plan(NOVEMBER, november(target(4, 0)), mine, TODAY),
                4), "not even with my own hours");
    }

    @Test
    void alwaysMyHoursWritesTheScheduleAndMarksTheDayAsDifferingFromTheTarget() {
        Settings mine = SettingsCodec.parse("{\"always_my_hours\": true}").settings();
        DayPlan.Fill tuesday = fill(MonthPlanner.plan(NOVEMBER, november(target(4, 360)), mine, TODAY), 4);
        assertEquals(List.of(work(4, 8, 0, 12, 0), pause(4, 12, 0, 13, 0), work(4, 13, 0, 17, 0)),
                tuesday.periods());
        assertTrue(tuesday.differsFromTarget());
        assertFalse(fill(MonthPlanner.plan(NOVEMBER, november(), mine, TODAY), 4).differsFromTarget(),
                "no target, nothing to differ from");
    }

    private static String timeOff(int date, String items, Integer target) {
        return "{\"date\": \"2025-11-" + (date < 10 ? "0" : "") + date + "\", \"time_off\": "
                + "{\"aggregated_duration_minutes\": 0, \"items\": " + items + "}"
                + (target == null ? "" : ", \"target_hours\": {\"effective_work_duration_minutes\": " + target
                        + ", \"start_time\": null}") + "}";
    }

    @Test
    void timeOffItemsDecideHolidaysFullDaysAndPendingAbsences() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                timeOff(3, "[{\"type\": \"holiday\", \"name\": \"Feiertag\", \"duration_minutes\": null}]",
                        null),
                timeOff(4, "[{\"type\": \"vacation\", \"duration_minutes\": null, \"status\": \"approved\"}]",
                        480),
                timeOff(5, "[{\"type\": \"sick\", \"duration_minutes\": null, \"status\": \"pending\"}]", null),
                timeOff(6, "[]", null)), Settings.defaults(), TODAY);
        assertEquals(SkipReason.OFF_DAY, reason(plan, 3), "a public holiday");
        DayPlan.Skip vacation = assertInstanceOf(DayPlan.Skip.class, day(plan, 4));
        assertEquals(SkipReason.ABSENCE, vacation.reason(), "no minutes: the whole day");
        assertFalse(vacation.pending());
        DayPlan.Skip sick = assertInstanceOf(DayPlan.Skip.class, day(plan, 5));
        assertEquals(SkipReason.ABSENCE, sick.reason());
        assertTrue(sick.pending(), "a pending absence is planned like an approved one, and said to be pending");
        assertFalse(fill(plan, 6).partial(), "no items, no absence");
    }

    @Test
    void aPartDayAbsenceTakesItsMinutesOffOnlyWhenPersonioGivesNoTarget() {
        String twoHours = "[{\"type\": \"vacation\", \"duration_minutes\": 120, \"status\": \"pending\"}]";
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(timeOff(4, twoHours, null), timeOff(5, twoHours, 300)),
                Settings.defaults(), TODAY);
        DayPlan.Fill noTarget = fill(plan, 4);
        assertEquals(List.of(work(4, 8, 0, 12, 0), pause(4, 12, 0, 13, 0), work(4, 13, 0, 15, 0)),
                noTarget.periods());
        assertTrue(noTarget.partial());
        assertTrue(noTarget.pending());
        assertEquals(300, fill(plan, 5).workMinutes(), "the effective target already counts the absence");
    }

    @Test
    void upToYesterdayLeavesTodayForLaterAndThroughTodayPlansIt() {
        Settings morning = SettingsCodec.parse("{\"through_today\": false}").settings();
        assertEquals(SkipReason.NON_TRACKABLE, reason(MonthPlanner.plan(NOVEMBER, november(), morning, TODAY), 26));
        assertInstanceOf(DayPlan.Fill.class, day(MonthPlanner.plan(NOVEMBER, november(), morning, TODAY), 25));
        assertInstanceOf(DayPlan.Fill.class, day(MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(),
                TODAY), 26), "through today is the default");
    }

    private static DayEdit hours(int day, String start, String end, String project) {
        return new DayEdit(NOVEMBER.atDay(day), new attendance.settings.DaySchedule(java.time.LocalTime.parse(start),
                java.time.LocalTime.parse(end), List.of(), project, "edited"));
    }

    @Test
    void anEditedDayIsWrittenWithItsOwnHoursProjectAndCommentAndMarkedEdited() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(), TODAY,
                java.util.Map.of(NOVEMBER.atDay(4), hours(4, "09:30", "14:00", "1002")));
        DayPlan.Fill tuesday = fill(plan, 4);
        assertTrue(tuesday.edited());
        assertEquals(List.of(new PlannedPeriod(at(4, 9, 30), at(4, 14, 0), PeriodType.WORK, "1002", "edited")),
                tuesday.periods());
        assertFalse(fill(plan, 5).edited());
    }

    @Test
    void aDayLeftOutIsSkippedAsLeftOut() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(), Settings.defaults(), TODAY,
                java.util.Map.of(NOVEMBER.atDay(4), DayEdit.leftOut(NOVEMBER.atDay(4))));
        assertEquals(SkipReason.LEFT_OUT, reason(plan, 4));
    }

    @Test
    void aSaturdayWorkedIsFilledOnPurposeButNeverOverEntriesOrAnotherSkip() {
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-15\", \"periods\": [{\"start\": \"2025-11-15T10:00:00\", "
                        + "\"end\": \"2025-11-15T11:00:00\", \"type\": \"work\"}]}",
                "{\"date\": \"2025-11-10\", \"state\": \"locked\"}"),
                Settings.defaults(), TODAY, java.util.Map.of(
                        NOVEMBER.atDay(8), hours(8, "10:00", "14:00", null),
                        NOVEMBER.atDay(15), hours(15, "10:00", "14:00", null),
                        NOVEMBER.atDay(29), hours(29, "10:00", "14:00", null),
                        NOVEMBER.atDay(10), hours(10, "10:00", "14:00", null)));
        assertTrue(fill(plan, 8).edited(), "a Saturday worked");
        assertEquals(SkipReason.HAS_ENTRIES, reason(plan, 15), "a Saturday with entries is never filled");
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 29), "a Saturday in the future is not either");
        assertEquals(SkipReason.LOCKED, reason(plan, 10), "a locked day stays locked");
    }

    @Test
    void aFilesPlanFillsOnlyItsDaysWithExactlyTheirPeriodsAndNeverOverAnEntry() {
        List<PlannedPeriod> tuesday = List.of(new PlannedPeriod(at(4, 7, 0), at(4, 11, 0), PeriodType.WORK, "7", "A"),
                new PlannedPeriod(at(4, 11, 0), at(4, 11, 45), PeriodType.BREAK, null, null),
                new PlannedPeriod(at(4, 11, 45), at(4, 15, 0), PeriodType.WORK, null, null));
        List<PlannedPeriod> saturday = List.of(new PlannedPeriod(at(8, 10, 0), at(8, 12, 0), PeriodType.WORK, null,
                null));
        List<PlannedPeriod> entered = List.of(new PlannedPeriod(at(15, 10, 0), at(15, 12, 0), PeriodType.WORK, null,
                null));
        List<PlannedPeriod> holiday = List.of(new PlannedPeriod(at(11, 9, 0), at(11, 10, 0), PeriodType.WORK, null,
                null));
        MonthPlan plan = MonthPlanner.plan(NOVEMBER, november(
                "{\"date\": \"2025-11-15\", \"periods\": [{\"start\": \"2025-11-15T10:00:00\", "
                        + "\"end\": \"2025-11-15T11:00:00\", \"type\": \"work\"}]}",
                "{\"date\": \"2025-11-11\", \"is_off_day\": true}"),
                Settings.defaults(), TODAY, java.util.Map.of(
                        NOVEMBER.atDay(4), DayEdit.exactly(NOVEMBER.atDay(4), tuesday),
                        NOVEMBER.atDay(8), DayEdit.exactly(NOVEMBER.atDay(8), saturday),
                        NOVEMBER.atDay(11), DayEdit.exactly(NOVEMBER.atDay(11), holiday),
                        NOVEMBER.atDay(15), DayEdit.exactly(NOVEMBER.atDay(15), entered)), true);
        assertEquals(tuesday, fill(plan, 4).periods(), "exactly the file's periods, projects and comments");
        assertTrue(fill(plan, 4).edited());
        assertEquals(saturday, fill(plan, 8).periods(), "a Saturday the file gives");
        assertEquals(holiday, fill(plan, 11).periods(), "a holiday the file gives");
        assertEquals(SkipReason.HAS_ENTRIES, reason(plan, 15), "never over an entry");
        assertEquals(SkipReason.NOT_IN_FILE, reason(plan, 5), "a working day the file does not give");
        assertEquals(SkipReason.OFF_DAY, reason(plan, 9), "a Sunday keeps its own reason");
        assertEquals(SkipReason.NON_TRACKABLE, reason(plan, 28), "the future keeps its own reason");
        assertEquals(3, plan.fills().size());
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2025, 11, day, hour, minute);
    }
}
