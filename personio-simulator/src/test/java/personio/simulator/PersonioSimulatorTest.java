package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import personio.simulator.client.TabClient;
import personio.simulator.client.TabResponse;

class PersonioSimulatorTest {

    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 10, 28);
    static final String VALIDATE = "/svc/attendance-api/validate-and-calculate-full-day?propose-fix=false";

    static PersonioSimulator simulator;
    static Scenario scenario;
    Tab tab;

    @BeforeAll
    static void start() {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH).withToday(TODAY));
        scenario = simulator.scenario();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void signIn() throws IOException {
        simulator.reset();
        tab = Tab.signedIn(simulator);
        simulator.clearLog();
    }

    static LocalDate writableWithDayId() {
        return scenario.writableEmptyDays().stream().filter(date -> scenario.dayId(date).isPresent()).findFirst()
                .orElseThrow();
    }

    static LocalDate writableWithoutDayId() {
        return scenario.writableEmptyDays().stream()
                .filter(date -> scenario.dayId(date).isEmpty() && !date.equals(scenario.halfDayAbsence()))
                .findFirst().orElseThrow();
    }

    static JSONObject error(TabResponse response) {
        return new JSONObject(response.body()).getJSONObject("error");
    }

    static String firstField(TabResponse response) {
        return error(response).getJSONArray("details").getJSONObject(0).getString("field");
    }

    static Set<String> fields(TabResponse response) {
        JSONArray details = error(response).getJSONArray("details");
        return details.toList().stream().map(detail -> (String) ((Map<?, ?>) detail).get("field"))
                .collect(Collectors.toSet());
    }

    /**
     * The fields a malformed body was refused for: the answer is 400 {@code {"success": false, "error": {"code":
     * 400, "message", "error_data": {"<field>": [...]}}}}, with a numeric code and no seed {@code details}.
     */
    static Set<String> bodyFields(TabResponse response) {
        JSONObject answer = new JSONObject(response.body());
        assertEquals(400, response.status());
        assertFalse(answer.getBoolean("success"));
        assertEquals(400, answer.getJSONObject("error").get("code"));
        assertFalse(answer.getJSONObject("error").has("details"));
        JSONObject data = answer.getJSONObject("error").getJSONObject("error_data");
        for (String field : data.keySet()) {
            assertFalse(data.getJSONArray(field).isEmpty(), field);
        }
        return data.keySet();
    }

    @Test
    void startsOnAFreePortOfTheLoopbackWithTheTenantsOrigin() {
        assertTrue(simulator.port() > 0);
        assertEquals("https://127.0.0.1:" + simulator.port(), simulator.baseUrl());
        assertEquals("https://acme.app.personio.com", simulator.origin());
        assertEquals("acme", simulator.tenant());
        assertEquals(13_011_272L, simulator.employeeId());
    }

    @Nested
    class Checks {

        @Test
        void refusesAMissingXsrfHeaderWith403InvalidCsrfToken() throws IOException {
            TabResponse response = tab.client.send("GET", Router.CONTEXT, Map.of(), null, Tab.TIMEOUT);

            assertEquals(403, response.status());
            assertEquals("Invalid CSRF Token", error(response).getString("message"));
        }

        @Test
        void refusesAWrongXsrfHeaderAndTheSeedsHeaderName() throws IOException {
            TabResponse wrong = tab.client.send("GET", Router.CONTEXT, Map.of("x-athena-xsrf-token", "forged"), null,
                    Tab.TIMEOUT);
            TabResponse seedName = tab.client.send("GET", Router.CONTEXT, Map.of("X-Xsrf-Token", tab.xsrf()), null,
                    Tab.TIMEOUT);

            assertEquals(403, wrong.status());
            assertEquals("Invalid CSRF Token", error(wrong).getString("message"));
            assertEquals(403, seedName.status());
        }

        @Test
        void refusesAForeignOriginOnPostWith403AndAnEmptyBody() throws IOException {
            tab.client.setOrigin("chrome-extension://abcdefghijklmnop");

            TabResponse response = tab.validate(Bodies.validate("x", Bodies.validateDay(writableWithDayId())));

            assertEquals(403, response.status());
            assertEquals("", response.body());
        }

        @Test
        void refusesAForeignOrAbsentOriginOnPutWith403AndAnEmptyBody() throws IOException {
            LocalDate date = writableWithDayId();
            tab.client.setOrigin("https://evil.example");
            TabResponse foreign = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));
            tab.client.setOrigin(null);
            TabResponse absent = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));

            assertEquals(403, foreign.status());
            assertEquals("", foreign.body());
            assertEquals(403, absent.status());
            assertFalse(simulator.storedPeriods().containsKey(date));
        }

        @Test
        void acceptsGetsWithoutAnOrigin() throws IOException {
            tab.client.setOrigin(null);

            assertEquals(200, tab.get(Router.CONTEXT).status());
        }

        @Test
        void answers401WithoutTheSessionCookies() throws IOException {
            String xsrf = tab.xsrf();
            tab.client.clearCookies();

            TabResponse response = tab.client.send("GET", Router.CONTEXT, Map.of("x-athena-xsrf-token", xsrf), null,
                    Tab.TIMEOUT);

            assertEquals(401, response.status());
            assertTrue(new JSONObject(response.body()).similar(new JSONObject(
                    "{\"error\":{\"code\":\"UNAUTHENTICATED\",\"message\":\"Unauthenticated\"}}")));
        }

        @Test
        void checksTheOriginBeforeTheSessionAndTheSessionBeforeTheXsrfHeader() throws IOException {
            TabClient stranger = new TabClient(simulator.baseUrl(), "https://evil.example");
            TabResponse foreign = stranger.send("POST", VALIDATE, Map.of(), "{}", Tab.TIMEOUT);
            stranger.setOrigin(simulator.origin());
            TabResponse noSession = stranger.send("POST", VALIDATE, Map.of(), "{}", Tab.TIMEOUT);

            assertEquals(403, foreign.status());
            assertEquals("", foreign.body());
            assertEquals(401, noSession.status());
        }

        @Test
        void answersUnknownApiPathsWith404Json() throws IOException {
            TabResponse response = tab.get("/svc/attendance-api/v1/nothing-here");

            assertEquals(404, response.status());
            assertTrue(response.isJson());
            assertEquals("NOT_FOUND", error(response).getString("code"));
        }
    }

    @Nested
    class Endpoints {

        @Test
        void navigationContextNamesTheSignedInEmployee() throws IOException {
            TabResponse response = tab.get(Router.CONTEXT);

            assertEquals(200, response.status());
            assertEquals(13_011_272L, new JSONObject(response.body()).getJSONObject("data").getJSONObject("user")
                    .getLong("id"));
        }

        @Test
        void projectsListsNumericIdsWithOneInactiveAndOneMarkupName() throws IOException {
            JSONObject answer = new JSONObject(tab.get(Router.PROJECTS).body());

            JSONArray data = answer.getJSONArray("data");
            assertTrue(answer.getBoolean("success"));
            assertEquals(3, data.length());
            assertEquals(1001, data.getJSONObject(0).get("id"));
            assertEquals("<img src=x onerror=alert(1)>", data.getJSONObject(1).getJSONObject("attributes")
                    .getString("name"));
            assertFalse(data.getJSONObject(2).getJSONObject("attributes").getBoolean("active"));
        }

        @Test
        void projectsSetsAFreshPersonioSession() throws IOException {
            String before = tab.client.cookie("personio_session").orElseThrow();

            tab.get(Router.PROJECTS);

            assertNotEquals(before, tab.client.cookie("personio_session").orElseThrow());
        }

        @Test
        void timesheetServesOneTimecardPerCalendarDayWithEverySeedField() throws IOException {
            TabResponse response = tab.timesheet(MONTH.atDay(1), MONTH.atEndOfMonth());

            JSONObject answer = new JSONObject(response.body());
            JSONArray cards = answer.getJSONArray("timecards");
            assertEquals(200, response.status());
            assertEquals(31, cards.length());
            assertEquals("2026-10-01", cards.getJSONObject(0).getString("date"));
            assertEquals("2026-10-31", cards.getJSONObject(30).getString("date"));
            assertTrue(answer.has("widgets") && answer.has("supervisor_person_id")
                    && answer.getBoolean("owner_has_propose_rights"));
            for (int i = 0; i < cards.length(); i++) {
                assertEquals(TimesheetTest.SEED_TIMECARD_KEYS, cards.getJSONObject(i).keySet());
            }
        }

        @Test
        void timesheetRefusesMissingOrBadDatesAMissingZoneAndRangesOver62Days() throws IOException {
            String path = "/svc/attendance-bff/v1/timesheet/13011272?";

            TabResponse noStart = tab.get(path + "end_date=2026-10-31&timezone=Europe%2FBerlin");
            TabResponse badEnd = tab.get(path + "start_date=2026-10-01&end_date=2026-10-32&timezone=Europe%2FBerlin");
            TabResponse noZone = tab.get(path + "start_date=2026-10-01&end_date=2026-10-31");
            TabResponse tooLong = tab.timesheet(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 2));
            TabResponse longest = tab.timesheet(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));

            assertEquals(400, noStart.status());
            assertEquals("start_date", firstField(noStart));
            assertEquals("VALIDATION_ERROR", error(noStart).getString("code"));
            assertEquals(400, badEnd.status());
            assertEquals("end_date", firstField(badEnd));
            assertEquals(400, noZone.status());
            assertEquals("timezone", firstField(noZone));
            assertEquals(400, tooLong.status());
            assertEquals(200, longest.status());
            assertEquals(62, new JSONObject(longest.body()).getJSONArray("timecards").length());
        }

        @Test
        void timesheetOfAnotherEmployeeIs404() throws IOException {
            TabResponse response = tab.get("/svc/attendance-bff/v1/timesheet/42?start_date=2026-10-01"
                    + "&end_date=2026-10-31&timezone=Europe%2FBerlin");

            assertEquals(404, response.status());
        }

        @Test
        void timecardJsonIsWhatTheTimesheetServes() throws IOException {
            LocalDate date = scenario.filledDays().iterator().next();

            assertTrue(tab.timecard(date).similar(new JSONObject(simulator.timecardJson(date))));
        }
    }

    @Nested
    class Validate {

        @Test
        void storesNothing() throws IOException {
            LocalDate date = writableWithDayId();
            String before = simulator.timecardJson(date);

            TabResponse response = tab.validate(Bodies.validate(scenario.dayId(date).orElseThrow(),
                    Bodies.validateDay(date)));

            assertEquals(200, response.status());
            assertTrue(tab.timecard(date).similar(new JSONObject(before)));
            assertEquals(0, tab.timecard(date).getJSONArray("periods").length());
            assertFalse(simulator.storedPeriods().containsKey(date));
        }

        @Test
        void answersTheSeedShapeByDefault() throws IOException {
            LocalDate date = writableWithoutDayId();

            JSONObject answer = new JSONObject(tab.validate(Bodies.validate("new-day", Bodies.validateDay(date)))
                    .body());

            assertEquals(480, answer.getJSONObject("day").getInt("total_work_minutes"));
            assertEquals(60, answer.getJSONObject("day").getInt("total_break_minutes"));
            assertTrue(answer.getJSONObject("validation").getBoolean("is_valid"));
            assertTrue(answer.getJSONObject("validation").getJSONArray("errors").isEmpty());
        }

        @Test
        void answersTheObservedShapeWhenSwitched() throws IOException {
            simulator.setValidateShape(ValidateShape.OBSERVED);
            LocalDate date = writableWithoutDayId();

            JSONObject answer = new JSONObject(tab.validate(Bodies.validate("new-day", Bodies.validateDay(date)))
                    .body());

            assertTrue(answer.getBoolean("success"));
            assertEquals(480, answer.getJSONObject("data").getInt("work_duration_in_min"));
            assertEquals(60, answer.getJSONObject("data").getInt("break_duration_in_min"));
            assertTrue(answer.getJSONObject("data").getJSONArray("alerts").isEmpty());
        }

        @Test
        void answersInNeitherKnownShapeWhenSwitchedToUnknownAndStillStoresNothing() throws IOException {
            simulator.setValidateShape(ValidateShape.UNKNOWN);
            LocalDate date = writableWithoutDayId();

            JSONObject answer = new JSONObject(tab.validate(Bodies.validate("new-day", Bodies.validateDay(date)))
                    .body());

            assertEquals(Set.of("result", "minutes"), answer.keySet());
            assertEquals(480, answer.getJSONObject("minutes").getInt("work"));
            assertFalse(simulator.storedPeriods().containsKey(date));
        }

        @Test
        void refusesTimesWithATNamingTheField() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject period = Bodies.validatePeriod(date, "work", "08:00", "12:00").put("start", date + "T08:00:00");

            TabResponse response = tab.validate(Bodies.validate("d", period));

            assertEquals(Set.of("periods[0].start"), bodyFields(response));
            assertEquals("must be YYYY-MM-DD HH:MM:SS", new JSONObject(response.body()).getJSONObject("error")
                    .getJSONObject("error_data").getJSONArray("periods[0].start").getString(0));
        }

        @Test
        void refusesMissingKeysNamingEachField() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject[] periods = Bodies.validateDay(date);
            periods[1].remove("comment");
            periods[2].remove("project_id");
            periods[0].remove("attendance_period_id");
            JSONObject body = Bodies.validate("d", periods).put("employee_id", "13011272");

            TabResponse response = tab.validate(body);

            assertEquals(Set.of("periods[0].attendance_period_id", "periods[1].comment", "periods[2].project_id",
                    "employee_id"), bodyFields(response));
        }

        @Test
        void refusesABodyThatIsNotJsonAndAnEmptyPeriodList() throws IOException {
            TabResponse notJson = tab.client.send("POST", VALIDATE, Map.of("x-athena-xsrf-token", tab.xsrf(),
                    "Content-Type", "application/json"), "{attendance_day_id: 'x'}", Tab.TIMEOUT);
            TabResponse noPeriods = tab.validate(Bodies.validate("d"));

            assertEquals(Set.of("body"), bodyFields(notJson));
            assertEquals(Set.of("periods"), bodyFields(noPeriods));
        }

        @Test
        void refusesABodyThatIsNotSentAsJson() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.client.send("POST", VALIDATE, Map.of("x-athena-xsrf-token", tab.xsrf()),
                    Bodies.validate("d", Bodies.validateDay(date)).toString(), Tab.TIMEOUT);

            assertEquals(415, response.status());
        }

        @Test
        void refusesOverlappingPeriods() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00"), Bodies.validatePeriod(date, "work", "11:00", "15:00")));

            assertEquals(422, response.status());
            assertEquals("Existing overlapping attendances periods", error(response).getString("message"));
        }

        @Test
        void refusesAStartThatIsNotBeforeTheEnd() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "12:00",
                    "08:00")));

            assertEquals(422, response.status());
            assertEquals("Start time has to be smaller than end time", error(response).getString("message"));
        }

        @Test
        void refusesABreakOutsideTheWorkingTime() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00"), Bodies.validatePeriod(date, "break", "12:00", "13:00")));

            assertEquals(422, response.status());
            assertEquals(DayRules.BREAK_OUTSIDE_WORK, error(response).getString("message"));
            assertEquals("periods[1].start", firstField(response));
        }

        @Test
        void refusesAPeriodOfAnotherDateThanTheKnownDayIdsDate() throws IOException {
            LocalDate date = writableWithDayId();
            LocalDate other = writableWithoutDayId();

            TabResponse response = tab.validate(Bodies.validate(scenario.dayId(date).orElseThrow(),
                    Bodies.validateDay(other)));

            assertEquals(422, response.status());
            assertEquals("This period does not belong to the day", error(response).getString("message"));
        }

        @Test
        void refusesAPeriodOfAnotherDateThanTheFirstPeriodsForAnUnknownDayId() throws IOException {
            LocalDate date = writableWithoutDayId();

            TabResponse response = tab.validate(Bodies.validate("new-day", Bodies.validatePeriod(date, "work",
                    "08:00", "12:00"), Bodies.validatePeriod(date.plusDays(1), "work", "13:00", "17:00")));

            assertEquals(422, response.status());
            assertEquals("periods[1].start", firstField(response));
        }

        @Test
        void refusesAnInactiveOrUnknownProjectAndAcceptsAnActiveOneAsANumberOrAString() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse inactive = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00").put("project_id", "1003")));
            TabResponse numeric = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00").put("project_id", 1001)));
            TabResponse unknown = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00").put("project_id", "999")));
            TabResponse active = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "08:00",
                    "12:00").put("project_id", "1001")));

            assertEquals(400, inactive.status());
            JSONArray errors = new JSONObject(inactive.body()).getJSONArray("errors");
            assertEquals(1, errors.length());
            assertEquals(Set.of("id", "status", "type", "title"), errors.getJSONObject(0).keySet());
            assertTrue(errors.getJSONObject(0).getString("id").matches("[0-9a-f-]{36}"));
            assertEquals("400", errors.getJSONObject(0).get("status"));
            assertEquals("ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE", errors.getJSONObject(0).getString("type"));
            assertEquals("Projects with ids [1003] for employee 13011272 are not trackable",
                    errors.getJSONObject(0).getString("title"));
            assertEquals(200, numeric.status(), "today's web app sends a number");
            assertEquals(400, unknown.status());
            assertEquals("Projects with ids [999] for employee 13011272 are not trackable",
                    new JSONObject(unknown.body()).getJSONArray("errors").getJSONObject(0).getString("title"));
            assertEquals(200, active.status());
        }

        @Test
        void refusesWith422InTheSeedsShapeWhenAnotherRuleIsBrokenBesidesTheProject() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.validate(Bodies.validate("d", Bodies.validatePeriod(date, "work", "12:00",
                    "08:00").put("project_id", "1003")));

            assertEquals(422, response.status());
            assertEquals("VALIDATION_ERROR", error(response).getString("code"));
            assertEquals(Set.of("periods[0].start", "periods[0].project_id"), fields(response));
        }
    }

    @Nested
    class Save {

        @Test
        void aProjectSentAsANumberIsShownAsANumberAndOneSentAsTextAsText() throws IOException {
            LocalDate date = writableWithoutDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[0].put("project_id", 1001);
            periods[2].put("project_id", "1001");

            TabResponse response = tab.save("1b0c7e55-6a8e-4a3c-9d1e-1f2e3d4c5b6a", Bodies.save(periods));

            JSONArray shown = tab.timecard(date).getJSONArray("periods");
            assertEquals(200, response.status());
            assertEquals(1001, shown.getJSONObject(0).get("project_id"));
            assertEquals("1001", shown.getJSONObject(2).get("project_id"));
        }

        @Test
        void storesTheDayAndTheTimesheetShowsItsPeriods() throws IOException {
            LocalDate date = writableWithoutDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[0].put("project_id", "1001").put("comment", "Planning");
            String dayId = "0b0c7e55-6a8e-4a3c-9d1e-1f2e3d4c5b6a";

            TabResponse response = tab.save(dayId, Bodies.save(periods));

            JSONObject card = tab.timecard(date);
            JSONArray shown = card.getJSONArray("periods");
            assertEquals(200, response.status());
            assertTrue(new JSONObject(response.body()).getBoolean("success"));
            assertEquals(dayId, card.getString("day_id"));
            assertEquals(3, shown.length());
            assertEquals(periods[0].getString("id"), shown.getJSONObject(0).getString("id"));
            assertEquals(date + "T08:00:00", shown.getJSONObject(0).getString("start"));
            assertEquals("work", shown.getJSONObject(0).getString("type"));
            assertEquals("break", shown.getJSONObject(1).getString("type"));
            assertEquals("web", shown.getJSONObject(1).getString("origin"));
            assertEquals("1001", shown.getJSONObject(0).getString("project_id"));
            assertEquals("Planning", shown.getJSONObject(0).getString("comment"));
            assertEquals(3, simulator.storedPeriods().get(date).size());
        }

        @Test
        void answersInTheCapturedShapeWithTheDayInADataListAndItsPeriodsIncludedAtLocalTimesMarkedZ()
                throws IOException {
            LocalDate date = writableWithoutDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[2].put("project_id", "1002").put("comment", "Review");
            String dayId = "5a0c7e55-6a8e-4a3c-9d1e-1f2e3d4c5b6a";

            JSONObject answer = new JSONObject(tab.save(dayId, Bodies.save(periods)).body());

            assertEquals(Set.of("success", "data", "included"), answer.keySet());
            assertTrue(answer.getBoolean("success"));
            assertEquals(1, answer.getJSONArray("data").length());
            JSONObject day = answer.getJSONArray("data").getJSONObject(0);
            assertEquals("attendancedays", day.getString("type"));
            assertEquals(dayId, day.getString("id"));
            assertTrue(new JSONObject().put("status", "complete").put("break_min", 60).put("duration", 480)
                    .put("count_periods", 3).put("rejection_reason", JSONObject.NULL)
                    .put("rules_violation_reason", JSONObject.NULL).similar(day.getJSONObject("attributes")),
                    day.toString());
            JSONArray included = answer.getJSONArray("included");
            assertEquals(3, included.length());
            JSONObject last = included.getJSONObject(2);
            assertEquals("attendanceperiods", last.getString("type"));
            assertEquals(periods[2].getString("id"), last.getString("id"));
            assertTrue(new JSONObject().put("start", date + "T13:00:00.000Z").put("end", date + "T17:00:00.000Z")
                    .put("period_type", "work").put("comment", "Review").put("project_id", "1002")
                    .put("legacy_status", "pending")
                    .similar(last.getJSONObject("attributes")), last.toString());
            assertEquals("break", included.getJSONObject(1).getJSONObject("attributes").getString("period_type"));
            assertTrue(included.getJSONObject(0).getJSONObject("attributes").isNull("project_id"));
        }

        @Test
        void aWorkPeriodOfMoreThanSixHoursWithoutABreakKeepsItsIdAndGetsABreakAndARestUnderNewIds()
                throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject period = Bodies.saveDay(date)[0].put("end", date + "T17:00:00");

            JSONObject answer = new JSONObject(tab.save(scenario.dayId(date).orElseThrow(),
                    Bodies.save(new JSONObject[] {period})).body());

            List<StoredPeriod> stored = simulator.storedPeriods().get(date);
            assertEquals(3, stored.size());
            assertEquals(period.getString("id"), stored.get(0).id());
            assertEquals(LocalTime.of(12, 0), stored.get(0).end().toLocalTime());
            assertEquals("break", stored.get(1).type());
            assertFalse(stored.get(2).id().equals(period.getString("id")));
            assertEquals(LocalTime.of(17, 0), stored.get(2).end().toLocalTime());
            assertEquals(3, answer.getJSONArray("included").length());
        }

        @Test
        void refusesAnUntrackableProjectWithAJsonApiErrorAndStoresNothing() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[0].put("project_id", "1003");
            periods[2].put("project_id", "1003");

            TabResponse response = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(periods));

            assertEquals(400, response.status());
            JSONObject error = new JSONObject(response.body()).getJSONArray("errors").getJSONObject(0);
            assertEquals("ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE", error.getString("type"));
            assertEquals("Projects with ids [1003] for employee 13011272 are not trackable", error.getString("title"));
            assertFalse(simulator.storedPeriods().containsKey(date));
        }

        @Test
        void refusesAKnownDayIdOfAnotherDate() throws IOException {
            LocalDate date = writableWithDayId();
            LocalDate other = writableWithoutDayId();

            TabResponse response = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(other)));

            assertEquals(422, response.status());
            assertEquals("This period does not belong to the day", error(response).getString("message"));
            assertFalse(simulator.storedPeriods().containsKey(other));
        }

        @Test
        void refusesANewDayIdForADateThatAlreadyHasOne() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.save("11111111-2222-4333-8444-555555555555",
                    Bodies.save(Bodies.saveDay(date)));

            assertEquals(422, response.status());
            assertEquals("This period does not belong to the day", error(response).getString("message"));
            assertEquals("day_id", firstField(response));
        }

        @Test
        void refusesTimesWithASpaceNamingTheField() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[2].put("end", date + " 17:00:00");

            TabResponse response = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(periods));

            assertEquals(Set.of("periods[2].end"), bodyFields(response));
        }

        @Test
        void refusesMissingKeysAndAnAutoGeneratedPeriodNamingEachField() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[0].put("auto_generated", true);
            periods[1].remove("project_id");
            JSONObject body = Bodies.save(periods);
            body.remove("original_periods");
            body.remove("geolocation");
            body.put("is_from_clock_out", true);

            TabResponse response = tab.save(scenario.dayId(date).orElseThrow(), body);

            assertEquals(Set.of("periods[0].auto_generated", "periods[1].project_id", "original_periods",
                    "geolocation", "is_from_clock_out"), bodyFields(response));
        }

        @Test
        void refusesTheValidateBodysPeriodIdNameAndANonUuidDayId() throws IOException {
            LocalDate date = writableWithDayId();
            JSONObject[] periods = Bodies.saveDay(date);
            periods[0].put("attendance_period_id", periods[0].remove("id"));

            TabResponse wrongKey = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(periods));
            TabResponse nullId = tab.save("null", Bodies.save(Bodies.saveDay(date)));

            assertEquals(Set.of("periods[0].id"), bodyFields(wrongKey));
            assertEquals(Set.of("day_id"), bodyFields(nullId));
        }

        @Test
        void refusesLockedAndFutureDaysButTakesAWeekendOrHolidayWorkedOnPurpose() throws IOException {
            LocalDate future = scenario.future().iterator().next();
            LocalDate weekend = MONTH.atDay(3);

            TabResponse locked = tab.save(scenario.dayId(scenario.locked()).orElseThrow(),
                    Bodies.save(Bodies.saveDay(scenario.locked())));
            TabResponse later = tab.save("21111111-2222-4333-8444-555555555555", Bodies.save(Bodies.saveDay(future)));
            TabResponse holiday = tab.save("31111111-2222-4333-8444-555555555555",
                    Bodies.save(Bodies.saveDay(scenario.holiday())));
            TabResponse saturday = tab.save("41111111-2222-4333-8444-555555555555",
                    Bodies.save(Bodies.saveDay(weekend)));

            assertEquals(422, locked.status());
            assertEquals("The day is locked", error(locked).getString("message"));
            assertEquals(422, later.status());
            assertEquals("The day is not trackable", error(later).getString("message"));
            // Trackable off days take a write: the product writes them only when the user fills one on purpose.
            assertEquals(200, holiday.status());
            assertEquals(200, saturday.status());
            Set<LocalDate> stored = new java.util.TreeSet<>(scenario.filledDays());
            stored.add(scenario.holiday());
            stored.add(weekend);
            assertEquals(stored, new java.util.TreeSet<>(simulator.storedPeriods().keySet()));
        }

        @Test
        void appliesTheValidateRules() throws IOException {
            LocalDate date = writableWithDayId();

            TabResponse response = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(
                    Bodies.savePeriod(date, "work", "08:00", "12:00"), Bodies.savePeriod(date, "work", "11:00",
                            "15:00")));

            assertEquals(422, response.status());
            assertEquals("Existing overlapping attendances periods", error(response).getString("message"));
        }

        @Test
        void replacesTheWholeDayAndLogsThatItOverwrote() throws IOException {
            LocalDate filled = List.copyOf(scenario.filledDays()).get(1);
            JSONObject period = Bodies.savePeriod(filled, "work", "15:00", "16:00");

            TabResponse response = tab.save(scenario.dayId(filled).orElseThrow(), Bodies.save(period));

            LoggedRequest logged = simulator.requestLog().get(0);
            assertEquals(200, response.status());
            assertEquals(List.of(period.getString("id")), simulator.storedPeriods().get(filled).stream()
                    .map(StoredPeriod::id).collect(Collectors.toList()));
            assertTrue(logged.overwrote());
            assertEquals(filled, logged.date());
        }

        @Test
        void logsNoOverwriteForAnEmptyDay() throws IOException {
            LocalDate date = writableWithDayId();

            tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));

            assertEquals(200, simulator.requestLog().get(0).status());
            assertFalse(simulator.requestLog().get(0).overwrote());
        }
    }

    @Nested
    class SessionsAndPages {

        @Test
        void personioSessionExpiresAfterItsLifetimeAndProjectsRefreshesIt() throws Exception {
            simulator.setSessionLifetime(Duration.ofMillis(400));
            LocalDate date = writableWithDayId();
            tab.get(Router.PROJECTS);
            int fresh = tab.timesheet(date, date).status();

            Thread.sleep(450);
            int stale = tab.timesheet(date, date).status();
            int context = tab.get(Router.CONTEXT).status();
            int projects = tab.get(Router.PROJECTS).status();
            int refreshed = tab.timesheet(date, date).status();

            assertEquals(List.of(200, 401, 200, 200, 200), List.of(fresh, stale, context, projects, refreshed));
        }

        @Test
        void expireSessionNowAnswers401OnTheApiAndRedirectsPagesToLogin() throws IOException {
            simulator.expireSessionNow();

            TabResponse api = tab.get(Router.PROJECTS);
            TabResponse page = tab.client.send("GET", "/", Map.of(), null, Tab.TIMEOUT);

            assertEquals(401, api.status());
            assertEquals(200, page.status());
            assertTrue(page.redirected());
            assertEquals("/login", page.finalPath());
            assertTrue(page.body().contains("id=\"sign-in\""));
        }

        @Test
        void aNewSignInWorksAfterTheSessionsExpired() throws IOException {
            simulator.expireSessionNow();

            tab.client.signIn();

            assertEquals(200, tab.get(Router.PROJECTS).status());
        }

        @Test
        void signedInPagesNameTheEmployeeAndTheTenant() throws IOException {
            TabResponse page = tab.client.send("GET", "/attendance", Map.of(), null, Tab.TIMEOUT);

            assertEquals(200, page.status());
            assertFalse(page.redirected());
            assertTrue(page.body().contains("signed in as employee 13011272 of acme"));
        }

        @Test
        void demoSignInSignsInAndLandsOnTheStartPage() throws IOException {
            TabClient fresh = new TabClient(simulator);

            TabResponse response = fresh.send("GET", "/demo/sign-in", Map.of(), null, Tab.TIMEOUT);

            assertEquals("/", response.finalPath());
            assertTrue(response.body().contains("signed in as employee"));
            assertTrue(fresh.cookie("ATHENA_SESSION").isPresent());
        }

        @Test
        void signInSetsTheFourCookiesOnTheTenantsDomainWithHttpOnlyOnTheSessions() throws Exception {
            HttpClient raw = HttpClient.newBuilder().sslContext(TestCertificate.trustingContext()).build();

            HttpResponse<String> response = raw.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                    + "/login")).POST(HttpRequest.BodyPublishers.ofString("email=a&password=b")).build(),
                    HttpResponse.BodyHandlers.ofString());

            Map<String, String> cookies = response.headers().allValues("Set-Cookie").stream()
                    .collect(Collectors.toMap(cookie -> cookie.substring(0, cookie.indexOf('=')), cookie -> cookie));
            assertEquals(302, response.statusCode());
            assertEquals("/", response.headers().firstValue("Location").orElseThrow());
            assertEquals(Set.of("ATHENA-XSRF-TOKEN", "ATHENA_SESSION", "personio_session", "product_language"),
                    cookies.keySet());
            cookies.values().forEach(cookie -> assertTrue(
                    cookie.contains("; Domain=.app.personio.com; Path=/; Secure; SameSite=Lax"), cookie));
            assertTrue(cookies.get("ATHENA_SESSION").endsWith("; HttpOnly"));
            assertTrue(cookies.get("personio_session").endsWith("; HttpOnly"));
            assertFalse(cookies.get("ATHENA-XSRF-TOKEN").contains("HttpOnly"));
            assertTrue(cookies.get("product_language").startsWith("product_language=en%7C13011272;"));
            assertFalse(cookies.get("product_language").contains("HttpOnly"));
        }
    }

    @Nested
    class FaultsOnRequest {

        @Test
        void answers429WithRetryAfterForTheNextNRequestsThenNormally() throws IOException {
            simulator.inject429(2, 3, null);

            List<Integer> statuses = List.of(tab.get(Router.CONTEXT).status(), tab.get(Router.CONTEXT).status(),
                    tab.get(Router.CONTEXT).status());

            assertEquals(List.of(429, 429, 200), statuses);
            assertEquals("429", simulator.requestLog().get(0).fault());
            assertNull(simulator.requestLog().get(2).fault());
        }

        @Test
        void sendsRetryAfterOnlyWhenAsked() throws Exception {
            HttpClient raw = HttpClient.newBuilder().sslContext(TestCertificate.trustingContext()).build();
            simulator.inject429(1, 7, null);
            simulator.inject429(1, -1, null);

            List<HttpResponse<String>> responses = List.of(rawGet(raw), rawGet(raw));

            assertEquals(429, responses.get(0).statusCode());
            assertEquals("7", responses.get(0).headers().firstValue("Retry-After").orElseThrow());
            assertEquals(429, responses.get(1).statusCode());
            assertTrue(responses.get(1).headers().firstValue("Retry-After").isEmpty());
        }

        private HttpResponse<String> rawGet(HttpClient raw) throws Exception {
            String cookies = "ATHENA_SESSION=" + tab.client.cookie("ATHENA_SESSION").orElseThrow()
                    + "; personio_session=" + tab.client.cookie("personio_session").orElseThrow();
            return raw.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + Router.CONTEXT))
                    .header("Cookie", cookies).header("x-athena-xsrf-token", tab.xsrf()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void answers500OnceWithAJsonError() throws IOException {
            simulator.inject500(1, null);

            TabResponse first = tab.get(Router.CONTEXT);
            TabResponse second = tab.get(Router.CONTEXT);

            assertEquals(500, first.status());
            assertTrue(first.isJson());
            assertEquals(200, second.status());
        }

        @Test
        void dropsTheConnectionWithoutAnAnswerThenAnswersAgain() throws IOException {
            LocalDate date = writableWithDayId();
            simulator.injectDisconnect(1, null);

            assertThrows(IOException.class, () -> tab.validate(Bodies.validate("d", Bodies.validateDay(date))));
            TabResponse after = tab.validate(Bodies.validate("d", Bodies.validateDay(date)));

            assertEquals(200, after.status());
            assertEquals("disconnect", simulator.requestLog().get(0).fault());
            assertEquals(0, simulator.requestLog().get(0).status());
        }

        @Test
        void aSaveAnswered502AfterItWasStoredIsKeptAndTheAnswerIsAGatewayPage() throws IOException {
            LocalDate date = writableWithDayId();
            simulator.injectStoredBadGateway(1, Router.DAYS);

            TabResponse answer = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));

            assertEquals(502, answer.status());
            assertFalse(answer.isJson());
            assertEquals(3, simulator.storedPeriods().get(date).size(), "the save landed");
            assertEquals("stored_502", simulator.requestLog().get(0).fault());
        }

        @Test
        void refusesAsPlainTextOrInTheWrappedShapeAndStoresNothing() throws IOException {
            LocalDate date = writableWithDayId();
            simulator.injectRefusedAsText(1, Router.DAYS);
            simulator.injectRefusedWrapped(1, Router.DAYS);

            TabResponse text = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));
            TabResponse wrapped = tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));

            assertEquals(422, text.status());
            assertTrue(text.contentType().startsWith("text/plain"), text.contentType());
            assertEquals(Router.REFUSED_TEXT, text.body());
            assertEquals(400, wrapped.status());
            JSONObject error = new JSONObject(wrapped.body()).getJSONObject("error");
            assertFalse(new JSONObject(wrapped.body()).getBoolean("success"));
            assertTrue(error.getString("message").contains("\"title\":\"The working day is longer"),
                    error.toString());
            assertFalse(simulator.storedPeriods().containsKey(date));
        }

        @Test
        void logsTheCompanyWhoseHostARequestWentToAndNoneForAnotherHost() throws IOException {
            tab.get(Router.CONTEXT);

            assertNull(simulator.requestLog().get(0).tenant(), "sent to localhost");
            assertEquals("acme", Router.tenantOfHost("acme.app.personio.com:8443"));
            assertEquals("other", Router.tenantOfHost("OTHER.app.personio.com"));
            assertNull(Router.tenantOfHost("app.personio.com.evil.example"));
            assertNull(Router.tenantOfHost(null));
        }

        @Test
        void hitsOnlyPathsWithThePrefix() throws IOException {
            simulator.inject500(1, "/svc/");

            int context = tab.get(Router.CONTEXT).status();
            int timesheet = tab.timesheet(TODAY, TODAY).status();

            assertEquals(200, context);
            assertEquals(500, timesheet);
        }

        @Test
        void comesAfterTheChecksSoARefusedRequestDoesNotUseItUp() throws IOException {
            simulator.inject500(1, null);

            int refused = tab.client.send("GET", Router.CONTEXT, Map.of(), null, Tab.TIMEOUT).status();
            int faulted = tab.get(Router.CONTEXT).status();

            assertEquals(403, refused);
            assertEquals(500, faulted);
        }

        @Test
        void delaysEveryApiAnswer() throws IOException {
            simulator.setDelay(Duration.ofMillis(150));

            long start = System.nanoTime();
            int status = tab.get(Router.CONTEXT).status();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(200, status);
            assertTrue(elapsedMillis >= 150, "took " + elapsedMillis + " ms");
            assertEquals("delay", simulator.requestLog().get(0).fault());
        }

        @Test
        void editsTheDayRightAfterTheNextTimesheetRead() throws IOException {
            LocalDate date = writableWithoutDayId();
            simulator.editDayAfterNextTimesheetRead(date);

            JSONObject read = tab.timecard(date);
            boolean storedRightAfter = simulator.storedPeriods().containsKey(date);
            JSONObject reread = tab.timecard(date);

            assertEquals(0, read.getJSONArray("periods").length());
            assertTrue(read.isNull("day_id"));
            assertTrue(storedRightAfter);
            assertEquals(1, reread.getJSONArray("periods").length());
            assertFalse(reread.isNull("day_id"));
        }

        @Test
        void resetClearsFaultsLogAndData() throws IOException {
            LocalDate date = writableWithDayId();
            tab.save(scenario.dayId(date).orElseThrow(), Bodies.save(Bodies.saveDay(date)));
            simulator.inject500(5, null);
            simulator.setDelay(Duration.ofSeconds(5));

            simulator.reset();

            assertTrue(simulator.requestLog().isEmpty());
            assertFalse(simulator.storedPeriods().containsKey(date));
            assertEquals(200, tab.get(Router.CONTEXT).status());
        }
    }

    @Nested
    class ScenarioDays {

        JSONObject card(LocalDate date) throws IOException {
            return tab.timecard(date);
        }

        @Test
        void weekendsAreTrackableOffDaysWithNoIdNoPeriodsAndNoTarget() throws IOException {
            JSONObject saturday = card(LocalDate.of(2026, 10, 3));

            assertTrue(saturday.getBoolean("is_off_day"));
            assertEquals("trackable", saturday.getString("state"));
            assertTrue(saturday.isNull("day_id"));
            assertTrue(saturday.getJSONArray("periods").isEmpty());
            assertEquals(0, saturday.getJSONObject("target_hours").getInt("effective_work_duration_minutes"));
        }

        @Test
        void theHolidayIsAnOffDayWithANullDayId() throws IOException {
            JSONObject holiday = card(scenario.holiday());

            assertTrue(holiday.getBoolean("is_off_day"));
            assertTrue(holiday.isNull("day_id"));
            JSONArray items = holiday.getJSONObject("time_off").getJSONArray("items");
            assertEquals(1, items.length());
            assertEquals("holiday", items.getJSONObject(0).getString("type"));
            assertTrue(items.getJSONObject(0).isNull("duration_minutes"));
        }

        @Test
        void theFullDayAbsenceIsAVacationWithNoWorkTargetAndADayId() throws IOException {
            JSONObject absence = card(scenario.fullDayAbsence());

            assertFalse(absence.getBoolean("is_off_day"));
            JSONObject item = absence.getJSONObject("time_off").getJSONArray("items").getJSONObject(0);
            assertEquals("vacation", item.getString("type"));
            assertTrue(item.isNull("duration_minutes"));
            assertEquals(480, absence.getJSONObject("time_off").getInt("aggregated_duration_minutes"));
            assertEquals(0, absence.getJSONObject("target_hours").getInt("effective_work_duration_minutes"));
            assertFalse(absence.isNull("day_id"));
        }

        @Test
        void theHalfDayAbsenceLeavesHalfTheTargetAndIsEmptyWithANullDayId() throws IOException {
            JSONObject half = card(scenario.halfDayAbsence());

            JSONObject item = half.getJSONObject("time_off").getJSONArray("items").getJSONObject(0);
            assertEquals("vacation", item.getString("type"));
            assertEquals(240, item.getInt("duration_minutes"));
            assertEquals(240, half.getJSONObject("time_off").getInt("aggregated_duration_minutes"));
            assertEquals(240, half.getJSONObject("target_hours").getInt("effective_work_duration_minutes"));
            assertEquals(480, half.getJSONObject("target_hours").getInt("contractual_work_duration_minutes"));
            assertEquals("trackable", half.getString("state"));
            assertTrue(half.getJSONArray("periods").isEmpty());
            assertTrue(half.isNull("day_id"));
        }

        @Test
        void theFilledDaysCarryTheirPeriods() throws IOException {
            List<LocalDate> filled = List.copyOf(scenario.filledDays());
            JSONObject first = card(filled.get(0));
            JSONObject second = card(filled.get(1));

            JSONArray periods = first.getJSONArray("periods");
            assertEquals(List.of("09:00:00/12:00:00/work", "12:00:00/12:30:00/break", "12:30:00/17:30:00/work"),
                    List.of(describe(periods.getJSONObject(0)), describe(periods.getJSONObject(1)),
                            describe(periods.getJSONObject(2))));
            assertEquals("confirmed", first.getJSONObject("approval").getString("status"));
            assertFalse(first.isNull("day_id"));
            assertEquals("10:00:00/14:00:00/work", describe(second.getJSONArray("periods").getJSONObject(0)));
            assertEquals(1, second.getJSONArray("periods").length());
        }

        private String describe(JSONObject period) {
            return period.getString("start").substring(11) + "/" + period.getString("end").substring(11) + "/"
                    + period.getString("type");
        }

        @Test
        void theLockedDayIsLockedWithADayId() throws IOException {
            JSONObject locked = card(scenario.locked());

            assertEquals("locked", locked.getString("state"));
            assertFalse(locked.isNull("day_id"));
            assertTrue(locked.getJSONArray("periods").isEmpty());
        }

        @Test
        void everyDateAfterTodayIsNonTrackable() throws IOException {
            JSONArray cards = new JSONObject(tab.timesheet(TODAY, MONTH.atEndOfMonth()).body())
                    .getJSONArray("timecards");

            assertEquals("trackable", cards.getJSONObject(0).getString("state"));
            for (int i = 1; i < cards.length(); i++) {
                assertEquals("non_trackable", cards.getJSONObject(i).getString("state"));
            }
        }

        @Test
        void plainWeekdaysAreEmptyAndTrackableWithBothKindsOfDayId() throws IOException {
            boolean sawNull = false;
            boolean sawId = false;
            for (LocalDate date : scenario.writableEmptyDays()) {
                JSONObject card = card(date);
                assertEquals("trackable", card.getString("state"));
                assertFalse(card.getBoolean("is_off_day"));
                assertTrue(card.getJSONArray("periods").isEmpty());
                sawNull |= card.isNull("day_id");
                sawId |= !card.isNull("day_id");
            }
            assertTrue(sawNull && sawId);
        }

        @Test
        void workdaysTarget480MinutesOfWorkAnd60OfBreakFrom8To17() throws IOException {
            JSONObject target = card(writableWithDayId()).getJSONObject("target_hours");

            assertTrue(target.similar(new JSONObject().put("effective_work_duration_minutes", 480)
                    .put("effective_break_duration_minutes", 60).put("contractual_work_duration_minutes", 480)
                    .put("contractual_break_duration_minutes", 60).put("start_time", "08:00")
                    .put("end_time", "17:00")));
        }

        @Test
        void datesOutsideTheMonthAreEmptyWithNullDayIds() throws IOException {
            JSONObject monday = card(LocalDate.of(2026, 9, 28));
            JSONObject sunday = card(LocalDate.of(2026, 9, 27));
            JSONObject later = card(LocalDate.of(2026, 11, 2));

            assertEquals("trackable", monday.getString("state"));
            assertFalse(monday.getBoolean("is_off_day"));
            assertTrue(monday.isNull("day_id"));
            assertTrue(monday.getJSONArray("periods").isEmpty());
            assertTrue(sunday.getBoolean("is_off_day"));
            assertEquals("non_trackable", later.getString("state"));
        }

        @Test
        void aTodayEarlyInTheMonthMakesTheRestNonTrackable() throws IOException {
            LocalDate early = LocalDate.of(2026, 10, 2);
            try (PersonioSimulator earlySimulator = PersonioSimulator.start(SimulatorConfig.defaults()
                    .withMonth(MONTH).withToday(early))) {
                Tab earlyTab = Tab.signedIn(earlySimulator);
                Scenario earlyScenario = earlySimulator.scenario();

                JSONObject filled = earlyTab.timecard(earlyScenario.filledDays().iterator().next());

                assertEquals(Set.of(LocalDate.of(2026, 10, 1)), earlyScenario.writableEmptyDays());
                assertEquals("non_trackable", filled.getString("state"));
                assertEquals(3, filled.getJSONArray("periods").length());
                assertEquals("trackable", earlyTab.timecard(early).getString("state"));
            }
        }
    }

    @Nested
    class Log {

        @Test
        void recordsEveryRequestInArrivalOrderWithItsChecks() throws IOException {
            tab.get(Router.CONTEXT);
            tab.client.send("GET", Router.PROJECTS, Map.of("x-athena-xsrf-token", "forged"), null, Tab.TIMEOUT);
            tab.client.setOrigin("https://evil.example");
            tab.validate(new JSONObject());

            List<LoggedRequest> log = simulator.requestLog();

            assertEquals(List.of(Router.CONTEXT, Router.PROJECTS, Router.VALIDATE),
                    log.stream().map(LoggedRequest::path).collect(Collectors.toList()));
            assertEquals(List.of(200, 403, 403), log.stream().map(LoggedRequest::status).collect(Collectors.toList()));
            assertTrue(log.get(0).xsrfValid() && log.get(0).sessionValid());
            assertNull(log.get(0).originAllowed());
            assertTrue(log.get(1).xsrfHeaderPresent());
            assertFalse(log.get(1).xsrfValid());
            assertEquals(Boolean.FALSE, log.get(2).originAllowed());
            assertEquals("propose-fix=false", log.get(2).query());
            assertTrue(log.get(0).arrivedNanos() <= log.get(1).arrivedNanos());
        }

        @Test
        void recordsTheDateAValidateConcerned() throws IOException {
            LocalDate date = writableWithoutDayId();

            tab.validate(Bodies.validate("new-day", Bodies.validateDay(date)));

            assertEquals(date, simulator.requestLog().get(0).date());
        }

        @Test
        void neverHoldsACookieOrTokenValue() throws IOException {
            tab.get(Router.PROJECTS);
            tab.timesheet(TODAY, TODAY);
            TabResponse served = tab.client.send("GET", "/__simulator/log", Map.of(), null, Tab.TIMEOUT);

            String everything = served.body() + simulator.requestLog();
            assertEquals(2, new JSONObject(served.body()).getJSONArray("requests").length());
            for (String name : List.of("ATHENA-XSRF-TOKEN", "ATHENA_SESSION", "personio_session")) {
                assertFalse(everything.contains(tab.client.cookie(name).orElseThrow()), name);
            }
        }

        @Test
        void clearLogEmptiesIt() throws IOException {
            tab.get(Router.CONTEXT);

            simulator.clearLog();

            assertTrue(simulator.requestLog().isEmpty());
        }
    }
}
