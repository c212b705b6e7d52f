package attendance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.run.FakePersonio;
import attendance.run.Ports;
import attendance.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Pins every message of docs/bridge.md, compared without regard to key order. */
class RecorderApiTest {
    /** Stops everything at once, as Chrome stopping the worker does: nothing in the core catches it. */
    private static final class WorkerDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static final String MONTH = "2025-11";
    private static final String DAY_ONE = """
            {"date": "2025-11-03", "weekday": 1, "action": "fill", "reason": null, "partial": false,
             "pending": false, "work_minutes": 480, "target_minutes": null, "differs": false, "edited": false,
             "periods": [
             {"type": "work", "start": "08:00", "end": "12:00", "project_id": null, "comment": null},
             {"type": "break", "start": "12:00", "end": "13:00", "project_id": null, "comment": null},
             {"type": "work", "start": "13:00", "end": "17:00", "project_id": null, "comment": null}]}""";

    private final FakePersonio personio = new FakePersonio().month(2025, 11);
    private final List<String> tenantsAsked = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private final AtomicInteger uuids = new AtomicInteger();

    private Function<String, Ports> ports() {
        return tenant -> {
            tenantsAsked.add(tenant);
            return new Ports(personio, personio, personio, () -> "uuid-" + uuids.incrementAndGet(), job -> { },
                    () -> false);
        };
    }

    private static String today(String zone) {
        return zone.equals("Europe/Berlin") ? "2025-11-14" : null;
    }

    private static String request(String extra) {
        return "{\"month\": \"" + MONTH + "\", \"settings\": null, \"tenants\": [\"acme\"], \"signed_in\": true"
                + extra + "}";
    }

    private String preview(String requestJson) {
        return RecorderApi.preview(ports(), RecorderApiTest::today, requestJson, RunOptions.defaults());
    }

    private static JSONObject without(String json, String key) {
        JSONObject o = new JSONObject(json);
        o.remove(key);
        return o;
    }

    private static void assertJson(String expected, String actual) {
        attendance.JsonAssert.assertJsonEquals(strip(expected), strip(actual));
    }

    /**
     * The JSON without its digests, basis and write ids, which {@link #digestsAndBasisHoldARunToThePlanOnScreen} and
     * {@link #aResumedRunCountsAWriteWhoseAnswerWasLostAsFilledAndWritesNothingTwice} pin.
     */
    private static String strip(String json) {
        return clean(json.trim().startsWith("[") ? new JSONArray(json) : new JSONObject(json)).toString();
    }

    private static Object clean(Object value) {
        if (value instanceof JSONObject o) {
            JSONObject copy = new JSONObject();
            for (String key : o.keySet()) {
                if (!key.equals("digest") && !key.equals("basis") && !key.equals("ids")) {
                    copy.put(key, clean(o.get(key)));
                }
            }
            return copy;
        }
        if (value instanceof JSONArray a) {
            JSONArray copy = new JSONArray();
            for (int i = 0; i < a.length(); i++) {
                copy.put(clean(a.get(i)));
            }
            return copy;
        }
        return value;
    }

    @Test
    void settingsFormGivesTheDefaultsTheWeekdayKeysAndTheHoursOfADaySwitchedOn() {
        assertJson("""
                {"defaults": {"schedule": {
                   "monday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "tuesday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "wednesday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "thursday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "friday": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                   "saturday": null, "sunday": null},
                  "project_id": null, "comment": null, "timezone": "Europe/Berlin", "tenant": null,
                  "employee_id": null, "always_my_hours": false, "through_today": true,
                  "reminder_badge": true, "autopilot": false, "autopilot_delay_days": 1, "autopilot_time": "09:00",
                  "work_rules": "de"},
                 "days": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
                 "working_day": {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]},
                 "comment_max": 500, "company": [], "locked": [], "ignored": [],
                 "work_rules": ["de", "at", "ch", "gb", "ie", "nl", "es", "fr", "it", "none"]}
                """, RecorderApi.settingsForm());
    }

    @Test
    void checkSettingsNormalisesWhatItAcceptsAsTyped() {
        JSONObject result = new JSONObject(RecorderApi.checkSettings(
                "{\"project_id\": \" 1001 \", \"tenant\": \"https://ACME.app.personio.com/\", \"comment\": \"  \"}"));
        assertTrue(result.getBoolean("ok"));
        assertEquals(new JSONArray().toString(), result.getJSONArray("violations").toString());
        assertEquals("1001", result.getJSONObject("settings").getString("project_id"));
        assertEquals("acme", result.getJSONObject("settings").getString("tenant"));
        assertTrue(result.getJSONObject("settings").isNull("comment"));
    }

    @Test
    void checkSettingsSumsEachDaysWorkAndTheWeekAndSavesDespiteAWarning() {
        JSONObject result = new JSONObject(RecorderApi.checkSettings("{\"schedule\": {\"monday\": {\"start\": "
                + "\"08:00\", \"end\": \"17:00\", \"breaks\": [{\"start\": \"12:00\", \"end\": \"13:00\"}]}, "
                + "\"sunday\": {\"start\": \"10:00\", \"end\": \"12:30\"}}}"));
        assertTrue(result.getBoolean("ok"), "a warning refuses nothing");
        assertEquals(480, result.getJSONObject("work_minutes").getInt("monday"));
        assertEquals(150, result.getJSONObject("work_minutes").getInt("sunday"));
        assertTrue(result.getJSONObject("work_minutes").isNull("tuesday"));
        assertEquals(630, result.getJSONObject("work_minutes").getInt("week"));
        JSONObject warning = result.getJSONArray("violations").getJSONObject(0);
        assertEquals("sunday_work", warning.getString("code"));
        assertTrue(warning.getBoolean("warning"));
    }

    @Test
    void checkSettingsRefusesWithTheFieldTheCodeAndTheArgumentsOfEachViolation() {
        assertJson("""
                {"ok": false, "settings": null, "violations": [
                 {"field": "project_id", "code": "bad_project_id", "args": ["abc"], "warning": false},
                 {"field": "tuesday", "code": "day_too_long", "args": ["PT645M", "PT600M", "DE", "ArbZG § 3"],
                  "warning": false}],
                 "stored": null,
                 "work_minutes": {"monday": null, "tuesday": 645, "wednesday": null, "thursday": null,
                  "friday": null, "saturday": null, "sunday": null, "week": 645}}
                """, RecorderApi.checkSettings("{\"project_id\": \"abc\", \"schedule\": {\"tuesday\": "
                + "{\"start\": \"07:00\", \"end\": \"18:30\", "
                + "\"breaks\": [{\"start\": \"12:00\", \"end\": \"12:45\"}]}}}"));
    }

