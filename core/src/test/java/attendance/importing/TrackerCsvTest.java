package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attendance.text.MessageCode;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerCsvTest {
    static final String TOGGL_HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
            + "End date,End time,Duration,Tags,Amount (EUR)";
    static final String CLOCKIFY_HEADER = "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\","
            + "\"Email\",\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\","
            + "\"Duration (h)\",\"Duration (decimal)\",\"Billable Rate (EUR)\",\"Billable Amount (EUR)\"";

    private final List<ImportProblem> problems = new ArrayList<>();

    private List<Entry> entries(String csv) {
        return TrackerCsv.entries(CsvReader.read(csv), problems);
    }

    private static String toggl(String project, String description, String startDate, String start, String endDate,
            String end) {
        return "Ann,ann@example.com,,\"" + project + "\",,\"" + description + "\",No," + startDate + "," + start + ","
                + endDate + "," + end + ",01:00:00,,0.00";
    }

    private static String clockify(String project, String description, String startDate, String start,
            String endDate, String end) {
        return "\"" + project + "\",\"\",\"" + description + "\",\"\",\"Ann\",\"\",\"ann@example.com\",\"\",\"No\",\""
                + startDate + "\",\"" + start + "\",\"" + endDate + "\",\"" + end + "\",\"01:00:00\",\"1.00\","
                + "\"0.00\",\"0.00\"";
    }

    @Test
    void theDurationColumnsTellTogglFromClockify() {
        assertEquals(ImportFormat.TOGGL, TrackerCsv.format(CsvReader.read(TOGGL_HEADER).get(0).cells()));
        assertEquals(ImportFormat.CLOCKIFY, TrackerCsv.format(CsvReader.read(CLOCKIFY_HEADER).get(0).cells()));
        assertNull(TrackerCsv.format(List.of("date", "start", "end")));
    }

    @Test
    void aTogglLineGivesItsDateTimesProjectAndDescriptionToTheMinute() {
        List<Entry> read = entries(TOGGL_HEADER + "\n"
                + toggl("Website", "Fix the menu", "2025-11-03", "08:59:41", "2025-11-03", "12:00:20"));
        assertEquals(List.of(), problems);
        assertEquals(List.of(new Entry("2", LocalDate.of(2025, 11, 3), LocalTime.of(8, 59), LocalTime.of(12, 0),
                PeriodType.WORK, "Website", "Fix the menu")), read);
    }

    @Test
    void aClockifyLineWithUsDatesAnd12HourTimesIsRead() {
        List<Entry> read = entries(CLOCKIFY_HEADER + "\n"
                + clockify("Website", "", "11/03/2025", "01:15:00 PM", "11/03/2025", "05:00:00 PM") + "\n"
                + clockify("", "Mail", "11/14/2025", "09:00:00 AM", "11/14/2025", "10:00:00 AM"));
        assertEquals(List.of(), problems);
        assertEquals(new Entry("2", LocalDate.of(2025, 11, 3), LocalTime.of(13, 15), LocalTime.of(17, 0),
                PeriodType.WORK, "Website", null), read.get(0));
        assertEquals(new Entry("3", LocalDate.of(2025, 11, 14), LocalTime.of(9, 0), LocalTime.of(10, 0),
                PeriodType.WORK, null, "Mail"), read.get(1));
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderAndLetterCase() {
        List<Entry> read = entries("END TIME,start time,Description,project,End Date,Start Date,Duration\n"
                + "10:00,09:00,Standup,Ops,03.11.2025,03.11.2025,1:00");
        assertEquals(List.of(new Entry("2", LocalDate.of(2025, 11, 3), LocalTime.of(9, 0), LocalTime.of(10, 0),
                PeriodType.WORK, "Ops", "Standup")), read);
    }

    @Test
    void clockifysTypeColumnTellsABreak() {
        List<Entry> read = entries(CLOCKIFY_HEADER + ",\"Type\"\n"
                + clockify("", "Lunch", "2025-11-03", "12:00", "2025-11-03", "12:30") + ",\"Break\"\n"
                + clockify("", "Code", "2025-11-03", "12:30", "2025-11-03", "13:30") + ",\"Regular\"");
        assertEquals(List.of(PeriodType.BREAK, PeriodType.WORK), read.stream().map(Entry::type).toList());
    }

    @Test
    void aFileOfDayFirstSlashDatesIsReadDayFirstThroughout() {
        List<Entry> read = entries(CLOCKIFY_HEADER + "\n"
                + clockify("", "", "03/11/2025", "09:00", "03/11/2025", "10:00") + "\n"
                + clockify("", "", "17/11/2025", "09:00", "17/11/2025", "10:00"));
        assertEquals(List.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 17)),
                read.stream().map(Entry::date).toList());
    }

    @Test
    void slashDatesThatNothingInTheFileSettlesAreAmbiguousOnEveryLine() {
        entries(CLOCKIFY_HEADER + "\n"
                + clockify("", "", "03/11/2025", "09:00", "03/11/2025", "10:00") + "\n"
                + clockify("", "", "04/11/2025", "09:00", "04/11/2025", "10:00"));
        assertEquals(List.of(ImportProblem.of("2", MessageCode.IMPORT_AMBIGUOUS_DATE, "03/11/2025"),
                ImportProblem.of("3", MessageCode.IMPORT_AMBIGUOUS_DATE, "04/11/2025")), problems);
    }

    @Test
    void aMissingColumnIsAProblemOfTheHeaderAndNothingIsRead() {
        List<Entry> read = entries("Project,Description,Start date,Start time,End date,Duration\n"
                + "a,b,2025-11-03,09:00,2025-11-03,1:00");
        assertEquals(List.of(), read);
        assertEquals(List.of(ImportProblem.of("1", MessageCode.IMPORT_MISSING_COLUMN, "End time")), problems);
    }

    @Test
    void theHeaderIsTheFirstLineThatIsNotEmpty() {
        entries("\n\nProject,Description,Start date,Start time,End date,Duration\n");
        assertEquals(List.of(ImportProblem.of("3", MessageCode.IMPORT_MISSING_COLUMN, "End time")), problems);
    }

    @Test
    void eachBadLineGivesOneProblemNamedByItsLineNumber() {
        String csv = String.join("\n", TOGGL_HEADER,
                toggl("A", "ok", "2025-11-03", "08:00:00", "2025-11-03", "09:00:00"),
                toggl("A", "bad time", "2025-11-03", "25:00:00", "2025-11-03", "26:00:00"),
                toggl("A", "bad date", "2025-11-31", "10:00:00", "2025-11-31", "11:00:00"),
                toggl("A", "running", "2025-11-03", "11:00:00", "", ""),
                toggl("A", "backwards", "2025-11-03", "13:00:00", "2025-11-03", "12:00:00"),
                toggl("A", "night", "2025-11-03", "22:00:00", "2025-11-04", "01:00:00"),
                "Ann,ann@example.com,too,few",
                toggl("A", "\"stray quote", "2025-11-03", "14:00:00", "2025-11-03", "15:00:00"));
        List<Entry> read = entries(csv);
        assertEquals(1, read.size());
        assertEquals(List.of(
                ImportProblem.of("3", MessageCode.IMPORT_BAD_TIME, "25:00:00"),
                ImportProblem.of("4", MessageCode.IMPORT_BAD_DATE, "2025-11-31"),
                ImportProblem.of("5", MessageCode.IMPORT_MISSING, "End date"),
                ImportProblem.of("6", MessageCode.IMPORT_END_NOT_AFTER_START, "13:00:00", "12:00:00"),
                ImportProblem.of("7", MessageCode.IMPORT_CROSSES_MIDNIGHT, "2025-11-03", "2025-11-04"),
                ImportProblem.of("8", MessageCode.IMPORT_CELL_COUNT, "4", "14"),
                ImportProblem.of("9", MessageCode.IMPORT_BAD_CSV)), problems);
    }

    @Test
    void anUnknownTypeAndAnOverlongCommentAreProblems() {
        entries(CLOCKIFY_HEADER + ",\"Type\"\n"
                + clockify("", "", "2025-11-03", "09:00", "2025-11-03", "10:00") + ",\"Holiday\"\n"
                + clockify("", "x".repeat(501), "2025-11-03", "10:00", "2025-11-03", "11:00") + ",\"\"");
        assertEquals(List.of(ImportProblem.of("2", MessageCode.IMPORT_BAD_TYPE, "Holiday"),
                ImportProblem.of("3", MessageCode.IMPORT_COMMENT_TOO_LONG, "500")), problems);
    }

    @Test
    void anEntryOfAnotherPersonThanTheFirstIsAProblem() {
        entries(TOGGL_HEADER + "\n"
                + toggl("", "", "2025-11-03", "08:00:00", "2025-11-03", "09:00:00") + "\n"
                + toggl("", "", "2025-11-03", "09:00:00", "2025-11-03", "10:00:00").replace("ann@", "bob@"));
        assertEquals(List.of(ImportProblem.of("3", MessageCode.IMPORT_OTHER_PERSON, "bob@example.com",
                "ann@example.com")), problems);
    }

    @Test
    void anEntryUnderAMinuteLeavesNothingAndBlankLinesAreSkipped() {
        List<Entry> read = entries(TOGGL_HEADER + "\n"
                + toggl("", "", "2025-11-03", "08:00:10", "2025-11-03", "08:00:50") + "\n,,,,,,,,,,,,,\n  \n"
                + toggl("", "", "2025-11-03", "09:00:00", "2025-11-03", "10:00:00"));
        assertEquals(List.of(), problems);
        assertEquals(List.of("5"), read.stream().map(Entry::where).toList());
    }
}
