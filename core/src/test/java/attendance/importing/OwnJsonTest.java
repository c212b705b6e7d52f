package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attendance.text.MessageCode;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnJsonTest {
    private final List<ImportProblem> problems = new ArrayList<>();

    private List<Entry> entries(String json) {
        return OwnJson.entries(json, problems);
    }

    @Test
    void periodsAreReadWithTheirDayTypeProjectAndComment() {
        List<Entry> read = entries("""
                {"days": [{"date": "2025-11-03", "periods": [
                  {"start": "08:00", "end": "12:00", "type": "work", "project": "Website", "comment": "Menu"},
                  {"start": "12:00", "end": "12:30", "type": "break"},
                  {"start": "12:30", "end": "16:00", "project": null}]}]}""");
        assertEquals(List.of(), problems);
        LocalDate day = LocalDate.of(2025, 11, 3);
        assertEquals(List.of(
                new Entry("days[0].periods[0]", day, LocalTime.of(8, 0), LocalTime.of(12, 0), PeriodType.WORK,
                        "Website", "Menu"),
                new Entry("days[0].periods[1]", day, LocalTime.of(12, 0), LocalTime.of(12, 30), PeriodType.BREAK,
                        null, null),
                new Entry("days[0].periods[2]", day, LocalTime.of(12, 30), LocalTime.of(16, 0), PeriodType.WORK,
                        null, null)), read);
    }

    @Test
    void aBreakCarriesNoProjectOrCommentAndBlankTextIsNone() {
        List<Entry> read = entries("""
                {"days": [{"date": "2025-11-03", "periods": [
                  {"start": "12:00", "end": "12:30", "type": "break", "project": "A", "comment": "Lunch"},
                  {"start": "13:00", "end": "14:00", "project": "  ", "comment": ""}]}]}""");
        assertEquals(List.of(), problems);
        assertEquals(List.of("null null", "null null"), read.stream().map(e -> e.project() + " " + e.comment())
                .toList());
    }

    @Test
    void aDayWithoutPeriodsGivesNothingAndIsNoProblem() {
        assertEquals(List.of(), entries("{\"days\": [{\"date\": \"2025-11-03\", \"periods\": []}]}"));
        assertEquals(List.of(), problems);
    }

    @Test
    void eachBadPeriodGivesOneProblemAtTheJsonPathOfItsBadValue() {
        List<Entry> read = entries("""
                {"days": [
                  {"date": "2025-11-03", "periods": [
                    {"start": "08:00", "end": "12:00"},
                    {"start": "8:00", "end": "25:00"},
                    {"end": "13:00"},
                    {"start": "14:00", "end": "13:00"},
                    {"start": "14:00", "end": "15:00", "type": "holiday"},
                    {"start": "15:00", "end": "16:00", "project": 7},
                    "16:00-17:00"]},
                  {"date": "2025-11-31", "periods": [{"start": "bad"}]},
                  {"date": "2025-11-04", "periods": {}},
                  {"date": "2025-11-05"},
                  []]}""");
        assertEquals(1, read.size());
        assertEquals(List.of(
                ImportProblem.of("days[0].periods[1].start", MessageCode.IMPORT_BAD_TIME, "8:00"),
                ImportProblem.of("days[0].periods[2].start", MessageCode.IMPORT_MISSING, "start"),
                ImportProblem.of("days[0].periods[3].end", MessageCode.IMPORT_END_NOT_AFTER_START, "14:00", "13:00"),
                ImportProblem.of("days[0].periods[4].type", MessageCode.IMPORT_BAD_TYPE, "holiday"),
                ImportProblem.of("days[0].periods[5].project", MessageCode.IMPORT_EXPECTED_TEXT, "7"),
                ImportProblem.of("days[0].periods[6]", MessageCode.IMPORT_EXPECTED_OBJECT, "\"16:00-17:00\""),
                ImportProblem.of("days[1].date", MessageCode.IMPORT_BAD_DATE, "2025-11-31"),
                ImportProblem.of("days[2].periods", MessageCode.IMPORT_EXPECTED_LIST, "{…}"),
                ImportProblem.of("days[3].periods", MessageCode.IMPORT_MISSING, "periods"),
                ImportProblem.of("days[4]", MessageCode.IMPORT_EXPECTED_OBJECT, "[…]")), problems);
    }

    @Test
    void anOverlongCommentIsAProblemOfTheComment() {
        entries("{\"days\": [{\"date\": \"2025-11-03\", \"periods\": [{\"start\": \"08:00\", \"end\": \"09:00\", "
                + "\"comment\": \"" + "x".repeat(501) + "\"}]}]}");
        assertEquals(List.of(ImportProblem.of("days[0].periods[0].comment", MessageCode.IMPORT_COMMENT_TOO_LONG,
                "500")), problems);
    }

    @Test
    void aFileThatIsNoObjectWithDaysIsOneProblemOfTheWholeFile() {
        entries("{\"days\": [");
        entries("[{\"date\": \"2025-11-03\"}]");
        entries("{\"day\": []}");
        entries("{\"days\": \"2025-11-03\"}");
        assertEquals(List.of(ImportProblem.of(null, MessageCode.IMPORT_BAD_JSON),
                ImportProblem.of(null, MessageCode.IMPORT_EXPECTED_OBJECT, "[…]"),
                ImportProblem.of("days", MessageCode.IMPORT_MISSING, "days"),
                ImportProblem.of("days", MessageCode.IMPORT_EXPECTED_LIST, "\"2025-11-03\"")), problems);
    }
}