    @Test
    void previewAnswersWithWhoseMonthItIsItsCountsAndEveryDay() {
        String answer = preview(request(""));
        JSONObject o = without(answer, "days");
        assertJson("""
                {"ok": true, "month": "2025-11", "tenant": "acme", "employee_id": 42, "project": null,
                 "comment": null, "through_today": true, "locked": [], "fill_count": 10, "skip_count": 20,
                 "totals": {"work_minutes": 4800, "target_minutes": 0, "differing_days": 0}, "project_names": {},
                 "reminder": {"ok": true, "count": 9, "months": ["2025-11"], "days": ["2025-11-03", "2025-11-04",
                  "2025-11-05", "2025-11-06", "2025-11-07", "2025-11-10", "2025-11-11", "2025-11-12", "2025-11-13"]}}
                """, o.toString());
        JSONArray days = new JSONObject(answer).getJSONArray("days");
        assertEquals(30, days.length());
        assertJson("""
                {"date": "2025-11-01", "weekday": 6, "action": "skip", "reason": "off_day", "partial": false,
                 "pending": false, "periods": []}""", days.getJSONObject(0).toString());
        assertJson(DAY_ONE, days.getJSONObject(2).toString());
        assertEquals(List.of("acme"), tenantsAsked);
    }

    @Test
    void theSettingsCompanyComesBeforeWhereTheUserIs() {
        preview("{\"month\": \"2025-11\", \"settings\": {\"tenant\": \"globex\"}, \"tenants\": [\"acme\"]}");
        assertEquals(List.of("globex"), tenantsAsked);
    }

    @Test
    void withNoCompanyKnownTheUserSignsInOrOpensPersonio() {
        assertJson("""
                {"ok": false, "error": {"code": "not_signed_in", "detail": null, "violations": []}}
                """, preview("{\"month\": \"2025-11\", \"settings\": null, \"tenants\": [], \"signed_in\": false}"));
        assertJson("""
                {"ok": false, "error": {"code": "no_personio_tab", "detail": null, "violations": []}}
                """, preview("{\"month\": \"2025-11\", \"settings\": null, \"tenants\": [\"Not a host!\"], "
                + "\"signed_in\": true}"));
        assertTrue(tenantsAsked.isEmpty(), "nothing was asked of any Personio");
    }

    @Test
    void invalidSettingsRefuseThePlanWithEveryViolationAndAskNothing() {
        assertJson("""
                {"ok": false, "error": {"code": "invalid_settings", "detail": null, "violations": [
                 {"field": "employee_id", "code": "bad_employee_id", "args": ["-4"], "warning": false}]}}
                """, preview("{\"month\": \"2025-11\", \"settings\": {\"employee_id\": \"-4\"}, "
                + "\"tenants\": [\"acme\"]}"));
        assertJson("""
                {"ok": false, "error": {"code": "invalid_settings", "detail": null, "violations": [
                 {"field": "timezone", "code": "bad_timezone", "args": ["Mars/Base"], "warning": false}]}}
                """, preview("{\"month\": \"2025-11\", \"settings\": {\"timezone\": \"Mars/Base\"}, "
                + "\"tenants\": [\"acme\"]}"));
        assertTrue(tenantsAsked.isEmpty());
    }

    @Test
    void aRequestTheCoreCannotReadIsABadRequestThatNamesTheField() {
        assertJson("""
                {"ok": false, "error": {"code": "bad_request", "detail": {"code": "expected_text",
                 "args": ["request.month", "\\"Nov\\""]}, "violations": []}}
                """, preview("{\"month\": \"Nov\"}"));
        assertJson("""
                {"ok": false, "error": {"code": "bad_request", "detail": {"code": "not_json", "args": ["request"]},
                 "violations": []}}
                """, preview("<html>"));
    }

    @Test
    void anExpiredSessionInThePreviewIsItsCode() {
        // The plan's read of the projects finds the session stale, and so does the refresh that follows.
        personio.script("/api/v1/projects", r -> FakePersonio.json(401, "{}"));
        personio.script("/api/v1/projects", r -> FakePersonio.json(401, "{}"));
        assertJson("""
                {"ok": false, "error": {"code": "session_expired", "detail": null, "violations": []}}
                """, preview(request("")));
    }

    @Test
    void startJobMakesARunningJobWithTheConfirmedDaysPending() {
        assertJson("""
                {"ok": true, "job": {"month": "2025-11", "kind": "month", "state": "running", "cancelling": false,
                 "filled": 0,
                 "failed": 0, "skipped": 0, "not_reached": 0, "done": 0, "total": 2, "error": null, "active_at": null,
                 "days": [
                 {"date": "2025-11-03", "outcome": "pending", "reason": null, "message": null, "periods": []},
                 {"date": "2025-11-04", "outcome": "pending", "reason": null, "message": null, "periods": []}]}}
                """, RecorderApi.startJob(request(
                ", \"confirmed\": [\"2025-11-04\", \"2025-11-03\"], \"current\": null")));
    }

