package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.planning.PlannedPeriod;
import attendance.settings.ViolationCode;
import attendance.text.MessageCode;
import attendance.timesheet.PeriodType;
import attendance.time.Times;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImporterTest {
    private static final Map<String, String> PROJECTS = Map.of("Website", "101", "Support", "102");

    static final String TOGGL = """
            User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,\
            Amount (EUR)
            Ann,ann@example.com,Acme,Website,,Menu,No,2025-10-31,08:00:00,2025-10-31,12:00:00,04:00:00,,0.00
            Ann,ann@example.com,Acme,Website,,"Menu, again",No,2025-10-31,12:45:00,2025-10-31,16:30:00,03:45:00,,0.00
            Ann,ann@example.com,,Holidays 2025,,Planning,No,2025-11-03,09:00:00,2025-11-03,11:00:00,02:00:00,,0.00
            Ann,ann@example.com,Acme,Support,,,No,2025-11-03,11:10:00,2025-11-03,13:00:00,01:50:00,,0.00
            """;

    static final String CLOCKIFY = """
            "Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date",\
            "Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (EUR)",\
            "Billable Amount (EUR)"
            "Website","Acme","Menu","","Ann","","ann@example.com","","Yes","10/31/2025","08:00:00 AM","10/31/2025",\
            "12:00:00 PM","04:00:00","4.00","0.00","0.00"
            "Website","Acme","Menu","","Ann","","ann@example.com","","Yes","10/31/2025","12:45:00 PM","10/31/2025",\
            "04:30:00 PM","03:45:00","3.75","0.00","0.00"
            "Other","","Planning","","Ann","","ann@example.com","","No","11/03/2025","09:00:00 AM","11/03/2025",\
            "11:00:00 AM","02:00:00","2.00","0.00","0.00"
            "Support","Acme","","","Ann","","ann@example.com","","Yes","11/03/2025","11:10:00 AM","11/03/2025",\
            "01:00:00 PM","01:50:00","1.83","0.00","0.00"
            """;

    static final String JSON = """
            {"days": [
              {"date": "2025-10-31", "periods": [
                {"start": "08:00", "end": "12:00", "project": "Website", "comment": "Menu"},
                {"start": "12:00", "end": "12:45", "type": "break"},
                {"start": "12:45", "end": "16:30", "project": "Website", "comment": "Menu, again"}]},
              {"date": "2025-11-03", "periods": [
                {"start": "09:00", "end": "11:00", "project": "Holidays 2025", "comment": "Planning"},
                {"start": "11:10", "end": "13:00", "type": "work", "project": "Support"}]}]}
            """;

    /** The two days every good file here holds: one in October, one in November, each with a gap. */
    private static void assertTheTwoDays(ImportResult result, String comment) {
        assertTrue(result.ok(), result.problems() + " " + result.violations());
        assertEquals(List.of(), result.problems());
        LocalDate oct = LocalDate.of(2025, 10, 31);
        LocalDate nov = LocalDate.of(2025, 11, 3);
        assertEquals(List.of(
                new ImportedDay(oct, List.of(
                        period(oct, "08:00", "12:00", PeriodType.WORK, "101", "Menu"),
                        period(oct, "12:00", "12:45", PeriodType.BREAK, null, null),
                        period(oct, "12:45", "16:30", PeriodType.WORK, "101", comment)), false),
                new ImportedDay(nov, List.of(
                        period(nov, "09:00", "11:00", PeriodType.WORK, "900", "Planning"),
                        period(nov, "11:00", "11:10", PeriodType.BREAK, null, null),
                        period(nov, "11:10", "13:00", PeriodType.WORK, "102", null)), true)),
                result.days());
    }

    private static PlannedPeriod period(LocalDate date, String from, String to, PeriodType type, String project,
            String comment) {
        return new PlannedPeriod(date.atTime(Times.time(from)), date.atTime(Times.time(to)), type, project, comment);
    }

    @Test
    void aTogglReportBecomesDaysAcrossTwoMonthsWithGapsAsBreaksAndProjectsMatchedByName() {
        ImportResult result = Importer.read(TOGGL, PROJECTS, "900");
        assertEquals(ImportFormat.TOGGL, result.format());
        assertTheTwoDays(result, "Menu, again");
    }

    @Test
    void aClockifyReportBecomesTheSameDays() {
        ImportResult result = Importer.read(CLOCKIFY, PROJECTS, "900");
        assertEquals(ImportFormat.CLOCKIFY, result.format());
        assertTheTwoDays(result, "Menu");
    }

    @Test
    void theProductsOwnJsonBecomesTheSameDays() {
        ImportResult result = Importer.read(JSON, PROJECTS, "900");
        assertEquals(ImportFormat.JSON, result.format());
        assertTheTwoDays(result, "Menu, again");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsChangeNothing() {
        assertTheTwoDays(Importer.read("\uFEFF" + TOGGL.replace("\n", "\r\n"), PROJECTS, "900"), "Menu, again");
        assertTheTwoDays(Importer.read("\uFEFF" + JSON, PROJECTS, "900"), "Menu, again");
    }

    @Test
    void aCsvWithUnreadableLinesNamesEachByItsLineNumberAndImportsNothing() {
        String bad = TOGGL.replace("2025-10-31,12:45:00", "2025-10-31,12:75:00")
                + "Ann,ann@example.com,,,,,No,2025-11-04,08:00:00,,,,,\n";
        ImportResult result = Importer.read(bad, PROJECTS, "900");
        assertFalse(result.ok());
        assertEquals(ImportResult.Refusal.BAD_FILE, result.refusal());
        assertEquals(ImportFormat.TOGGL, result.format());
        assertEquals(List.of(), result.days());
        assertEquals(List.of(
                ImportProblem.of("3", MessageCode.IMPORT_BAD_TIME, "12:75:00"),
                ImportProblem.of("6", MessageCode.IMPORT_MISSING, "End date")), result.problems());
    }

    @Test
    void overlappingEntriesAreWrittenAsTheirUnionWithNoOverlap() {
        String overlapping = TOGGL.replace("Support,,,No,2025-11-03,11:10:00", "Support,,,No,2025-11-03,10:30:00");
        ImportResult result = Importer.read(overlapping, PROJECTS, "900");
        assertTrue(result.ok(), result.problems().toString());
        List<String> spans = new ArrayList<>();
        for (PlannedPeriod p : result.days().get(1).periods()) {
            spans.add(p.type() + " " + Times.format(p.start().toLocalTime()) + "-" + Times.format(p.end().toLocalTime())
                    + " " + p.projectId());
        }
        assertEquals(List.of("WORK 09:00-11:00 900", "WORK 11:00-13:00 102"), spans);
    }

    @Test
    void aJsonFileWithBadValuesNamesEachByItsPathAndImportsNothing() {
        String bad = JSON.replace("\"start\": \"09:00\"", "\"start\": \"9 am\"")
                .replace("{\"start\": \"12:00\", \"end\": \"12:45\", \"type\": \"break\"}",
                        "{\"start\": \"12:00\", \"end\": \"12:45\", \"type\": \"pause\"}");
        ImportResult result = Importer.read(bad, PROJECTS, "900");
        assertEquals(List.of(), result.days());
        assertEquals(List.of(
                ImportProblem.of("days[0].periods[1].type", MessageCode.IMPORT_BAD_TYPE, "pause"),
                ImportProblem.of("days[1].periods[0].start", MessageCode.IMPORT_BAD_TIME, "9 am")), result.problems());
    }

    @Test
    void aDayThatBreaksTheWorkingTimeRulesIsLeftOutAloneNamingItsRulesAndTheOtherDaysImport() {
        String tooLong = JSON.replace("\"end\": \"16:30\"", "\"end\": \"19:30\"");
        ImportResult result = Importer.read(tooLong, PROJECTS, "900");
        assertTrue(result.ok());
        assertEquals(List.of(LocalDate.of(2025, 11, 3)), result.days().stream().map(ImportedDay::date).toList());
        assertEquals(java.util.Set.of(LocalDate.of(2025, 10, 31)), result.leftOut());
        assertEquals(List.of(), result.problems());
        List<String> found = new ArrayList<>();
        result.violations().forEach(v -> found.add(v.field() + " " + v.code()));
        assertEquals(List.of("2025-10-31 " + ViolationCode.TOO_LONG_IN_A_ROW,
                "2025-10-31 " + ViolationCode.DAY_TOO_LONG), found);
    }

    @Test
    void problemsComeInFileOrderWithNumbersComparedAsNumbers() {
        List<ImportProblem> problems = new ArrayList<>();
        for (String where : List.of("10", "9", "days[10].date", "days[2].periods[1].end", "days[2].periods[1]")) {
            problems.add(ImportProblem.of(where, MessageCode.IMPORT_BAD_DATE, "x"));
        }
        problems.sort(Importer::inFileOrder);
        assertEquals(List.of("9", "10", "days[2].periods[1]", "days[2].periods[1].end", "days[10].date"),
                problems.stream().map(ImportProblem::where).toList());
    }

    @Test
    void aSummaryAProjectsListOrAFileOfNoKnownKindIsNoDetailedReport() {
        for (String file : List.of("date;hours\n2025-11-03;8\n",
                "User,Project,Duration\nAnn,Website,04:00:00\n",
                "\"Project\",\"Client\",\"Time (h)\",\"Time (decimal)\",\"Amount (EUR)\"\n"
                        + "\"Website\",\"Acme\",\"4:00\",\"4.00\",\"0\"\n",
                "Name,Client,Status\nWebsite,Acme,active\n")) {
            ImportResult result = Importer.read(file, PROJECTS, null);
            assertEquals(ImportResult.Refusal.NOT_DETAILED_REPORT, result.refusal(), file);
            assertEquals(List.of(), result.days());
        }
    }

    @Test
    void aFileWithNothingOfAMinuteOrMoreIsEmptyNotAnEmptyPlan() {
        assertEquals(ImportResult.Refusal.IMPORT_EMPTY, Importer.read("  \n", PROJECTS, null).refusal());
        assertEquals(ImportResult.Refusal.IMPORT_EMPTY,
                Importer.read(TOGGL.substring(0, TOGGL.indexOf('\n') + 1), PROJECTS, null).refusal());
        assertEquals(ImportResult.Refusal.IMPORT_EMPTY, Importer.read("{\"days\": []}", PROJECTS, null).refusal());
        String zero = TOGGL.substring(0, TOGGL.indexOf("Ann,"))
                + "Ann,ann@example.com,,,,,No,2025-11-03,10:23:52,2025-11-03,10:23:52,0:00:00,,0.00\n";
        assertEquals(ImportResult.Refusal.IMPORT_EMPTY, Importer.read(zero, PROJECTS, null).refusal());
    }

    @Test
    void aTeamsReportAsksFirstAndKeepsOnlyTheChosenPersonsLinesWhenStored() {
        String team = TOGGL + "Bob,bob@example.com,Acme,Website,,Secret plans,No,2025-11-04,08:00:00,2025-11-04,"
                + "12:00:00,04:00:00,,0.00\n";
        ImportResult asked = Importer.read(team, PROJECTS, null);
        assertFalse(asked.ok());
        assertEquals(ImportQuestion.Kind.PERSON, asked.question().kind());
        String kept = Importer.onlyPerson(team, "ann@example.com");
        assertFalse(kept.contains("bob@") || kept.contains("Secret plans") || kept.contains("Bob"), kept);
        ImportResult anns = Importer.read(kept, PROJECTS, "900");
        assertTrue(anns.ok());
        assertTheTwoDays(anns, "Menu, again");
    }
}
