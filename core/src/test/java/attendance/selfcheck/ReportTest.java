package attendance.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void oneLineAPerCheckWithItsVerdictCodeArgumentsAndListedNames() {
        assertEquals("""
                Personio Attendance Recorder 0.1.0, self-check
                cookies: fail cookies_missing missing: ATHENA_SESSION, personio_session
                xsrf: warn not_checked [cookies]
                timesheet: pass timesheet_new_fields [30, 1] new: timecards[].mood
                validate: pass validate_known_shape [observed]
                """, Report.text("0.1.0", List.of(
                Finding.of(Check.COOKIES, CheckCode.COOKIES_MISSING).withFields(List.of("ATHENA_SESSION",
                        "personio_session")),
                Finding.of(Check.XSRF, CheckCode.NOT_CHECKED, "cookies"),
                Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_NEW_FIELDS, "30", "1")
                        .withFields(List.of("timecards[].mood")),
                Finding.of(Check.VALIDATE, CheckCode.VALIDATE_KNOWN_SHAPE, "observed"))));
    }

    @Test
    void neverADetailAndNoFreeTextOnlyPlainTokens() {
        String report = Report.text("0.1 beta", List.of(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_REFUSED,
                "Max Mustermann").withDetail(Message.of(MessageCode.PERSONIO_SAID, "Projects of Erika are closed"))));
        assertFalse(report.contains("Erika"));
        assertFalse(report.contains("Mustermann"));
        assertEquals("""
                Personio Attendance Recorder ?, self-check
                validate: pass validate_refused [?]
                """, report);
    }

    @Test
    void fieldNamesFromPersoniosAnswerAreListedOnlyAsLowerCaseNamesAndAtMostTwenty() {
        List<String> fields = new java.util.ArrayList<>(List.of("timecards[].mood", "timecards[].Erika_Notes",
                "timecards[].x-y", "widgets.a\nb"));
        for (int i = 0; i < 30; i++) {
            fields.add("widgets.f" + i);
        }
        String report = Report.text("0.1.0", List.of(Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_NEW_FIELDS,
                "30", "34").withFields(fields)));
        assertTrue(report.contains("new: timecards[].mood, ?, ?, ?, widgets.f0,"), report);
        assertFalse(report.contains("Erika"));
        assertTrue(report.contains("widgets.f15, +14\n"), report);
        assertFalse(report.contains("widgets.f16"));
    }
}
