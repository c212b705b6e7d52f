package attendance.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.run.FakePersonio;
import attendance.run.HttpResponse;
import attendance.run.Ports;
import attendance.run.RunOptions;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.text.MessageCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Each check against the fake Personio: when it passes, warns and fails, and what it asks of Personio meanwhile. */
class SelfCheckTest {
    /** November 2025: the 14th is a Friday, so the 13th is the latest empty past working day. */
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);
    private static final String ORIGIN = "https://acme.app.personio.com";
    private static final List<OpenTab> ONE_TAB = List.of(new OpenTab(ORIGIN, true));
    private static final String VALIDATE = "/svc/attendance-api/validate-and-calculate-full-day";

    private final FakePersonio personio = new FakePersonio().month(2025, 11);
    private final AtomicInteger uuids = new AtomicInteger();

    private SelfCheck check() {
        return new SelfCheck(new Ports(personio, personio, personio, () -> "uuid-" + uuids.incrementAndGet(),
                job -> { }, () -> false), RunOptions.defaults(), "acme");
    }

    private SelfCheck.Outcome run(Settings settings) {
        return check().run(settings, TODAY, ONE_TAB);
    }

    private SelfCheck.Outcome run() {
        return run(Settings.defaults());
    }

    private static Finding finding(SelfCheck.Outcome outcome, Check check) {
        return outcome.findings().stream().filter(f -> f.check() == check).findFirst().orElseThrow();
    }

    private static Settings settings(String json) {
        return SettingsCodec.parse(json).settings();
    }

    private Finding validate() {
        SelfCheck.Outcome outcome = run();
        assertNotNull(outcome.validateDay());
        return check().validate(Settings.defaults(), TODAY, outcome.validateDay().date(),
                outcome.validateDay().digest());
    }

    private static HttpResponse json(int status, String body) {
        return FakePersonio.json(status, body);
    }

    private List<String> writes() {
        return personio.paths().stream().filter(p -> !p.startsWith("GET ")).toList();
    }

    @Test
    void signedInToAPersonioAsExpectedEveryCheckPassesAndOnlyReads() {
        SelfCheck.Outcome outcome = run();
        assertEquals(List.of(Finding.of(Check.COOKIES, CheckCode.COOKIES_PRESENT),
                Finding.of(Check.XSRF, CheckCode.XSRF_ACCEPTED, "200"),
                Finding.of(Check.EMPLOYEE, CheckCode.EMPLOYEE_FROM_CONTEXT),
                Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_PARSED, "30"),
                Finding.of(Check.PROJECTS, CheckCode.PROJECTS_PARSED, "0"),
                Finding.of(Check.TAB, CheckCode.TAB_OPEN, "1")), outcome.findings());
        assertEquals(List.of("GET /api/v1/projects", "GET /api/v1/navigation/context",
                "GET /svc/attendance-bff/v1/timesheet/42"), personio.paths());
        assertEquals(LocalDate.of(2025, 11, 13), outcome.validateDay().date(), "the latest empty day before today");
    }

    @Test
    void cookiesPassWarnWithoutTheLanguageCookieAndFailNamingTheMissingOnesWithoutAskingAnything() {
        personio.cookies.remove("product_language");
        SelfCheck.Outcome warned = run();
        assertEquals(CheckCode.COOKIES_NO_LANGUAGE, finding(warned, Check.COOKIES).code());
        assertEquals(Result.WARN, finding(warned, Check.COOKIES).result());
        assertEquals(Result.PASS, finding(warned, Check.TIMESHEET).result(), "the context still names the employee");

        int asked = personio.paths().size();
        personio.cookies.remove("ATHENA_SESSION");
        personio.cookies.remove("personio_session");
        SelfCheck.Outcome failed = run();
        Finding cookies = finding(failed, Check.COOKIES);
        assertEquals(Result.FAIL, cookies.result());
        assertEquals(List.of("ATHENA_SESSION", "personio_session"), cookies.fields());
        for (Check later : List.of(Check.XSRF, Check.EMPLOYEE, Check.TIMESHEET, Check.PROJECTS)) {
            assertEquals(Finding.of(later, CheckCode.NOT_CHECKED, "cookies"), finding(failed, later));
        }
        assertEquals(asked, personio.paths().size(), "nothing was asked of Personio");
        assertNull(failed.validateDay());
    }

    @Test
    void xsrfPassesOnJsonFailsOnARefusalOrALostSessionAndWarnsWhenPersonioIsDown() {
        assertEquals(Result.PASS, finding(run(), Check.XSRF).result());

        personio.script("/api/v1/projects", r -> json(403, "{\"error\": {\"message\": \"Invalid CSRF Token\"}}"));
        SelfCheck.Outcome refused = run();
        assertEquals(Finding.of(Check.XSRF, CheckCode.XSRF_REFUSED, "403"), finding(refused, Check.XSRF));
        assertEquals(Finding.of(Check.PROJECTS, CheckCode.NOT_CHECKED, "xsrf"), finding(refused, Check.PROJECTS));
        assertEquals(Finding.of(Check.TIMESHEET, CheckCode.NOT_CHECKED, "xsrf"), finding(refused, Check.TIMESHEET));

        personio.script("/api/v1/projects", r -> json(401, "{}"));
        assertEquals(CheckCode.SESSION_EXPIRED, finding(run(), Check.XSRF).code());
        personio.script("/api/v1/projects", r -> new HttpResponse(200, "text/html", "<html>sign in</html>", true,
                "https://acme.app.personio.com/login", null));
        assertEquals(CheckCode.SESSION_EXPIRED, finding(run(), Check.XSRF).code());
        personio.script("/api/v1/projects", r -> json(200, "{\"data\": [{\"id\""));
        assertEquals(Finding.of(Check.XSRF, CheckCode.BAD_ANSWER), finding(run(), Check.XSRF));

        personio.script("/api/v1/projects", r -> json(503, "{\"error\": {\"message\": \"Maintenance\"}}"));
        Finding down = finding(run(), Check.XSRF);
        assertEquals(Result.WARN, down.result());
        assertEquals(CheckCode.UNAVAILABLE, down.code());
        assertEquals(MessageCode.PERSONIO_SAID, down.detail().code());
    }

    @Test
    void employeePassesFromTheContextWarnsOnAFallbackAndFailsOnAMismatchOrNoId() {
        assertEquals(CheckCode.EMPLOYEE_FROM_CONTEXT, finding(run(settings("{\"employee_id\": \"42\"}")),
                Check.EMPLOYEE).code());

        personio.script("/api/v1/navigation/context", r -> json(200, "{\"data\": {}}"));
        SelfCheck.Outcome fromCookie = run();
        assertEquals(Finding.of(Check.EMPLOYEE, CheckCode.EMPLOYEE_FROM_COOKIE), finding(fromCookie, Check.EMPLOYEE));
        assertEquals(Result.PASS, finding(fromCookie, Check.TIMESHEET).result());

        personio.script("/api/v1/navigation/context", r -> json(200, "{\"data\": {}}"));
        assertEquals(CheckCode.EMPLOYEE_FROM_SETTINGS, finding(run(settings("{\"employee_id\": \"42\"}")),
                Check.EMPLOYEE).code());

        SelfCheck.Outcome mismatch = run(settings("{\"employee_id\": \"7\"}"));
        assertEquals(Result.FAIL, finding(mismatch, Check.EMPLOYEE).result());
        assertEquals(CheckCode.EMPLOYEE_MISMATCH, finding(mismatch, Check.EMPLOYEE).code());
        assertEquals(Finding.of(Check.TIMESHEET, CheckCode.NOT_CHECKED, "employee"),
                finding(mismatch, Check.TIMESHEET));

        personio.cookies.remove("product_language");
        personio.script("/api/v1/navigation/context", r -> json(200, "{\"data\": {\"user\": {}}}"));
        assertEquals(CheckCode.EMPLOYEE_MISSING, finding(run(), Check.EMPLOYEE).code());
    }

    @Test
    void theTimesheetPassesListingNewFieldsWarnsOnMissingDaysAndFailsNamingWhatItCouldNotRead() {
        personio.card(LocalDate.of(2025, 11, 4)).put("mood", "fine");
        personio.card(LocalDate.of(2025, 11, 5)).getJSONArray("periods").put(new JSONObject()
                .put("id", "p").put("start", "2025-11-05T08:00:00").put("end", "2025-11-05T09:00:00")
                .put("type", "work").put("source", "app"));
        Finding newFields = finding(run(), Check.TIMESHEET);
        assertEquals(Result.PASS, newFields.result());
        assertEquals(CheckCode.TIMESHEET_NEW_FIELDS, newFields.code());
        assertEquals(List.of("30", "2"), newFields.args());
        assertEquals(List.of("timecards[].mood", "timecards[].periods[].source"), newFields.fields());

        personio.dropCard(LocalDate.of(2025, 11, 30));
        Finding missingDay = finding(run(), Check.TIMESHEET);
        assertEquals(Result.WARN, missingDay.result());
        assertEquals(List.of("29", "30"), missingDay.args());
        assertEquals(2, missingDay.fields().size(), "new fields are still listed");

        personio.card(LocalDate.of(2025, 11, 6)).remove("periods");
        personio.card(LocalDate.of(2025, 11, 7)).remove("periods");
        personio.card(LocalDate.of(2025, 11, 10)).remove("state");
        SelfCheck.Outcome unreadable = run();
        assertEquals(new Finding(Check.TIMESHEET, CheckCode.TIMESHEET_UNREADABLE, List.of("3"),
                List.of("timecards[].periods", "timecards[].state"), null), finding(unreadable, Check.TIMESHEET));
        assertEquals(LocalDate.of(2025, 11, 13), unreadable.validateDay().date(), "readable days still can be");

        personio.script("/svc/attendance-bff/", r -> json(200, "{\"cards\": []}"));
        Finding broken = finding(run(), Check.TIMESHEET);
        assertEquals(CheckCode.TIMESHEET_BROKEN, broken.code());
        assertEquals(List.of("timesheet.timecards"), broken.fields());
        assertEquals(MessageCode.MISSING, broken.detail().code());
        personio.script("/svc/attendance-bff/", r -> json(200, "{\"cards\": []}"));
        assertNull(run().validateDay(), "nothing is offered from a month that could not be read at all");
    }

    @Test
    void projectsPassWhenTheListParsesWarnWithoutNamesAndFailNamingTheField() {
        personio.script("/api/v1/projects", r -> json(200, "{\"data\": [{\"id\": 1001, \"attributes\": "
                + "{\"name\": \"Development\", \"active\": true}}, {\"id\": \"1002\", \"name\": \"Ops\"}]}"));
        assertEquals(Finding.of(Check.PROJECTS, CheckCode.PROJECTS_PARSED, "2"), finding(run(), Check.PROJECTS));

        personio.script("/api/v1/projects", r -> json(200, "{\"data\": [{\"id\": 1001}, {\"id\": 1002, "
                + "\"name\": \"Ops\"}]}"));
        Finding unnamed = finding(run(), Check.PROJECTS);
        assertEquals(Result.WARN, unnamed.result());
        assertEquals(List.of("2", "1"), unnamed.args());

        personio.script("/api/v1/projects", r -> json(200, "{\"data\": [{\"id\": 1001, \"name\": \"A\"}, "
                + "{\"name\": \"Ops\"}]}"));
        Finding broken = finding(run(), Check.PROJECTS);
        assertEquals(Result.FAIL, broken.result());
        assertEquals(List.of("projects.data[].id"), broken.fields());
    }

    @Test
    void aTabPassesOnTheCompanysOriginWarnsWhenNoneIsReadyAndFailsOnAnotherOriginOfItsHost() {
        assertEquals(Finding.of(Check.TAB, CheckCode.TAB_OPEN, "1"), SelfCheck.tab("acme", ONE_TAB));
        assertEquals(Finding.of(Check.TAB, CheckCode.NO_TAB), SelfCheck.tab("acme", List.of()));
        assertEquals(Finding.of(Check.TAB, CheckCode.NO_TAB), SelfCheck.tab("acme",
                List.of(new OpenTab("https://globex.app.personio.com", true))), "another company's tab is none");
        assertEquals(Finding.of(Check.TAB, CheckCode.TAB_NOT_READY), SelfCheck.tab("acme",
                List.of(new OpenTab(ORIGIN, false))));
        Finding foreign = SelfCheck.tab("acme", List.of(new OpenTab(ORIGIN, true),
                new OpenTab("https://acme.app.personio.com:8443", true)));
        assertEquals(Result.FAIL, foreign.result());
        assertEquals(Finding.of(Check.TAB, CheckCode.TAB_FOREIGN_ORIGIN, "1"), foreign);
        assertEquals(Finding.of(Check.TAB, CheckCode.NO_TAB), SelfCheck.tab(null, ONE_TAB));
    }

    @Test
    void withoutACompanyNothingIsAskedAndTheCookiesSayWhy() {
        List<Finding> notSignedIn = SelfCheck.withoutCompany(false, List.of());
        assertEquals(Finding.of(Check.COOKIES, CheckCode.NOT_SIGNED_IN), notSignedIn.get(0));
        assertEquals(Result.FAIL, notSignedIn.get(0).result());
        assertEquals(Finding.of(Check.COOKIES, CheckCode.COMPANY_UNKNOWN), SelfCheck.withoutCompany(true,
                List.of()).get(0));
        assertEquals(List.of(Check.COOKIES, Check.XSRF, Check.EMPLOYEE, Check.TIMESHEET, Check.PROJECTS, Check.TAB),
                notSignedIn.stream().map(Finding::check).toList());
    }

    @Test
    void theValidationPassesInEitherKnownShapeFromATabAndSavesNothing() {
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_KNOWN_SHAPE, "seed"), validate());
        assertEquals(List.of("POST " + VALIDATE), writes(), "one validation, and no save");
        assertTrue(personio.saved.isEmpty());

        personio.script(VALIDATE, r -> json(200, "{\"success\": true, \"data\": {\"success\": true, "
                + "\"work_duration_in_min\": 480, \"break_duration_in_min\": 60, \"alerts\": []}}"));
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_KNOWN_SHAPE, "observed"), validate());

        personio.script(VALIDATE, r -> json(200, "{\"validation\": {\"is_valid\": false, \"errors\": "
                + "[{\"message\": \"Projects are not trackable\"}]}}"));
        Finding refused = validate();
        assertEquals(Result.PASS, refused.result(), "a refusal in a known shape is a known shape");
        assertEquals(CheckCode.VALIDATE_REFUSED, refused.code());
        assertEquals(List.of("Projects are not trackable"), refused.detail().args());
    }

    @Test
    void theValidationSendsWhatARunSendsForTheShownDay() {
        validate();
        JSONObject body = new JSONObject(personio.bodies("POST").get(0));
        assertEquals(42, body.getLong("employee_id"));
        JSONArray periods = body.getJSONArray("periods");
        assertEquals(3, periods.length());
        assertEquals("2025-11-13 08:00:00", periods.getJSONObject(0).getString("start"));
        assertEquals("work", periods.getJSONObject(0).getString("period_type"));
    }

    @Test
    void theValidationWarnsOnAnErrorAnswerOrAChangedDayAndFailsOnAnUnknownShapeOrARefusedWrite() {
        personio.script(VALIDATE, r -> json(422, "{\"error\": {\"code\": \"VALIDATION_ERROR\", "
                + "\"message\": \"Existing overlapping attendances periods\"}}"));
        Finding error = validate();
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_ERROR, "422").withDetail(error.detail()), error);
        assertEquals(Result.WARN, error.result());

        personio.script(VALIDATE, r -> json(200, "{\"ok\": 1}"));
        Finding unknown = validate();
        assertEquals(Result.FAIL, unknown.result());
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_UNKNOWN_SHAPE, "200").withDetail(unknown.detail()),
                unknown);

        personio.script(VALIDATE, r -> json(403, ""));
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.VALIDATE_FORBIDDEN, "403"), validate());

        SelfCheck.Outcome outcome = run();
        personio.card(outcome.validateDay().date()).getJSONArray("periods").put(new JSONObject().put("id", "x")
                .put("start", "2025-11-13T06:00:00").put("end", "2025-11-13T07:00:00").put("type", "work"));
        int posts = writes().size();
        assertEquals(Finding.of(Check.VALIDATE, CheckCode.DAY_CHANGED), check().validate(Settings.defaults(), TODAY,
                outcome.validateDay().date(), outcome.validateDay().digest()));
        assertEquals(posts, writes().size(), "nothing was sent for a day that changed");

        assertEquals(Finding.of(Check.VALIDATE, CheckCode.NO_EMPTY_DAY), check().validate(Settings.defaults(), TODAY,
                null, null));
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void withNoEmptyPastWorkingDayThisMonthOrLastThereIsNothingToValidate() {
        for (int d = 1; d <= 13; d++) {
            personio.card(LocalDate.of(2025, 11, d)).getJSONArray("periods").put(new JSONObject().put("id", "x" + d)
                    .put("start", "2025-11-01T06:00:00").put("end", "2025-11-01T07:00:00").put("type", "work"));
        }
        SelfCheck.Outcome outcome = run();
        assertNull(outcome.validateDay());
        assertEquals(2, personio.paths().stream().filter(p -> p.startsWith("GET /svc/")).count(),
                "last month was read too");
    }

    @Test
    void noFindingEverHoldsACookieValue() {
        List<String> texts = new ArrayList<>();
        personio.script("/api/v1/projects", r -> json(503, "{\"error\": {\"message\": \"bad token "
                + FakePersonio.TOKEN + "\"}}"));
        for (Finding f : run().findings()) {
            texts.add(f.toString());
        }
        personio.script(VALIDATE, r -> json(422, "{\"error\": {\"message\": \"no " + FakePersonio.TOKEN + "\"}}"));
        texts.add(validate().toString());
        for (Map.Entry<String, String> cookie : new FakePersonio().cookies.entrySet()) {
            for (String text : texts) {
                assertFalse(text.contains(cookie.getValue()), cookie.getKey() + " in " + text);
            }
        }
    }
}
