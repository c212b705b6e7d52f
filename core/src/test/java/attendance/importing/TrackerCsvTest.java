package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.text.MessageCode;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerCsvTest {
    static final String TOGGL_HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
            + "End date,End time,Duration,Tags,Amount (EUR)";
    static final String CLOCKIFY_HEADER = "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\","
            + "\"Email\",\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\","
            + "\"Duration (h)\",\"Duration (decimal)\",\"Billable Rate (EUR)\",\"Billable Amount (EUR)\"";

    private ImportReading reading = new ImportReading();
    private List<ImportProblem> problems = reading.problems;

    private List<Entry> entries(String csv) {
        return entries(csv, ImportAnswers.NONE);
    }

    private List<Entry> entries(String csv, ImportAnswers answers) {
        reading = new ImportReading();
        problems = reading.problems;
        TrackerCsv.read(CsvReader.read(csv), answers, reading);
        return reading.entries;
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
        assertNull(TrackerCsv.format(List.of("User", "Project", "Time (h)", "Time (decimal)")), "a summary");
        assertEquals(ImportFormat.TOGGL, TrackerCsv.format(List.of("Start date", "Start time", "End date",
                "End time")), "a column-reduced detailed export");
        assertTrue(!TrackerCsv.detailed(List.of("Project", "Client", "Duration")));
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
    void slashDatesThatNothingInTheFileSettlesAskTheOrderShowingOneDateBothWays() {
        String csv = CLOCKIFY_HEADER + "\n"
                + clockify("", "", "03/11/2025", "09:00", "03/11/2025", "10:00") + "\n"
                + clockify("", "", "04/11/2025", "09:00", "04/11/2025", "10:00");
        assertEquals(List.of(), entries(csv));
        assertEquals(List.of(), problems);
        assertEquals(ImportQuestion.dateOrder("03/11/2025", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 3, 11)),
                reading.question);

        List<Entry> monthFirst = entries(csv, new ImportAnswers(null, "month_first"));
        assertNull(reading.question);
        assertEquals(List.of(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 4, 11)),
                monthFirst.stream().map(Entry::date).toList());
        assertEquals(List.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4)),
                entries(csv, new ImportAnswers(null, "day_first")).stream().map(Entry::date).toList());
    }

    @Test
    void aTwoDigitYearIsReadAsThisCentury() {
        List<Entry> read = entries(CLOCKIFY_HEADER + "\n"
                + clockify("", "", "7/27/22", "9:00 AM", "7/27/22", "10:00 AM"));
        assertEquals(List.of(), problems);
        assertEquals(LocalDate.of(2022, 7, 27), read.get(0).date());
    }

    @Test
    void aReportWithoutTheTimeColumnsIsNoDetailedReport() {
        assertTrue(!TrackerCsv.detailed(CsvReader.read("Project,Description,Start date,Start time,End date,Duration\n"
                + "a,b,2025-11-03,09:00,2025-11-03,1:00").get(0).cells()));
    }

    @Test
    void eachUnreadableLineGivesOneProblemNamedByItsLineNumber() {
        String csv = String.join("\n", TOGGL_HEADER,
                toggl("A", "ok", "2025-11-03", "08:00:00", "2025-11-03", "09:00:00"),
                toggl("A", "bad time", "2025-11-03", "25:00:00", "2025-11-03", "26:00:00"),
                toggl("A", "bad date", "2025-11-31", "10:00:00", "2025-11-31", "11:00:00"),
                toggl("A", "running", "2025-11-03", "11:00:00", "", ""),
                toggl("A", "backwards", "2025-11-03", "13:00:00", "2025-11-03", "12:00:00"),
                "Ann,ann@example.com,too,few",
                toggl("A", "\"stray quote", "2025-11-03", "14:00:00", "2025-11-03", "15:00:00"));
        List<Entry> read = entries(csv);
        assertEquals(1, read.size());
        assertEquals(List.of(
                ImportProblem.of("3", MessageCode.IMPORT_BAD_TIME, "25:00:00"),
                ImportProblem.of("4", MessageCode.IMPORT_BAD_DATE, "2025-11-31"),
                ImportProblem.of("5", MessageCode.IMPORT_MISSING, "End date"),
                ImportProblem.of("6", MessageCode.IMPORT_END_NOT_AFTER_START, "13:00:00", "12:00:00"),
                ImportProblem.of("7", MessageCode.IMPORT_CELL_COUNT, "4", "14"),
                ImportProblem.of("8", MessageCode.IMPORT_BAD_CSV)), problems);
    }

    @Test
    void anEntryEndingAtMidnightEndsAt2359OnItsOwnDay() {
        List<Entry> read = entries(TOGGL_HEADER + "\n"
                + toggl("", "", "2022-01-14", "23:30:00", "2022-01-15", "00:00:00"));
        assertEquals(List.of(), problems);
        assertEquals(List.of(new Entry("2", LocalDate.of(2022, 1, 14), LocalTime.of(23, 30), LocalTime.of(23, 59),
                PeriodType.WORK, null, null)), read);
    }

    @Test
    void anEntryCrossingMidnightIsSplitIntoItsTwoDays() {
        List<Entry> read = entries(TOGGL_HEADER + "\n"
                + toggl("Ops", "Deploy", "2025-11-03", "22:47:00", "2025-11-04", "00:32:10"));
        assertEquals(List.of(new Entry("2", LocalDate.of(2025, 11, 3), LocalTime.of(22, 47), LocalTime.of(23, 59),
                PeriodType.WORK, "Ops", "Deploy"), new Entry("2", LocalDate.of(2025, 11, 4), LocalTime.of(0, 0),
                LocalTime.of(0, 32), PeriodType.WORK, "Ops", "Deploy")), read);
    }

    @Test
    void timeOffIsNoAttendanceButItsDayIsNotedAndALongCommentIsCut() {
        List<Entry> read = entries(CLOCKIFY_HEADER + ",\"Type\"\n"
                + clockify("", "", "2025-11-03", "09:00", "2025-11-03", "10:00") + ",\"Holiday\"\n"
                + clockify("", "x".repeat(501), "2025-11-04", "10:00", "2025-11-04", "11:00") + ",\"\"");
        assertEquals(List.of(), problems);
        assertEquals(1, read.size());
        assertEquals(500, read.get(0).comment().length());
        assertEquals(java.util.Set.of(LocalDate.of(2025, 11, 3)), reading.timeOff);
        assertEquals(java.util.Set.of(LocalDate.of(2025, 11, 4)), reading.commentsCut);
    }

    @Test
    void aTeamsReportAsksWhoseEntriesListingEachPersonWithTheirCountThenReadsOnlyTheirs() {
        String csv = TOGGL_HEADER + "\n"
                + toggl("", "", "2025-11-03", "08:00:00", "2025-11-03", "09:00:00") + "\n"
                + toggl("", "", "2025-11-03", "09:00:00", "2025-11-03", "10:00:00").replace("ann@", "bob@") + "\n"
                + toggl("", "", "2025-11-04", "09:00:00", "2025-11-04", "10:00:00").replace("ann@", "bob@");
        assertEquals(List.of(), entries(csv));
        assertEquals(ImportQuestion.person(List.of(new ImportQuestion.Person("ann@example.com", 1),
                new ImportQuestion.Person("bob@example.com", 2))), reading.question);

        List<Entry> bobs = entries(csv, new ImportAnswers("bob@example.com", null));
        assertNull(reading.question);
        assertEquals(List.of("3", "4"), bobs.stream().map(Entry::where).toList());
    }

    @Test
    void anEntryUnderAMinuteIsLeftOutAndCountedAndBlankLinesAreSkipped() {
        List<Entry> read = entries(TOGGL_HEADER + "\n"
                + toggl("", "", "2025-11-03", "08:00:10", "2025-11-03", "08:00:50") + "\n,,,,,,,,,,,,,\n  \n"
                + toggl("", "", "2025-11-03", "10:23:52", "2025-11-03", "10:23:52") + "\n"
                + toggl("", "", "2025-11-03", "09:00:00", "2025-11-03", "10:00:00"));
        assertEquals(List.of(), problems);
        assertEquals(List.of("6"), read.stream().map(Entry::where).toList());
        assertEquals(2, reading.tooShort);
    }
}
