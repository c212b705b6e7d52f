package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.planning.PlannedPeriod;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaysTest {
    private static final LocalDate MON = LocalDate.of(2025, 11, 3);
    private static final LocalDate TUE = LocalDate.of(2025, 11, 4);
    private static final Map<String, String> PROJECTS = Map.of("Website", "101", "Support", "102");

    private static Entry work(String where, LocalDate date, String from, String to, String project) {
        return new Entry(where, date, LocalTime.parse(from), LocalTime.parse(to), PeriodType.WORK, project,
                "c" + where);
    }

    private static Entry pause(String where, LocalDate date, String from, String to) {
        return new Entry(where, date, LocalTime.parse(from), LocalTime.parse(to), PeriodType.BREAK, null, null);
    }

    private static PlannedPeriod period(LocalDate date, String from, String to, PeriodType type, String project,
            String comment) {
        return new PlannedPeriod(date.atTime(LocalTime.parse(from)), date.atTime(LocalTime.parse(to)), type, project,
                comment);
    }

    private static List<PlannedPeriod> periods(Entry... entries) {
        return Days.build(List.of(entries), PROJECTS, null).get(0).periods();
    }

    @Test
    void workEntriesOfADayComeInTimeOrderWithTheGapsBetweenThemAsBreaks() {
        List<ImportedDay> days = Days.build(List.of(
                work("4", MON, "13:00", "17:00", "Support"),
                work("2", MON, "08:00", "12:00", "Website"),
                work("3", MON, "12:00", "12:45", "Website")), PROJECTS, "900");
        assertEquals(List.of(new ImportedDay(MON, List.of(
                period(MON, "08:00", "12:00", PeriodType.WORK, "101", "c2"),
                period(MON, "12:00", "12:45", PeriodType.WORK, "101", "c3"),
                period(MON, "12:45", "13:00", PeriodType.BREAK, null, null),
                period(MON, "13:00", "17:00", PeriodType.WORK, "102", "c4")), false)), days);
    }

    @Test
    void aBreakTheFileNamesIsPartOfTheGapItLiesIn() {
        List<ImportedDay> days = Days.build(List.of(
                work("2", MON, "08:00", "12:00", "Website"),
                pause("3", MON, "12:00", "12:30"),
                work("4", MON, "13:00", "16:00", "Website")), PROJECTS, null);
        assertEquals(List.of(PeriodType.WORK, PeriodType.BREAK, PeriodType.WORK),
                days.get(0).periods().stream().map(PlannedPeriod::type).toList());
        assertEquals(period(MON, "12:00", "13:00", PeriodType.BREAK, null, null), days.get(0).periods().get(1));
    }

    @Test
    void aProjectNotNamedExactlyLikeTheCompanysTakesTheSettingsProjectAndTheDaySaysSo() {
        List<ImportedDay> days = Days.build(List.of(
                work("2", MON, "08:00", "12:00", "website"),
                work("3", TUE, "08:00", "12:00", null),
                work("4", LocalDate.of(2025, 11, 5), "08:00", "12:00", "Website")), PROJECTS, "900");
        assertEquals(List.of("900", "900", "101"), days.stream().map(d -> d.periods().get(0).projectId()).toList());
        assertEquals(List.of(true, true, false), days.stream().map(ImportedDay::projectFromSettings).toList());
    }

    @Test
    void withoutASettingsProjectAnUnknownProjectLeavesThePeriodWithoutOne() {
        ImportedDay day = Days.build(List.of(work("2", MON, "08:00", "12:00", "Elsewhere")), PROJECTS, null).get(0);
        assertEquals(null, day.periods().get(0).projectId());
        assertTrue(day.projectFromSettings());
    }

    @Test
    void daysComeInDateOrderAcrossMonths() {
        LocalDate dec = LocalDate.of(2025, 12, 1);
        List<ImportedDay> days = Days.build(List.of(work("2", dec, "08:00", "12:00", null),
                work("3", MON, "08:00", "12:00", null)), PROJECTS, null);
        assertEquals(List.of(MON, dec), days.stream().map(ImportedDay::date).toList());
    }

    @Test
    void overlappingEntriesAreTheirUnionAndTheEntryThatStartedFirstKeepsTheMinutesBoth() {
        assertEquals(List.of(period(MON, "08:00", "12:00", PeriodType.WORK, "101", "c2"),
                period(MON, "12:00", "13:00", PeriodType.WORK, null, "c3")), periods(
                work("2", MON, "08:00", "12:00", "Website"),
                work("3", MON, "11:00", "13:00", null),
                work("4", MON, "11:30", "11:45", "Support")));
    }

    @Test
    void entriesThatTouchStayTheirOwnPeriodsUnlessTheyShareProjectAndComment() {
        assertEquals(List.of(period(MON, "08:00", "12:00", PeriodType.WORK, null, "c2"),
                period(MON, "12:00", "13:00", PeriodType.WORK, null, "c3")),
                periods(work("2", MON, "08:00", "12:00", null), work("3", MON, "12:00", "13:00", null)));
        Entry a = new Entry("2", MON, LocalTime.of(8, 0), LocalTime.of(12, 0), PeriodType.WORK, "Website", "x");
        Entry b = new Entry("3", MON, LocalTime.of(9, 0), LocalTime.of(13, 0), PeriodType.WORK, "Website", "x");
        assertEquals(List.of(period(MON, "08:00", "13:00", PeriodType.WORK, "101", "x")), periods(a, b));
    }

    @Test
    void aBreakTheFileNamesIsCutOutOfTheWorkItOverlapsAndOneOutsideTheWorkChangesNothing() {
        assertEquals(List.of(period(MON, "08:00", "11:45", PeriodType.WORK, null, "c2"),
                period(MON, "11:45", "12:30", PeriodType.BREAK, null, null),
                period(MON, "12:30", "16:00", PeriodType.WORK, null, "c4")), periods(
                pause("1", MON, "07:00", "07:30"),
                work("2", MON, "08:00", "12:00", null),
                pause("3", MON, "11:45", "12:30"),
                work("4", MON, "12:30", "16:00", null)));
    }

    @Test
    void aDateWithOnlyBreaksGivesNoDay() {
        assertEquals(List.of(), Days.build(List.of(pause("2", MON, "12:00", "12:30")), PROJECTS, null));
    }

    @Test
    void eachDayIsCheckedByTheWorkingTimeRulesAgainstItsDate() {
        List<ImportedDay> days = Days.build(List.of(
                work("2", MON, "08:00", "12:00", null), work("3", MON, "12:20", "15:00", null),
                work("4", TUE, "08:00", "12:00", null), work("5", TUE, "12:30", "16:30", null)), PROJECTS, null);
        assertEquals(Map.of(MON, List.of(new Violation("2025-11-03", ViolationCode.BREAK_TOO_SHORT,
                List.of("PT400M", "20", "30", "15", "DE", "ArbZG § 4")))), Days.rules(days));
    }

    @Test
    void lessThanElevenHoursOfRestBeforeTheNextDayIsAViolationOfThatDay() {
        Map<LocalDate, List<Violation>> violations = Days.rules(Days.build(List.of(
                work("2", MON, "14:00", "18:00", null), work("3", MON, "18:30", "22:00", null),
                work("4", TUE, "08:00", "12:00", null)), PROJECTS, null));
        assertEquals(Map.of(TUE, List.of(new Violation("2025-11-04", ViolationCode.REST_TOO_SHORT,
                List.of("22:00", "08:00", "PT600M", "PT660M", "DE", "ArbZG § 5")))), violations);
    }

    @Test
    void elevenHoursOfRestAreEnough() {
        assertEquals(Map.of(), Days.rules(Days.build(List.of(
                work("2", MON, "13:00", "17:00", null), work("3", MON, "17:30", "21:00", null),
                work("4", TUE, "08:00", "12:00", null)), PROJECTS, null)));
    }
}
