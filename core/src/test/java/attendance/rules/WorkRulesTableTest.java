package attendance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.DaySchedule;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.time.Times;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every threshold of every country's row, on both sides; the numbers and their sources are in working-time.md. */
class WorkRulesTableTest {

    private static List<ViolationCode> codes(String country, String start, String end, String... breaks) {
        List<ViolationCode> codes = new ArrayList<>();
        for (Violation v : WorkingTimeRules.check("monday", WorkingTimeRulesTest.day(start, end, breaks),
                WorkRulesTable.of(country))) {
            codes.add(v.code());
        }
        return codes;
    }

    @Test
    void theTableKnowsExactlyTheCountriesTheSettingsOffer() {
        assertEquals(Settings.WORK_RULES, WorkRulesTable.codes());
        for (String code : Settings.WORK_RULES) {
            assertNotNull(WorkRulesTable.of(code), code);
        }
    }

    /** Work from 08:00 without a break up to the minute before the threshold and the minute after it. */
    @ParameterizedTest(name = "{0}: over {1} min of work needs a break")
    @CsvSource({"de, 360", "at, 360", "ch, 330", "gb, 360", "ie, 270", "nl, 330", "es, 360", "fr, 360", "it, 360"})
    void theFirstBreakIsDueJustOverTheThresholdAndNotAtIt(String country, int over) {
        LocalTime start = LocalTime.of(8, 0);
        assertTrue(!codes(country, "08:00", Times.format(start.plusMinutes(over))).contains(
                ViolationCode.BREAK_TOO_SHORT), country + " at the threshold");
        assertTrue(codes(country, "08:00", Times.format(start.plusMinutes(over + 1))).contains(
                ViolationCode.BREAK_TOO_SHORT), country + " one minute over");
    }

    @ParameterizedTest(name = "{0}: {1} min of break after {2} min of work, parts of {3}")
    @CsvSource({"de, 30, 361, 15", "de, 45, 541, 15", "at, 30, 361, 10", "ch, 15, 331, 15", "ch, 30, 421, 15",
        "ch, 60, 541, 15", "gb, 20, 361, 20", "ie, 15, 271, 15", "ie, 30, 361, 15", "nl, 30, 331, 15",
        "nl, 45, 601, 15", "es, 15, 361, 15", "fr, 20, 361, 20", "it, 10, 361, 10"})
    void theBreakRequiredIsEnoughAndAMinuteLessIsNot(String country, int required, int work, int part) {
        WorkRules rules = WorkRulesTable.of(country);
        assertEquals(required, rules.requiredBreak(work));
        assertEquals(part, rules.minBreakPart());
        // The break in the middle of the day, the work around it exactly as long.
        LocalTime start = LocalTime.of(7, 0);
        LocalTime breakStart = start.plusMinutes(work / 2);
        String enough = Times.format(breakStart) + "-" + Times.format(breakStart.plusMinutes(required));
        String tooShort = Times.format(breakStart) + "-" + Times.format(breakStart.plusMinutes(required - 1));
        assertTrue(!codes(country, "07:00", Times.format(start.plusMinutes(work + required)), enough)
                .contains(ViolationCode.BREAK_TOO_SHORT), country + " enough");
        assertTrue(codes(country, "07:00", Times.format(start.plusMinutes(work + required - 1)), tooShort)
                .contains(ViolationCode.BREAK_TOO_SHORT), country + " a minute short");
    }

    @ParameterizedTest(name = "{0}: at most {1} min of work a day")
    @CsvSource({"de, 600", "at, 720", "nl, 720", "es, 540", "fr, 600", "it, 780"})
    void theLongestDayIsAllowedAndAMinuteMoreIsNot(String country, int max) {
        WorkRules rules = WorkRulesTable.of(country);
        int pause = rules.requiredBreak(max + 1);
        // Two breaks so that no stretch is too long: work, break, work, break, work.
        LocalTime start = LocalTime.of(6, 0);
        long third = max / 3;
        String first = Times.format(start.plusMinutes(third)) + "-" + Times.format(start.plusMinutes(third + pause));
        String second = Times.format(start.plusMinutes(2 * third + pause)) + "-"
                + Times.format(start.plusMinutes(2 * third + 2L * pause));
        String exact = Times.format(start.plusMinutes(max + 2L * pause));
        String over = Times.format(start.plusMinutes(max + 1 + 2L * pause));
        assertTrue(!codes(country, "06:00", exact, first, second).contains(ViolationCode.DAY_TOO_LONG), country);
        assertTrue(codes(country, "06:00", over, first, second).contains(ViolationCode.DAY_TOO_LONG), country);
    }

