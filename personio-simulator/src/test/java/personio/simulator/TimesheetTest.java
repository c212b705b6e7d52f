package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class TimesheetTest {

    /** Every key of the seed's example timecard (section 3.1). */
    static final Set<String> SEED_TIMECARD_KEYS = Set.of("day_id", "date", "state", "is_off_day",
            "assigned_working_schedule_id", "periods", "break_duration_minutes", "legacy_break_duration_minutes",
            "target_hours", "overtime", "time_off", "approval", "alerts", "metadata", "can_create_time_off_in_lieu");
    static final Set<String> SEED_PERIOD_KEYS = Set.of("id", "start", "end", "project_id", "comment", "type", "origin",
            "is_auto_generated", "geolocation");
    static final Set<String> SEED_TARGET_KEYS = Set.of("effective_work_duration_minutes",
            "effective_break_duration_minutes", "contractual_work_duration_minutes",
            "contractual_break_duration_minutes", "start_time", "end_time");

    final Scenario scenario = Scenario.of(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 28));
    final DayStore store = new DayStore(scenario);
    final Timesheet timesheet = new Timesheet(scenario, store);

    @Test
    void aFilledDayHasEverySeedFieldDownToItsPeriodsAndTarget() {
        LocalDate filled = scenario.filledDays().iterator().next();

        JSONObject card = timesheet.timecard(filled);

        assertEquals(SEED_TIMECARD_KEYS, card.keySet());
        assertEquals(SEED_PERIOD_KEYS, card.getJSONArray("periods").getJSONObject(0).keySet());
        assertEquals(SEED_TARGET_KEYS, card.getJSONObject("target_hours").keySet());
        assertEquals(Set.of("created_at", "updated_at"), card.getJSONObject("metadata").keySet());
        assertEquals(30, card.getInt("break_duration_minutes"));
        assertEquals(0, card.getJSONObject("overtime").getInt("amount_minutes"));
    }

    @Test
    void periodTimesAreLocalWithATAndNoOffset() {
        LocalDate filled = scenario.filledDays().iterator().next();

        JSONObject period = timesheet.timecard(filled).getJSONArray("periods").getJSONObject(0);

        assertEquals(filled + "T09:00:00", period.getString("start"));
        assertEquals(filled + "T12:00:00", period.getString("end"));
    }

    @Test
    void aNeverSavedDayHasANullDayIdNoApprovalAndNoMetadata() {
        LocalDate empty = scenario.nullDayIdDates().iterator().next();

        JSONObject card = timesheet.timecard(empty);

        assertTrue(card.isNull("day_id"));
        assertTrue(card.isNull("approval"));
        assertTrue(card.isNull("metadata"));
        assertTrue(card.isNull("overtime"));
    }

    @Test
    void aSavedDayShowsTheStoredPeriodsAndItsDayId() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        store.replace(date, "day-1", List.of(new StoredPeriod("p-1", "work", date.atTime(8, 0), date.atTime(16, 0),
                "1001", null)), Instant.parse("2026-10-01T18:00:00Z"));

        JSONObject card = timesheet.timecard(date);

        assertEquals("day-1", card.getString("day_id"));
        assertEquals("p-1", card.getJSONArray("periods").getJSONObject(0).getString("id"));
        assertEquals("1001", card.getJSONArray("periods").getJSONObject(0).getString("project_id"));
        assertEquals("2026-10-01T18:00:00Z", card.getJSONObject("metadata").getString("updated_at"));
    }

    @Test
    void offDaysCannotCreateTimeOffInLieuAndWorkdaysCan() {
        assertFalse(timesheet.timecard(scenario.holiday()).getBoolean("can_create_time_off_in_lieu"));
        assertTrue(timesheet.timecard(LocalDate.of(2026, 10, 1)).getBoolean("can_create_time_off_in_lieu"));
    }

    @Test
    void aDayWithoutAbsenceHasANullTimeOff() {
        assertTrue(timesheet.timecard(LocalDate.of(2026, 10, 1)).isNull("time_off"));
        assertTrue(timesheet.timecard(LocalDate.of(2026, 10, 3)).isNull("time_off"));
    }

    @Test
    void theFullDayAbsenceIsOneApprovedVacationItemWithNullMinutes() {
        JSONObject timeOff = timesheet.timecard(scenario.fullDayAbsence()).getJSONObject("time_off");

        assertEquals(Set.of("aggregated_duration_minutes", "items"), timeOff.keySet());
        assertEquals(480, timeOff.getInt("aggregated_duration_minutes"));
        assertEquals(1, timeOff.getJSONArray("items").length());
        JSONObject item = timeOff.getJSONArray("items").getJSONObject(0);
        assertEquals(Set.of("id", "type", "name", "duration_minutes", "status"), item.keySet());
        assertEquals("vacation", item.getString("type"));
        assertEquals("Urlaub", item.getString("name"));
        assertTrue(item.isNull("duration_minutes"));
        assertEquals("approved", item.getString("status"));
    }

    @Test
    void theHalfDayAbsenceIsOneVacationItemOf240Minutes() {
        JSONObject timeOff = timesheet.timecard(scenario.halfDayAbsence()).getJSONObject("time_off");

        JSONObject item = timeOff.getJSONArray("items").getJSONObject(0);
        assertEquals(240, timeOff.getInt("aggregated_duration_minutes"));
        assertEquals("vacation", item.getString("type"));
        assertEquals(240, item.getInt("duration_minutes"));
        assertEquals("approved", item.getString("status"));
        assertFalse(item.has("half_day"));
    }

    @Test
    void thePublicHolidayIsAnOffDayWithOneWholeDayHolidayItem() {
        JSONObject card = timesheet.timecard(scenario.holiday());

        assertTrue(card.getBoolean("is_off_day"));
        JSONObject item = card.getJSONObject("time_off").getJSONArray("items").getJSONObject(0);
        assertEquals(1, card.getJSONObject("time_off").getJSONArray("items").length());
        assertEquals("holiday", item.getString("type"));
        assertTrue(item.isNull("duration_minutes"));
    }

    @Test
    void theTimeOffWidgetSumsTheBookedAbsencesButNotTheHoliday() {
        JSONObject month = timesheet.answer(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        JSONObject holidayOnly = timesheet.answer(scenario.holiday(), scenario.holiday());

        assertEquals(480 + 240, month.getJSONObject("widgets").getJSONObject("time_off").getInt("confirmed_minutes"));
        assertEquals(0, holidayOnly.getJSONObject("widgets").getJSONObject("time_off").getInt("confirmed_minutes"));
    }

    @Test
    void theAnswerSumsTrackedMinutesAndTargetsInItsWidgets() {
        LocalDate filled = List.copyOf(scenario.filledDays()).get(1);

        JSONObject answer = timesheet.answer(filled, filled);

        JSONObject tracked = answer.getJSONObject("widgets").getJSONObject("tracked_hours");
        assertEquals(240, tracked.getInt("tracked_minutes"));
        assertEquals(480, tracked.getInt("target_minutes"));
        assertEquals("", answer.getString("supervisor_person_id"));
        assertTrue(answer.getBoolean("owner_has_propose_rights"));
    }

    @Test
    void aPartTimeTargetShortensEveryWeekdaysTargetAndHalvesOnAHalfDayAbsence() {
        timesheet.dailyTarget(360);
        LocalDate workday = scenario.writableEmptyDays().stream().filter(d -> !d.equals(scenario.halfDayAbsence()))
                .findFirst().orElseThrow();
        JSONObject target = timesheet.timecard(workday).getJSONObject("target_hours");
        assertEquals(360, target.getInt("effective_work_duration_minutes"));
        assertEquals("08:00", target.getString("start_time"));
        assertEquals("15:00", target.getString("end_time"));
        assertEquals(180, timesheet.targetWorkMinutes(scenario.halfDayAbsence()));
        timesheet.reset();
        assertEquals(480, timesheet.targetWorkMinutes(workday), "reset is full time again");
    }
}