    @Test
    void startJobRefusesWhileAJobRuns() {
        String running = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        assertJson("""
                {"ok": false, "error": {"code": "already_running", "detail": null, "violations": []}}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-04\"], \"current\": " + running)));
    }

    @Test
    void aJobHoldsItsKindAndTheShownBasisAcrossARestart() {
        JSONObject started = new JSONObject(RecorderApi.startJob(request(
                ", \"confirmed\": [\"2025-11-03\"], \"kind\": \"import\", \"basis\": \"b-1\"")))
                .getJSONObject("job");
        assertEquals("import", started.getString("kind"));
        assertEquals("b-1", started.getString("basis"));
        JSONObject resumed = new JSONObject(RecorderApi.jobAfterRestart(started.toString(), 0));
        assertEquals("running", resumed.getString("state"));
        assertEquals("import", resumed.getString("kind"));
        assertEquals("b-1", resumed.getString("basis"));
        JSONObject plain = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job");
        assertEquals("month", plain.getString("kind"), "the popup's, when the request names none");
        assertTrue(plain.isNull("basis"));
        assertJson("""
                {"ok": false, "error": {"code": "bad_request", "detail": {"code": "expected_text",
                 "args": ["request.kind", "\\"robot\\""]}, "violations": []}}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"], \"kind\": \"robot\"")));
    }

    @Test
    void aRunTheUserAsksForWhileTheAutopilotWritesWaitsAndNoOtherRunDoes() {
        String autopilot = new JSONObject(RecorderApi.startJob(request(
                ", \"confirmed\": [\"2025-11-03\"], \"kind\": \"autopilot\"")))
                .getJSONObject("job").toString();
        assertJson("""
                {"ok": true, "waits": true}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-04\"], \"current\": " + autopilot)));
        assertFalse(new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-04\"], \"current\": "
                + autopilot))).has("job"), "nothing starts beside the autopilot");
        assertJson("""
                {"ok": false, "error": {"code": "already_running", "detail": null, "violations": []}}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-04\"], \"kind\": \"autopilot\", "
                + "\"current\": " + autopilot)));
        String month = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        assertJson("""
                {"ok": false, "error": {"code": "already_running", "detail": null, "violations": []}}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-04\"], \"kind\": \"import\", "
                + "\"current\": " + month)));
    }

    @Test
    void theRecordMarksTheAutopilotsRuns() {
        String confirmed = ", \"confirmed\": [\"2025-11-03\"]";
        String pilot = new JSONObject(RecorderApi.startJob(request(confirmed + ", \"kind\": \"autopilot\"")))
                .getJSONObject("job").toString();
        String ended = RecorderApi.fill(ports(), RecorderApiTest::today, request(", \"job\": " + pilot),
                RunOptions.defaults(), progress::add);
        JSONArray record = new JSONArray(RecorderApi.recordRun(null, ended, 1_800_000_000_000.0));
        assertEquals(1, record.length());
        assertEquals("autopilot", record.getJSONObject(0).getString("kind"));
    }

    @Test
    void startJobRefusesADayOutsideTheMonth() {
        assertJson("""
                {"ok": false, "error": {"code": "bad_request", "detail": {"code": "expected_date",
                 "args": ["request.confirmed[0]", "\\"2025-12-01\\""]}, "violations": []}}
                """, RecorderApi.startJob(request(", \"confirmed\": [\"2025-12-01\"]")));
    }

    @Test
    void fillReportsEveryTransitionAndEndsWithEveryDayOfTheMonth() {
        String started = new JSONObject(RecorderApi.startJob(request(
                ", \"confirmed\": [\"2025-11-03\", \"2025-11-04\", \"2025-11-01\"]"))).getJSONObject("job").toString();
        String ended = RecorderApi.fill(ports(), RecorderApiTest::today, request(", \"job\": " + started),
                RunOptions.defaults(), progress::add);
        JSONObject job = new JSONObject(ended);
        assertJson("""
                {"month": "2025-11", "kind": "month", "state": "done", "cancelling": false, "filled": 2, "failed": 0,
                 "skipped": 28,
                 "not_reached": 0, "done": 2, "total": 2, "error": null}
                """, without(without(ended, "days").toString(), "active_at").toString());
        assertTrue(job.get("active_at") instanceof Number, "when the last request went out");
        JSONArray days = job.getJSONArray("days");
        assertEquals(30, days.length());
        assertJson("""
                {"date": "2025-11-01", "outcome": "changed", "reason": "off_day", "message": null, "periods": []}
                """, days.getJSONObject(0).toString());
        JSONObject filled = new JSONObject(DAY_ONE);
        assertJson(new JSONObject().put("date", "2025-11-03").put("outcome", "filled").put("reason",
                JSONObject.NULL).put("message", JSONObject.NULL).put("periods", filled.getJSONArray("periods"))
                .toString(), days.getJSONObject(2).toString());
        assertJson("""
                {"date": "2025-11-05", "outcome": "skipped", "reason": null, "message": null, "periods": []}
                """, days.getJSONObject(4).toString());
        // planned, then writing, sending and filled for each of two days, then done
        assertEquals(8, progress.size());
        assertEquals(ended, progress.get(progress.size() - 1));
    }

    @Test
    void aFillThatCannotStartEndsStoppedWithItsDaysNotReached() {
        personio.cookies.remove("ATHENA_SESSION");
        String started = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        assertJson("""
                {"month": "2025-11", "kind": "month", "state": "stopped", "cancelling": false, "filled": 0,
                 "failed": 0, "skipped": 0,
                 "not_reached": 1, "done": 0, "total": 1, "active_at": null,
                 "error": {"code": "not_signed_in", "detail": null, "violations": []}, "days": [
                 {"date": "2025-11-03", "outcome": "not_reached", "reason": null, "message": null, "periods": []}]}
                """, RecorderApi.fill(ports(), RecorderApiTest::today, request(", \"job\": " + started),
                RunOptions.defaults(), progress::add));
        assertEquals(1, progress.size());
    }

    @Test
    void aRefusedDayCarriesPersoniosWordsAsTheyCame() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(422,
                "{\"errors\": [{\"title\": \"Projects with ids [7] are not trackable\"}]}"));
        String started = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        JSONObject day = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                request(", \"job\": " + started), RunOptions.defaults(), progress::add)).getJSONArray("days")
                .getJSONObject(2);
        assertJson("""
                {"code": "personio_said", "args": ["Projects with ids [7] are not trackable"]}
                """, day.getJSONObject("message").toString());
        assertEquals("failed", day.getString("outcome"));
    }

    @Test
    void aJobStoredAsRunningIsTakenUpAgainByAFreshWorkerAndOthersStayAsTheyWere() {
        String running = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        assertJson(running, RecorderApi.jobAfterRestart(running));
        String done = RecorderApi.fill(ports(), RecorderApiTest::today, request(", \"job\": " + running),
                RunOptions.defaults(), progress::add);
        assertJson(done, RecorderApi.jobAfterRestart(done));
        assertEquals("null", RecorderApi.jobAfterRestart("null"));
        assertEquals("null", RecorderApi.jobAfterRestart("{\"month\": 3}"));
    }

    @Test
    void aResumedRunCountsAWriteWhoseAnswerWasLostAsFilledAndWritesNothingTwice() {
        String started = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\", "
                + "\"2025-11-04\"]"))).getJSONObject("job").toString();
        // The worker dies right after the save of the 3rd went out: its last stored job has the 3rd in writing.
        List<String> stored = new ArrayList<>();
        personio.onSave = () -> {
            throw new WorkerDied();
        };
        assertThrows(WorkerDied.class, () -> RecorderApi.fill(ports(), RecorderApiTest::today,
                request(", \"job\": " + started), RunOptions.defaults(), stored::add));
        String lastStored = stored.stream().filter(j -> j.contains("\"writing\"")).reduce((a, b) -> b)
                .orElseThrow();
        personio.onSave = () -> { };
        int savesBefore = personio.saved.size();

        String resumed = RecorderApi.jobAfterRestart(lastStored);
        assertEquals("running", new JSONObject(resumed).getString("state"));
        JSONObject job = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                request(", \"job\": " + resumed), RunOptions.defaults(), progress::add));
        assertEquals("done", job.getString("state"));
        assertEquals("filled", job.getJSONArray("days").getJSONObject(2).getString("outcome"), "its own write");
        assertEquals("filled", job.getJSONArray("days").getJSONObject(3).getString("outcome"));
        assertEquals(savesBefore + 1, personio.saved.size(), "only the 4th was written on resuming");
    }

    @Test
    void aRunThatFailedOutsideTheCoreStopsAsInternal() {
        String running = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-03\"]")))
                .getJSONObject("job").toString();
        assertEquals("internal", new JSONObject(RecorderApi.jobFailed(running)).getJSONObject("error")
                .getString("code"));
    }

    @Test
    void digestsAndBasisHoldARunToThePlanOnScreen() {
        JSONObject plan = new JSONObject(preview(request("")));
        String basis = plan.getString("basis");
        assertTrue(basis.matches("[0-9a-f]{16}"), basis);
        JSONObject monday = plan.getJSONArray("days").getJSONObject(2);
        assertTrue(monday.getString("digest").matches("[0-9a-f]{16}"));
        assertTrue(plan.getJSONArray("days").getJSONObject(0).isNull("digest") || !plan.getJSONArray("days")
                .getJSONObject(0).has("digest"), "a day left alone has no digest");

        // The shown row of the 3rd, and a made-up digest for the 4th: the 4th would not be written as shown.
        String confirmed = ", \"confirmed\": [{\"date\": \"2025-11-03\", \"digest\": \""
                + monday.getString("digest") + "\"}, {\"date\": \"2025-11-04\", \"digest\": \"0000000000000000\"}]";
        String started = new JSONObject(RecorderApi.startJob(request(confirmed))).getJSONObject("job").toString();
        JSONObject job = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                request(", \"basis\": \"" + basis + "\", \"job\": " + started), RunOptions.defaults(),
                progress::add));
        assertEquals("filled", job.getJSONArray("days").getJSONObject(2).getString("outcome"));
        JSONObject tuesday = job.getJSONArray("days").getJSONObject(3);
        assertEquals("changed", tuesday.getString("outcome"));
        assertEquals("day_changed", tuesday.getJSONObject("message").getString("code"));

        // Other settings than the shown plan's: nothing is written, and a fresh plan is asked for.
        int saves = personio.saved.size();
        String again = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": [\"2025-11-05\"]")))
                .getJSONObject("job").toString();
        JSONObject refused = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                "{\"month\": \"2025-11\", \"settings\": {\"comment\": \"other\"}, \"tenants\": [\"acme\"], "
                        + "\"basis\": \"" + basis + "\", \"job\": " + again + "}", RunOptions.defaults(),
                progress::add));
        assertEquals("plan_changed", refused.getJSONObject("error").getString("code"));
        assertEquals(saves, personio.saved.size());
    }

    @Test
    void exportMonthGivesTheMonthAsACsvFileNamedForTheCompanyAndMonthReadOnly() {
        JSONObject result = new JSONObject(RecorderApi.exportMonth(ports(), request(""), RunOptions.defaults()));
        assertTrue(result.getBoolean("ok"), result.toString());
        assertEquals("personio-attendance-acme-2025-11.csv", result.getString("filename"));
        assertEquals("text/csv", result.getString("mime"));
        String[] lines = result.getString("content").split("\r\n");
        assertEquals(31, lines.length, "the header and one row for each of the 30 empty days");
        assertTrue(lines[1].startsWith("2025-11-01,"), lines[1]);
        assertTrue(personio.saved.isEmpty(), "nothing written");
    }

    @Test
    void exportMonthGivesJsonWhenAskedAndRefusesWithoutASession() {
        JSONObject json = new JSONObject(RecorderApi.exportMonth(ports(), request(", \"format\": \"json\""),
                RunOptions.defaults()));
        assertEquals("application/json", json.getString("mime"));
        assertEquals(30, new JSONArray(json.getString("content")).length());
        personio.cookies.clear();
        JSONObject refused = new JSONObject(RecorderApi.exportMonth(ports(), request(""), RunOptions.defaults()));
        assertEquals("not_signed_in", refused.getJSONObject("error").getString("code"));
    }

    private String reminder(String extra) {
        return RecorderApi.reminder(ports(), RecorderApiTest::today, request(extra), RunOptions.defaults());
    }

    @Test
    void theReminderCountsTheWorkingDaysBeforeTodayThatAPlanWouldFill() {
        // Today is Friday 14 November 2025: the weekdays 3-7 and 10-13 are before it, empty and trackable.
        JSONObject result = new JSONObject(reminder(""));
        assertEquals(9, result.getInt("count"), result.toString());
        assertEquals("2025-11-03", result.getJSONArray("days").getString(0));
        assertEquals(List.of("2025-11"), result.getJSONArray("months").toList());
        assertTrue(personio.saved.isEmpty());

        JSONObject edited = new JSONObject(reminder(", \"edits\": {\"2025-11-04\": {\"leave_out\": true}, "
                + "\"2025-11-08\": {\"start\": \"10:00\", \"end\": \"12:00\"}}"));
        assertEquals(9, edited.getInt("count"), "a day left out no longer counts, a Saturday worked does: "
                + "as the plan counts them");
        assertFalse(edited.getJSONArray("days").toList().contains("2025-11-04"));
        assertTrue(edited.getJSONArray("days").toList().contains("2025-11-08"));
    }

    @Test
    void theReminderAsksNothingWhenSwitchedOffAndRefusesWithoutASession() {
        String switchedOff = "{\"month\": \"2025-11\", \"settings\": {\"reminder_badge\": false}, "
                + "\"tenants\": [\"acme\"]}";
        JSONObject off = new JSONObject(RecorderApi.reminder(ports(), RecorderApiTest::today, switchedOff,
                RunOptions.defaults()));
        assertEquals(0, off.getInt("count"));
        assertTrue(off.getBoolean("off"));
        assertTrue(tenantsAsked.isEmpty(), "no company, no request");
        personio.cookies.clear();
        assertEquals("not_signed_in", new JSONObject(reminder("")).getJSONObject("error").getString("code"));
    }

    @Test
    void theRecordKeepsWhatEachWrittenDayWasSentAndAnsweredOnceFor90Days() {
        String confirmed = ", \"confirmed\": [\"2025-11-03\", \"2025-11-04\", \"2025-11-05\"]";
        String started = new JSONObject(RecorderApi.startJob(request(confirmed))).getJSONObject("job").toString();
        String job = RecorderApi.fill(ports(), RecorderApiTest::today, request(", \"job\": " + started),
                RunOptions.defaults(), progress::add);
        double now = 1_800_000_000_000.0;
        JSONArray record = new JSONArray(RecorderApi.recordRun(null, job, now));
        assertEquals(3, record.length(), "every filled day, once");
        JSONObject first = record.getJSONObject(0);
        assertEquals("2025-11-03", first.getString("date"));
        assertEquals("filled", first.getString("outcome"));
        assertTrue(first.isNull("answer"));
        assertEquals(3, first.getJSONArray("periods").length());
        assertEquals("month", first.getString("kind"), "a run the user started");
        assertEquals(3, new JSONArray(RecorderApi.recordRun(record.toString(), job, now + 1)).length(),
                "the same job recorded again adds nothing");
        double later = now + 91.0 * 24 * 60 * 60 * 1000;
        assertEquals(0, new JSONArray(RecorderApi.recordRun(record.toString(), "null", later)).length(),
                "dropped after 90 days");
        assertEquals(0, new JSONArray(RecorderApi.recordRun("not json", "null", now)).length());
        assertFalse(record.toString().contains("secret"), "no session value");
    }

    @Test
    void onlyWhatDiffersFromTheDefaultsIsStored() {
        JSONObject result = new JSONObject(RecorderApi.checkSettings("{\"comment\": \"Team A\", "
                + "\"timezone\": \"Europe/Berlin\", \"through_today\": false}"));
        assertTrue(result.getJSONObject("stored").similar(new JSONObject("{\"comment\": \"Team A\", "
                + "\"through_today\": false}")), result.getJSONObject("stored").toString());
    }

    @Test
    void anInstallThatSeededEveryDefaultIsMigratedToHoldOnlyWhatTheUserChanged() {
        // What the first version stored on install: every default, spelled out.
        String seeded = new JSONObject(RecorderApi.settingsForm()).getJSONObject("defaults").toString();
        assertEquals("{}", RecorderApi.migrateSettings(seeded));
        JSONObject changedMonday = new JSONObject(seeded);
        changedMonday.getJSONObject("schedule").put("monday", new JSONObject("{\"start\": \"07:00\", "
                + "\"end\": \"15:00\", \"breaks\": [{\"start\": \"11:00\", \"end\": \"11:30\"}]}"));
        JSONObject migrated = new JSONObject(RecorderApi.migrateSettings(changedMonday.toString()));
        assertEquals(List.of("schedule"), List.copyOf(migrated.keySet()), "the schedule, kept whole");
        assertEquals("07:00", migrated.getJSONObject("schedule").getJSONObject("monday").getString("start"));
        String broken = "{\"project_id\": \"abc\"}";
        assertEquals(broken, RecorderApi.migrateSettings(broken), "nothing the user typed is lost");
        assertEquals("null", RecorderApi.migrateSettings(null));
    }

    @Test
    void projectsAreListedActiveFirstByNameWithWhetherTheyAreActive() {
        personio.projects = "{\"success\": true, \"data\": [{\"id\": 3, \"attributes\": {\"name\": \"Old\", "
                + "\"active\": false}}, {\"id\": 2, \"attributes\": {\"name\": \"Website\", \"active\": true}}, "
                + "{\"id\": 1, \"attributes\": {\"name\": \"Backend\", \"active\": true}}]}";
        assertJson("""
                {"ok": true, "projects": [{"id": "1", "name": "Backend", "active": true},
                 {"id": "2", "name": "Website", "active": true}, {"id": "3", "name": "Old", "active": false}]}
                """, RecorderApi.projects(ports(), request(""), RunOptions.defaults()));
    }

    /** A job started for every row the plan shows to fill, each held to its digest: what a click on fill starts. */
    private static String startedFor(JSONArray days) {
        JSONArray confirmed = new JSONArray();
        for (int i = 0; i < days.length(); i++) {
            if (days.getJSONObject(i).getString("action").equals("fill")) {
                confirmed.put(new JSONObject().put("date", days.getJSONObject(i).getString("date"))
                        .put("digest", days.getJSONObject(i).getString("digest")));
            }
        }
        return new JSONObject(RecorderApi.startJob(request(", \"confirmed\": " + confirmed))).getJSONObject("job")
                .toString();
    }

    @Test
    void editsAreCheckedByTheRulesAndPlannedAndWrittenAsEdited() {
        JSONObject bad = new JSONObject(RecorderApi.checkDayEdit("2025-11-04",
                "{\"start\": \"07:00\", \"end\": \"15:00\"}"));
        assertFalse(bad.getBoolean("ok"), "8 h without a break");
        assertEquals("2025-11-04", bad.getJSONArray("violations").getJSONObject(0).getString("field"));
        JSONObject good = new JSONObject(RecorderApi.checkDayEdit("2025-11-04",
                "{\"start\": \"09:00\", \"end\": \"13:00\", \"comment\": \"Doctor\"}"));
        assertTrue(good.getBoolean("ok"));
        assertEquals(240, good.getInt("work_minutes"));

        String edits = ", \"edits\": {\"2025-11-04\": {\"start\": \"09:00\", \"end\": \"13:00\", \"comment\": "
                + "\"Doctor\"}, \"2025-11-05\": {\"leave_out\": true}, \"2025-11-08\": {\"start\": \"10:00\", "
                + "\"end\": \"12:00\"}}";
        JSONObject plan = new JSONObject(preview(request(edits)));
        JSONArray days = plan.getJSONArray("days");
        assertTrue(days.getJSONObject(3).getBoolean("edited"));
        assertEquals("09:00", days.getJSONObject(3).getJSONArray("periods").getJSONObject(0).getString("start"));
        assertEquals("left_out", days.getJSONObject(4).getString("reason"));
        assertEquals("fill", days.getJSONObject(7).getString("action"), "a Saturday filled on purpose");

        String started = startedFor(days);
        JSONObject job = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                request(edits + ", \"job\": " + started), RunOptions.defaults(), progress::add));
        assertEquals("done", job.getString("state"));
        String tuesday = personio.saved.get(java.time.LocalDate.of(2025, 11, 4));
        assertTrue(tuesday.contains("\"comment\":\"Doctor\"") && tuesday.contains("2025-11-04T09:00:00")
                && tuesday.contains("2025-11-04T13:00:00"), tuesday);
        assertTrue(personio.saved.containsKey(java.time.LocalDate.of(2025, 11, 8)));
        assertFalse(personio.saved.containsKey(java.time.LocalDate.of(2025, 11, 5)), "left out");
    }

    private static final String IMPORTED = """
            {"days": [
              {"date": "2025-11-04", "periods": [
                {"start": "08:00", "end": "12:00", "project": "Website", "comment": "New menu"},
                {"start": "12:30", "end": "16:30", "project": "Old"}]},
              {"date": "2025-11-08", "periods": [{"start": "10:00", "end": "12:00", "project": "Website"}]},
              {"date": "2025-11-10", "periods": [{"start": "09:00", "end": "13:00", "project": "Website"}]},
              {"date": "2025-12-01", "periods": [{"start": "09:00", "end": "13:00"}]}]}""";

    private static String importRequest(String file, String extra) {
        return new JSONObject().put("month", MONTH).put("settings", new JSONObject().put("project_id", "1"))
                .put("tenants", new JSONArray().put("acme")).put("signed_in", true).put("import", file)
                + extra;
    }

    @Test
    void anImportedFileIsPlannedAsItsDaysAloneAndWrittenExactlyAsShown() {
        personio.projects = "{\"success\": true, \"data\": [{\"id\": 3, \"attributes\": {\"name\": \"Old\", "
                + "\"active\": false}}, {\"id\": 2, \"attributes\": {\"name\": \"Website\", \"active\": true}}]}";
        personio.card(java.time.LocalDate.of(2025, 11, 10)).put("periods", new JSONArray("[{\"id\": \"p\", "
                + "\"start\": \"2025-11-10T07:00:00\", \"end\": \"2025-11-10T08:00:00\", \"type\": \"work\"}]"));
        String request = importRequest(IMPORTED, "");
        JSONObject plan = new JSONObject(preview(request));
        assertTrue(plan.getBoolean("ok"), plan.toString());
        assertJson("{\"format\": \"json\", \"months\": [\"2025-11\", \"2025-12\"], \"days\": 4, \"left_out\": 0, "
                + "\"too_short\": 0}", plan.getJSONObject("import").toString());
        JSONArray days = plan.getJSONArray("days");
        assertEquals("not_in_file", days.getJSONObject(2).getString("reason"), "a Monday the file does not give");
        JSONObject tuesday = days.getJSONObject(3);
        assertEquals("fill", tuesday.getString("action"));
        assertTrue(tuesday.getBoolean("project_from_settings"), "Old is no longer active: the settings' project");
        assertJson("""
                [{"type": "work", "start": "08:00", "end": "12:00", "project_id": "2", "comment": "New menu"},
                 {"type": "break", "start": "12:00", "end": "12:30", "project_id": null, "comment": null},
                 {"type": "work", "start": "12:30", "end": "16:30", "project_id": "1", "comment": null}]""",
                tuesday.getJSONArray("periods").toString());
        assertEquals("fill", days.getJSONObject(7).getString("action"), "a Saturday the file gives");
        assertFalse(days.getJSONObject(7).has("project_from_settings"));
        assertJson("{\"2\": \"Website\"}", plan.getJSONObject("project_names").toString());
        assertEquals("has_entries", days.getJSONObject(9).getString("reason"), "never over an entry");
        assertEquals(2, plan.getInt("fill_count"));
        JSONObject december = new JSONObject(preview(new JSONObject(request).put("month", "2026-03").toString()));
        assertEquals("2025-11", december.getString("month"), "a month the file does not span: its first month");

        String started = startedFor(days);
        String fillRequest = new JSONObject(request).put("job", new JSONObject(started)).toString();
        JSONObject job = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today, fillRequest,
                RunOptions.defaults(), progress::add));
        assertEquals("done", job.getString("state"));
        assertEquals(2, job.getInt("filled"));
        assertEquals(java.util.Set.of(java.time.LocalDate.of(2025, 11, 4), java.time.LocalDate.of(2025, 11, 8)),
                personio.saved.keySet());
        String written = personio.saved.get(java.time.LocalDate.of(2025, 11, 4));
        assertTrue(written.contains("\"comment\":\"New menu\"") && written.contains("2025-11-04T12:30:00"), written);
    }

    @Test
    void aRunOfAFileThatChangedSinceThePlanWritesNothingOfTheChangedDays() {
        String request = importRequest(IMPORTED, "");
        JSONObject plan = new JSONObject(preview(request));
        JSONObject tuesday = plan.getJSONArray("days").getJSONObject(3);
        JSONArray confirmed = new JSONArray().put(new JSONObject().put("date", "2025-11-04")
                .put("digest", tuesday.getString("digest")));
        String started = new JSONObject(RecorderApi.startJob(request(", \"confirmed\": " + confirmed)))
                .getJSONObject("job").toString();
        String otherFile = IMPORTED.replace("\"16:30\"", "\"17:30\"");
        JSONObject job = new JSONObject(RecorderApi.fill(ports(), RecorderApiTest::today,
                new JSONObject(importRequest(otherFile, "")).put("job", new JSONObject(started)).toString(),
                RunOptions.defaults(), progress::add));
        assertEquals("changed", job.getJSONArray("days").getJSONObject(3).getString("outcome"));
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aBadFileNamesEveryBadLineAndAsksPersonioNothing() {
        String file = "{\"days\": [{\"date\": \"2025-11-31\", \"periods\": [{\"start\": \"08:00\", "
                + "\"end\": \"12:00\"}]}, {\"date\": \"2025-11-04\", \"periods\": [{\"start\": \"9\", "
                + "\"end\": \"12:00\"}]}]}";
        JSONObject refused = new JSONObject(preview(importRequest(file, "")));
        assertFalse(refused.getBoolean("ok"));
        assertEquals("bad_file", refused.getJSONObject("error").getString("code"));
        assertEquals("json", refused.getString("format"));
        JSONArray problems = refused.getJSONArray("problems");
        assertEquals(2, problems.length(), problems.toString());
        assertEquals("days[0].date", problems.getJSONObject(0).getString("where"));
        assertEquals("days[1].periods[0].start", problems.getJSONObject(1).getString("where"));
        assertTrue(personio.paths().isEmpty(), "nothing asked of Personio");

    }

    @Test
    void anImportedDayThatBreaksARuleIsLeftOutAsBreaksRulesWithItsRuleWhileTheOthersFill() {
        String file = "{\"days\": [{\"date\": \"2025-11-04\", \"periods\": [{\"start\": \"06:00\", "
                + "\"end\": \"18:00\"}]}, {\"date\": \"2025-11-05\", \"periods\": [{\"start\": \"08:00\", "
                + "\"end\": \"12:00\"}]}]}";
        JSONObject plan = new JSONObject(preview(importRequest(file, "")));
        assertTrue(plan.getBoolean("ok"), plan.toString());
        JSONObject long4 = plan.getJSONArray("days").getJSONObject(3);
        assertEquals("breaks_rules", long4.getString("reason"));
        assertFalse(long4.getJSONArray("violations").isEmpty());
        assertEquals("fill", plan.getJSONArray("days").getJSONObject(4).getString("action"));
        assertEquals(1, plan.getJSONObject("import").getInt("left_out"));
    }

    @Test
    void aUsersEditOfAnImportedDayWinsOverTheFileAndFixesADayThatBrokeARule() {
        String file = "{\"days\": [{\"date\": \"2025-11-04\", \"periods\": [{\"start\": \"06:00\", "
                + "\"end\": \"18:00\"}]}, {\"date\": \"2025-11-05\", \"periods\": [{\"start\": \"08:00\", "
                + "\"end\": \"12:00\"}]}]}";
        JSONObject edits = new JSONObject().put("2025-11-04", new JSONObject().put("start", "07:00")
                .put("end", "15:30").put("breaks", new JSONArray().put(new JSONObject().put("start", "12:00")
                        .put("end", "12:30"))));
        JSONObject plan = new JSONObject(preview(new JSONObject(importRequest(file, "")).put("import_edits", edits)
                .toString()));
        assertTrue(plan.getBoolean("ok"), plan.toString());
        JSONObject fixed = plan.getJSONArray("days").getJSONObject(3);
        assertEquals("fill", fixed.getString("action"));
        assertEquals("07:00", fixed.getJSONArray("periods").getJSONObject(0).getString("start"));
        assertEquals("15:30", fixed.getJSONArray("periods").getJSONObject(2).getString("end"));
    }

    @Test
    void aTeamsReportAsksWhoseEntriesBeforeAnythingIsAskedOfPersonio() {
        String file = "User,Email,Project,Description,Start date,Start time,End date,End time,Duration\n"
                + "Ann,ann@example.com,,,2025-11-04,08:00:00,2025-11-04,12:00:00,04:00:00\n"
                + "Bob,bob@example.com,,,2025-11-05,08:00:00,2025-11-05,12:00:00,04:00:00\n";
        JSONObject asked = new JSONObject(preview(importRequest(file, "")));
        assertFalse(asked.getBoolean("ok"));
        assertJson("""
                {"kind": "person", "persons": [{"id": "ann@example.com", "entries": 1},
                 {"id": "bob@example.com", "entries": 1}]}
                """, asked.getJSONObject("asking").toString());
        assertTrue(personio.paths().isEmpty(), "nothing asked of Personio");
        JSONObject bobs = new JSONObject(preview(new JSONObject(importRequest(file, "")).put("import_answers",
                new JSONObject().put("person", "bob@example.com")).toString()));
        assertTrue(bobs.getBoolean("ok"), bobs.toString());
        assertEquals("fill", bobs.getJSONArray("days").getJSONObject(4).getString("action"));
        assertEquals("not_in_file", bobs.getJSONArray("days").getJSONObject(3).getString("reason"));
    }

    @Test
    void anEditThatBreaksARuleRefusesThePlan() {
        JSONObject refused = new JSONObject(preview(request(", \"edits\": {\"2025-11-04\": {\"start\": "
                + "\"06:00\", \"end\": \"18:00\"}}")));
        assertEquals("invalid_settings", refused.getJSONObject("error").getString("code"));
    }

    private static final String COMPANY = "{\"project_id\": \"1001\", \"comment\": \"Company\", "
            + "\"always_my_hours\": true, \"locked\": [\"project_id\", \"tenant\"]}";

    @Test
    void theCompanysSettingsAreTheDefaultsAndWhatItLocksTheUserCannotChange() {
        JSONObject form = new JSONObject(RecorderApi.settingsForm(COMPANY));
        assertEquals("1001", form.getJSONObject("defaults").getString("project_id"));
        assertTrue(form.getJSONObject("defaults").getBoolean("always_my_hours"));
        assertEquals(List.of("project_id"), form.getJSONArray("locked").toList(), "a lock on a key it does not set "
                + "locks nothing");
        assertEquals(List.of("always_my_hours", "comment", "project_id"), form.getJSONArray("company").toList());

        JSONObject checked = new JSONObject(RecorderApi.checkSettings("{\"project_id\": \"2002\", \"comment\": "
                + "\"Mine\", \"always_my_hours\": true}", COMPANY));
        assertEquals("1001", checked.getJSONObject("settings").getString("project_id"), "locked: the company's");
        assertEquals("Mine", checked.getJSONObject("settings").getString("comment"), "the user's over the company's");
        assertTrue(checked.getJSONObject("stored").similar(new JSONObject("{\"comment\": \"Mine\"}")),
                "only what the user changed: " + checked.getJSONObject("stored"));
    }

    @Test
    void aPlanUsesTheUsersValueThenTheCompanysThenTheProducts() {
        JSONObject plan = new JSONObject(preview("{\"month\": \"2025-11\", \"settings\": {\"project_id\": "
                + "\"2002\"}, \"managed\": " + COMPANY + ", \"tenants\": [\"acme\"], \"signed_in\": true}"));
        assertEquals("Company", plan.getString("comment"));
        JSONObject work = plan.getJSONArray("days").getJSONObject(2).getJSONArray("periods").getJSONObject(0);
        assertEquals("1001", work.getString("project_id"), "the company locks its project");
        assertEquals(List.of("project_id"), plan.getJSONArray("locked").toList(), "the plan says what is "
                + "locked, for the popup to show");

        JSONObject lockedToday = new JSONObject(preview("{\"month\": \"2025-11\", \"settings\": {\"through_today\": "
                + "true}, \"managed\": {\"through_today\": false, \"locked\": [\"through_today\"]}, \"tenants\": "
                + "[\"acme\"], \"signed_in\": true}"));
        assertFalse(lockedToday.getBoolean("through_today"), "the company's lock wins over the user's value");
        assertEquals(List.of("through_today"), lockedToday.getJSONArray("locked").toList());
    }

    private String selfCheck(String requestJson) {
        return RecorderApi.selfCheck(ports(), RecorderApiTest::today, requestJson, RunOptions.defaults());
    }

    private static final String SELF_CHECK = "{\"settings\": null, \"tenants\": [\"acme\"], \"signed_in\": true, "
            + "\"tabs\": [{\"origin\": \"https://acme.app.personio.com\", \"ready\": true}]}";

    @Test
    void selfCheckAnswersWithEveryFindingAndTheDayTheValidationWouldSendFor() {
        String answer = selfCheck(SELF_CHECK);
        assertJson("""
                {"ok": true, "tenant": "acme", "checks": [
                 {"check": "cookies", "result": "pass", "code": "cookies_present", "args": [], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "xsrf", "result": "pass", "code": "xsrf_accepted", "args": ["200"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "employee", "result": "pass", "code": "employee_from_context", "args": [], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "timesheet", "result": "pass", "code": "timesheet_parsed", "args": ["30"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "projects", "result": "pass", "code": "projects_parsed", "args": ["0"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "tab", "result": "pass", "code": "tab_open", "args": ["1"], "fields": [],
                  "fields_kind": null, "detail": null}],
                 "validate": {"method": "POST",
                  "path": "/svc/attendance-api/validate-and-calculate-full-day?propose-fix=false",
                  "day": {"date": "2025-11-13", "periods": [
                   {"type": "work", "start": "08:00", "end": "12:00", "project_id": null, "comment": null},
                   {"type": "break", "start": "12:00", "end": "13:00", "project_id": null, "comment": null},
                   {"type": "work", "start": "13:00", "end": "17:00", "project_id": null, "comment": null}]}}}
                """, answer);
        assertTrue(new JSONObject(answer).getJSONObject("validate").getJSONObject("day").getString("digest")
                .matches("[0-9a-f]{16}"));
    }

    @Test
    void aSelfCheckFindingListsItsFieldsWithTheirKindAndItsDetail() {
        personio.card(java.time.LocalDate.of(2025, 11, 6)).remove("periods");
        personio.script("/api/v1/navigation/context", r -> FakePersonio.json(200, "<html>"));
        JSONArray checks = new JSONObject(selfCheck(SELF_CHECK)).getJSONArray("checks");
        assertJson("""
                {"check": "employee", "result": "warn", "code": "employee_from_cookie", "args": [], "fields": [],
                 "fields_kind": null, "detail": null}
                """, checks.getJSONObject(2).toString());
        assertJson("""
                {"check": "timesheet", "result": "fail", "code": "timesheet_unreadable", "args": ["1"],
                 "fields": ["timecards[].periods"], "fields_kind": "unreadable", "detail": null}
                """, checks.getJSONObject(3).toString());
    }

    @Test
    void aSelfCheckWithoutACompanyAsksNothingAndSaysWhy() {
        assertJson("""
                {"ok": true, "tenant": null, "checks": [
                 {"check": "cookies", "result": "fail", "code": "not_signed_in", "args": [], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "xsrf", "result": "warn", "code": "not_checked", "args": ["cookies"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "employee", "result": "warn", "code": "not_checked", "args": ["cookies"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "timesheet", "result": "warn", "code": "not_checked", "args": ["cookies"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "projects", "result": "warn", "code": "not_checked", "args": ["cookies"], "fields": [],
                  "fields_kind": null, "detail": null},
                 {"check": "tab", "result": "warn", "code": "no_tab", "args": [], "fields": [],
                  "fields_kind": null, "detail": null}],
                 "validate": {"method": "POST",
                  "path": "/svc/attendance-api/validate-and-calculate-full-day?propose-fix=false", "day": null}}
                """, selfCheck("{\"settings\": null, \"tenants\": [], \"signed_in\": false, \"tabs\": []}"));
        assertTrue(tenantsAsked.isEmpty(), "nothing was asked of any Personio");
        assertEquals("company_unknown", new JSONObject(selfCheck("{\"tenants\": [], \"signed_in\": true}"))
                .getJSONArray("checks").getJSONObject(0).getString("code"));
    }

    @Test
    void aSelfCheckWithInvalidSettingsIsRefusedLikeAPlan() {
        assertJson("""
                {"ok": false, "error": {"code": "invalid_settings", "detail": null, "violations": [
                 {"field": "timezone", "code": "bad_timezone", "args": ["Mars/Base"], "warning": false}]}}
                """, selfCheck("{\"settings\": {\"timezone\": \"Mars/Base\"}, \"tenants\": [\"acme\"]}"));
    }

    @Test
    void selfCheckValidateSendsTheShownDayOnceAndAnswersWithTheFinding() {
        JSONObject day = new JSONObject(selfCheck(SELF_CHECK)).getJSONObject("validate").getJSONObject("day");
        String validate = RecorderApi.selfCheckValidate(ports(), RecorderApiTest::today,
                "{\"settings\": null, \"tenants\": [\"acme\"], \"date\": \"" + day.getString("date")
                        + "\", \"digest\": \"" + day.getString("digest") + "\"}", RunOptions.defaults());
        assertJson("""
                {"ok": true, "check": {"check": "validate", "result": "pass", "code": "validate_known_shape",
                 "args": ["seed"], "fields": [], "fields_kind": null, "detail": null}}
                """, validate);
        assertTrue(personio.saved.isEmpty(), "validation saves nothing");
        assertJson("""
                {"ok": true, "check": {"check": "validate", "result": "warn", "code": "no_empty_day", "args": [],
                 "fields": [], "fields_kind": null, "detail": null}}
                """, RecorderApi.selfCheckValidate(ports(), RecorderApiTest::today,
                "{\"tenants\": [\"acme\"], \"date\": null, \"digest\": null}", RunOptions.defaults()));
        assertJson("""
                {"ok": false, "error": {"code": "bad_request", "detail": {"code": "expected_date",
                 "args": ["request.date", "\\"13 Nov\\""]}, "violations": []}}
                """, RecorderApi.selfCheckValidate(ports(), RecorderApiTest::today,
                "{\"tenants\": [\"acme\"], \"date\": \"13 Nov\", \"digest\": \"x\"}", RunOptions.defaults()));
    }

    @Test
    void selfCheckReportIsPlainTextOfTheFindingsAPageSendsWithoutAnyDetail() {
        assertJson("""
                {"report": "Personio Attendance Recorder 0.1.0, self-check\\ncookies: pass cookies_present\\n\
                timesheet: pass timesheet_new_fields [30, 1] new: timecards[].mood\\n\
                validate: pass validate_refused [seed]\\n"}
                """, RecorderApi.selfCheckReport("""
                {"version": "0.1.0", "checks": [
                 {"check": "cookies", "result": "pass", "code": "cookies_present", "args": [], "fields": []},
                 {"check": "timesheet", "result": "pass", "code": "timesheet_new_fields", "args": ["30", "1"],
                  "fields": ["timecards[].mood"], "fields_kind": "new"},
                 {"check": "nonsense", "code": "cookies_present"},
                 {"check": "validate", "result": "pass", "code": "validate_refused", "args": ["seed"],
                  "detail": {"code": "personio_said", "args": ["Erika's project is closed"]}}]}
                """));
        assertJson("{\"report\": \"Personio Attendance Recorder ?, self-check\\n\"}",
                RecorderApi.selfCheckReport("<html>"));
    }

    @Test
    void noSelfCheckAnswerHoldsACookieValue() {
        personio.script("/api/v1/projects", r -> FakePersonio.json(500, "{\"error\": {\"message\": \"token "
                + FakePersonio.TOKEN + "\"}}"));
        String answer = selfCheck(SELF_CHECK);
        assertTrue(answer.contains("unavailable"), answer);
        for (String value : new FakePersonio().cookies.values()) {
            assertFalse(answer.contains(value), value);
        }
    }
}