    @ParameterizedTest(name = "{0}: {1} min of rest between two days")
    @CsvSource({"de, 660", "at, 660", "ch, 660", "gb, 660", "ie, 660", "nl, 660", "es, 720", "fr, 660", "it, 660"})
    void theRestBetweenTwoDaysIsEnoughAndAMinuteLessIsNot(String country, int rest) {
        WorkRules rules = WorkRulesTable.of(country);
        LocalTime end = LocalTime.of(20, 0);
        LocalTime enough = end.plusMinutes(rest - 24 * 60);
        assertEquals(null, SettingsCheck.rest("tuesday", end, enough, rules));
        Violation tooLittle = SettingsCheck.rest("tuesday", end, enough.minusMinutes(1), rules);
        assertEquals(ViolationCode.REST_TOO_SHORT, tooLittle.code());
        assertEquals(WorkingTimeRules.country(rules), tooLittle.args().get(4));
        assertEquals(rules.restSource(), tooLittle.args().get(5));
    }

    @ParameterizedTest(name = "{0}: at most {1} h in a week, a warning only: {2}")
    @CsvSource({"de, 48, false", "at, 48, false", "ch, 45, false", "gb, 48, true", "ie, 48, false", "nl, 60, false",
        "es, 40, false", "fr, 48, false", "it, 48, false"})
    void theWeekIsAllowedUpToItsLimitAndAMinuteMoreIsRefusedOrWarned(String country, int hours, boolean warning) {
        assertEquals(List.of(), weekCodes(country, hours * 60));
        ViolationCode expected = warning ? ViolationCode.WEEK_ABOVE_LIMIT : ViolationCode.WEEK_TOO_LONG;
        assertEquals(List.of(expected), weekCodes(country, hours * 60 + 1));
    }

    /** A week of five days of work, spread as evenly as the minutes allow, with the breaks each day needs. */
    private static List<ViolationCode> weekCodes(String country, int minutes) {
        WorkRules rules = WorkRulesTable.of(country);
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        int perDay = minutes / 6;
        org.json.JSONObject schedule = new org.json.JSONObject();
        for (int i = 0; i < days.length; i++) {
            int work = perDay + (i < minutes % 6 ? 1 : 0);
            int pause = Math.max(rules.requiredBreak(work), 60);
            LocalTime start = LocalTime.of(8, 0);
            LocalTime breakStart = start.plusMinutes(work / 2);
            schedule.put(days[i], new org.json.JSONObject().put("start", "08:00")
                    .put("end", Times.format(start.plusMinutes(work + pause)))
                    .put("breaks", new org.json.JSONArray().put(new org.json.JSONObject()
                            .put("start", Times.format(breakStart))
                            .put("end", Times.format(breakStart.plusMinutes(pause))))));
        }
        List<ViolationCode> codes = new ArrayList<>();
        for (Violation v : SettingsCheck.check(SettingsCodec.parse(new org.json.JSONObject()
                .put("work_rules", country).put("schedule", schedule)))) {
            if (v.field().equals(SettingsCheck.WEEK)) {
                codes.add(v.code());
            }
        }
        return codes;
    }

    @Test
    void theUnitedKingdomTakesATwentyMinuteBreakAfterSixHoursThatGermanyRefuses() {
        assertEquals(List.of(), codes("gb", "09:00", "16:20", "12:00-12:20"));
        assertTrue(codes("de", "09:00", "16:20", "12:00-12:20").contains(ViolationCode.BREAK_TOO_SHORT));
    }

    @Test
    void noneChecksNothingButTheShapeOfTheDay() {
        assertEquals(List.of(), codes("none", "06:00", "20:00"));
        assertEquals(List.of(ViolationCode.END_NOT_AFTER_START), codes("none", "20:00", "06:00"));
    }

    @Test
    void everyViolationNamesTheCountryAndTheRulesSource() {
        List<Violation> found = WorkingTimeRules.check("monday", WorkingTimeRulesTest.day("08:00", "15:00"),
                WorkRulesTable.of("fr"));
        assertEquals(ViolationCode.BREAK_TOO_SHORT, found.get(0).code());
        assertEquals(List.of("PT420M", "0", "20", "20", "FR", "C. trav. L3121-16"), found.get(0).args());
    }

    @Test
    void sundayWorkIsAWarningWhereTheCountryRestrictsIt() {
        DaySchedule sunday = WorkingTimeRulesTest.day("09:00", "12:00");
        assertTrue(sunday.netWorkMinutes() > 0);
        for (String country : List.of("de", "gb")) {
            List<ViolationCode> codes = new ArrayList<>();
            SettingsCheck.check(SettingsCodec.parse(new org.json.JSONObject().put("work_rules", country)
                    .put("schedule", new org.json.JSONObject().put("sunday", new org.json.JSONObject()
                            .put("start", "09:00").put("end", "12:00"))))).forEach(v -> codes.add(v.code()));
            assertEquals(country.equals("de") ? List.of(ViolationCode.SUNDAY_WORK) : List.of(), codes, country);
        }
    }
}
