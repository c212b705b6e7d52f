package attendance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.planning.DayPlan;
import attendance.planning.MonthPlanner;
import attendance.planning.SkipReason;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.text.Message;
import attendance.text.MessageCode;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class FillRunTest {
    /** November 2025: the 3rd is a Monday; 3-7 and 10-14 are ten weekdays before the 15th. */
    private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);

    private final FakePersonio personio = new FakePersonio().month(2025, 11);
    private final List<Job> events = new ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicInteger uuids = new AtomicInteger();

    private FillRun run() {
        Ports ports = new Ports(personio, personio, personio, () -> "uuid-" + uuids.incrementAndGet(), events::add,
                cancel::get);
        return new FillRun(ports, RunOptions.defaults());
    }

    /** Fills what a plan of the fake's month shows, as a user who confirmed it would. */
    private Job fill() {
        Timesheet sheet = TimesheetParser.parse(new JSONObject().put("timecards",
                new JSONArray(personio.timecards.values())).toString());
        List<LocalDate> confirmed = MonthPlanner.plan(NOVEMBER, sheet, Settings.defaults(), TODAY).fills().stream()
                .map(DayPlan::date).toList();
        return run().fill(Job.started(NOVEMBER, confirmed), Settings.defaults(), TODAY);
    }

    /** Fills what a plan with these settings shows. */
    private Job fill(Settings settings) {
        Timesheet sheet = TimesheetParser.parse(new JSONObject().put("timecards",
                new JSONArray(personio.timecards.values())).toString());
        List<LocalDate> confirmed = MonthPlanner.plan(NOVEMBER, sheet, settings, TODAY).fills().stream()
                .map(DayPlan::date).toList();
        return run().fill(Job.started(NOVEMBER, confirmed), settings, TODAY);
    }

    private static Message said(String words) {
        return Message.of(MessageCode.PERSONIO_SAID, words);
    }

    @Test
    void fillsEveryPlannedDayWithRefreshReadValidateAndSaveInThatOrder() {
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(10, summary.count(DayOutcome.FILLED));
        assertEquals(20, summary.count(DayOutcome.SKIPPED));
        assertEquals(0, summary.count(DayOutcome.FAILED));
        List<String> paths = personio.paths();
        assertEquals(List.of("GET /api/v1/projects", "GET /api/v1/navigation/context",
                "GET /svc/attendance-bff/v1/timesheet/42"), paths.subList(0, 3));
        List<String> writes = paths.subList(3, paths.size());
        assertEquals(40, writes.size(), "exactly four requests per written day");
        for (int i = 0; i < writes.size(); i += 4) {
            assertEquals("GET /api/v1/projects", writes.get(i));
            assertEquals("GET /svc/attendance-bff/v1/timesheet/42", writes.get(i + 1), "the day is read again");
            assertEquals("POST /svc/attendance-api/validate-and-calculate-full-day", writes.get(i + 2));
            assertTrue(writes.get(i + 3).startsWith("PUT /svc/attendance-api/v1/days/"), writes.get(i + 3));
        }
    }

    @Test
    void aDayWithoutAnIdIsSavedUnderANewUuidAndOneWithAnIdUnderItsOwn() {
        fill();
        List<String> puts = personio.log.stream().filter(l -> l.method().equals("PUT")).map(l -> l.path()).toList();
        assertTrue(puts.contains("/svc/attendance-api/v1/days/day-4"), puts.toString());
        assertTrue(puts.stream().anyMatch(p -> p.matches("/svc/attendance-api/v1/days/uuid-\\d+")), puts.toString());
    }

    @Test
    void validationAndSaveUseTheSamePeriodIds() {
        fill();
        FakePersonio.Logged validate = personio.log.stream().filter(l -> l.method().equals("POST")).findFirst()
                .orElseThrow();
        FakePersonio.Logged save = personio.log.stream().filter(l -> l.method().equals("PUT")).findFirst()
                .orElseThrow();
        JSONArray v = new org.json.JSONObject(validate.body()).getJSONArray("periods");
        JSONArray s = new org.json.JSONObject(save.body()).getJSONArray("periods");
        for (int i = 0; i < v.length(); i++) {
            assertEquals(v.getJSONObject(i).getString("attendance_period_id"), s.getJSONObject(i).getString("id"));
        }
    }

    @Test
    void daysStartAtLeastAPaceApartAndTheRefreshPrecedesTheCallByAWait() {
        fill();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < personio.log.size(); i++) {
            FakePersonio.Logged l = personio.log.get(i);
            if (l.method().equals("POST")) {
                FakePersonio.Logged refresh = personio.log.get(i - 2);
                FakePersonio.Logged read = personio.log.get(i - 1);
                assertEquals("/api/v1/projects", refresh.path());
                assertTrue(read.at() - refresh.at() >= 100, "100 ms between the refresh and the day's read");
                starts.add(refresh.at());
            }
        }
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) - starts.get(i - 1) >= 1000, "pace held between " + (i - 1) + " and " + i);
            assertTrue(starts.get(i) - starts.get(i - 1) < 1100, "no idle time beyond the pace");
        }
    }

    @Test
    void theBasisOfAPlanIgnoresSettingsThatNeverChangeAPlan() {
        Settings plain = Settings.defaults();
        Settings autopilot = SettingsCodec.parse("{\"autopilot\": true, \"autopilot_delay_days\": 3, "
                + "\"reminder_badge\": false}").settings();
        Settings otherHours = SettingsCodec.parse("{\"through_today\": false}").settings();
        assertEquals(MonthReader.basis(plain, "acme", 42), MonthReader.basis(autopilot, "acme", 42),
                "switching the autopilot on leaves a plan on screen good");
        assertFalse(MonthReader.basis(plain, "acme", 42).equals(MonthReader.basis(otherHours, "acme", 42)));
        assertFalse(MonthReader.basis(plain, "acme", 42).equals(MonthReader.basis(plain, "other", 42)));
    }

    @Test
    void aPlanReadsTheMonthRightAwayWithNoWaitAfterTheProjects() {
        run().reader().preview(NOVEMBER, Settings.defaults(), TODAY);
        // Each fake request takes 5 ms: the projects and who the user is go out together, then the timesheet.
        assertEquals(List.of("GET /api/v1/projects", "GET /api/v1/navigation/context",
                "GET /svc/attendance-bff/v1/timesheet/42"), personio.paths());
        assertEquals(personio.log.get(0).at(), personio.log.get(1).at(), "the projects and the context together");
        assertEquals(5, personio.log.get(2).at() - personio.log.get(0).at(), "no 100 ms wait before a read");
    }

    @Test
    void anExportReadsTheProjectsAndWhoTheUserIsTogether() {
        run().reader().export(NOVEMBER, Settings.defaults());
        assertEquals(List.of("GET /api/v1/projects", "GET /api/v1/navigation/context",
                "GET /svc/attendance-bff/v1/timesheet/42"), personio.paths());
        assertEquals(personio.log.get(0).at(), personio.log.get(1).at());
        assertEquals(5, personio.log.get(2).at() - personio.log.get(0).at());
    }

    @Test
    void aReadThatFindsTheSessionStaleRefreshesWaitsAndReadsOnceMore() {
        personio.script("/svc/attendance-bff/v1/timesheet/", r -> FakePersonio.json(401, "{}"));
        Preview preview = run().reader().preview(NOVEMBER, Settings.defaults(), TODAY);
        assertEquals(30, preview.plan().days().size());
        List<String> paths = personio.paths();
        assertEquals(List.of("GET /api/v1/projects", "GET /api/v1/navigation/context",
                "GET /svc/attendance-bff/v1/timesheet/42", "GET /api/v1/projects",
                "GET /svc/attendance-bff/v1/timesheet/42"), paths);
        assertTrue(personio.log.get(4).at() - personio.log.get(3).at() >= 100, "read 100 ms after the refresh");

        personio.script("/svc/attendance-bff/v1/timesheet/", r -> FakePersonio.json(401, "{}"));
        personio.script("/svc/attendance-bff/v1/timesheet/", r -> FakePersonio.json(401, "{}"));
        RunException e = assertThrows(RunException.class,
                () -> run().reader().preview(NOVEMBER, Settings.defaults(), TODAY));
        assertEquals(RunErrorCode.SESSION_EXPIRED, e.code(), "stale once more after the refresh: the session is gone");
    }

    @Test
    void progressCountsEveryWrittenDay() {
        fill();
        Job last = events.get(events.size() - 1);
        assertEquals(RunState.DONE, last.state());
        assertEquals(10, last.done());
        assertEquals(10, last.total());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), events.stream().map(Job::done).distinct().toList());
        Job firstWrite = events.stream().filter(j -> j.count(DayOutcome.WRITING) == 1).findFirst().orElseThrow();
        assertEquals(DayOutcome.WRITING, firstWrite.day(LocalDate.of(2025, 11, 3)).outcome());
        assertEquals(20, firstWrite.leftAlone(), "once Personio is read, the job knows every day of the month");
    }

    @Test
    void aRefusedDayFailsAloneWithPersoniosWords() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(422,
                "{\"error\": {\"code\": \"VALIDATION_ERROR\", "
                        + "\"message\": \"Existing overlapping attendances periods\"}}"));
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(9, summary.count(DayOutcome.FILLED));
        DayResult first = summary.days().stream().filter(d -> d.outcome() == DayOutcome.FAILED).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2025, 11, 3), first.date());
        assertEquals(said("Existing overlapping attendances periods"), first.message());
        assertFalse(personio.saved.containsKey(LocalDate.of(2025, 11, 3)), "a refused day is not saved");
    }

    @Test
    void aValidationThatSaysInvalidIsNotSaved() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(200,
                "{\"validation\": {\"is_valid\": false, \"errors\": [{\"message\": \"Too long\"}]}}"));
        Job summary = fill();
        assertEquals(1, summary.count(DayOutcome.FAILED));
        assertEquals(9, personio.saved.size());
    }

    @Test
    void anUnreadableValidationAnswerIsNotTakenAsApproval() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(200, "{\"result\": \"maybe\"}"));
        Job summary = fill();
        assertEquals(1, summary.count(DayOutcome.FAILED));
        assertFalse(personio.saved.containsKey(LocalDate.of(2025, 11, 3)));
    }

    @Test
    void a429WaitsForRetryAfterAndLosesNoDay() {
        personio.script("/svc/attendance-api/v1/days/", r -> new HttpResponse(429, "application/json", "{}", false,
                null, "3"));
        Job summary = fill();
        assertEquals(10, summary.count(DayOutcome.FILLED));
        List<FakePersonio.Logged> puts = personio.log.stream().filter(l -> l.method().equals("PUT")).toList();
        assertEquals(11, puts.size());
        assertTrue(puts.get(1).at() - puts.get(0).at() >= 3000, "waited for Retry-After");
    }

    @Test
    void a429WithoutRetryAfterBacksOffExponentially() {
        for (int i = 0; i < 3; i++) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(429, "{}"));
        }
        fill();
        List<FakePersonio.Logged> posts = personio.log.stream().filter(l -> l.method().equals("POST")).toList();
        long first = posts.get(1).at() - posts.get(0).at();
        long second = posts.get(2).at() - posts.get(1).at();
        long third = posts.get(3).at() - posts.get(2).at();
        assertTrue(second >= 2 * first - 10 && third >= 2 * second - 10, first + ", " + second + ", " + third);
        assertEquals(10, personio.saved.size());
    }

    @Test
    void aServerFaultOnTheValidationIsRetriedAndTheDayWrittenOnce() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(500, "{}"));
        personio.script("/svc/attendance-api/validate", r -> null);
        Job summary = fill();
        assertEquals(10, summary.count(DayOutcome.FILLED));
        assertEquals(10, personio.saved.size());
        assertEquals(10, personio.bodies("PUT").size());
    }

    @Test
    void aSaveAnswered502AfterItWasStoredIsReadBackNeverSentAgainAndCountedFilled() {
        personio.script("/svc/attendance-api/v1/days/", r -> {
            try {
                personio.send(r);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return FakePersonio.json(502, "<html>Bad Gateway</html>");
        });
        Job summary = fill();
        assertEquals(DayOutcome.FILLED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        // The scripted answer and the save it let through log one request each: two entries are one save sent.
        assertEquals(2, personio.log.stream().filter(l -> l.method().equals("PUT")
                && l.body().contains("2025-11-03")).count(), "sent once");
        List<String> paths = personio.paths();
        int answered502 = paths.indexOf("PUT /svc/attendance-api/v1/days/uuid-4");
        assertEquals("GET /api/v1/projects", paths.get(answered502 + 2), "the day is read again first");
        assertEquals("GET /svc/attendance-bff/v1/timesheet/42", paths.get(answered502 + 3));
        assertEquals(10, summary.count(DayOutcome.FILLED));
    }

    @Test
    void aSaveAnswered503BeforeItLandedIsReadBackFoundEmptyAndWrittenOnceMore() {
        personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(503, "{}"));
        Job summary = fill();
        assertEquals(DayOutcome.FILLED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        List<String> paths = personio.paths();
        int refused = paths.indexOf("PUT /svc/attendance-api/v1/days/uuid-4");
        assertEquals("GET /svc/attendance-bff/v1/timesheet/42", paths.get(refused + 2), "read before written again");
        assertEquals(10, summary.count(DayOutcome.FILLED));
        assertEquals(10, personio.saved.size());
    }

    @Test
    void aDayWhoseSaveKeepsFailingFailsAfterOneReadBackAndTheRunGoesOn() {
        for (int i = 0; i < 2; i++) {
            personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(503, "{\"message\": \"down\"}"));
        }
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(1, summary.count(DayOutcome.FAILED));
        assertEquals(9, summary.count(DayOutcome.FILLED));
        assertEquals(said("down"), summary.days().stream()
                .filter(d -> d.outcome() == DayOutcome.FAILED).findFirst().orElseThrow().message());
        assertEquals(11, personio.bodies("PUT").size(), "the failed day: its save, and one more after the read");
    }

    @Test
    void personioFailingThreeDaysInARowStopsTheRunAsUnavailable() {
        for (int i = 0; i < 12; i++) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(503, "{}"));
        }
        Job summary = fill();
        assertEquals(RunState.STOPPED, summary.state());
        assertEquals(RunErrorCode.PERSONIO_UNAVAILABLE, summary.error().code());
        assertEquals(3, summary.count(DayOutcome.FAILED));
        assertEquals(7, summary.count(DayOutcome.NOT_REACHED));
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aDayThatSucceedsBetweenFaultsResetsTheCount() {
        for (int i = 0; i < 8; i++) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(503, "{}"));
        }
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(200,
                "{\"validation\": {\"is_valid\": true, \"errors\": []}}"));
        for (int i = 0; i < 4; i++) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(503, "{}"));
        }
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(3, summary.count(DayOutcome.FAILED));
        assertEquals(7, summary.count(DayOutcome.FILLED));
    }

    @Test
    void aLongRetryAfterRenewsTheSessionBeforeTheCallGoesAgain() {
        personio.script("/svc/attendance-api/v1/days/", r -> new HttpResponse(429, "application/json", "{}", false,
                null, "31"));
        fill();
        List<String> paths = personio.paths();
        int throttled = paths.indexOf("PUT /svc/attendance-api/v1/days/uuid-4");
        assertEquals("GET /api/v1/projects", paths.get(throttled + 1), "a refresh after 31 s of waiting");
        assertEquals("PUT /svc/attendance-api/v1/days/uuid-4", paths.get(throttled + 2));
        assertEquals(10, personio.saved.size());
    }

    @Test
    void aRunThatCannotStartReportsTheConfirmedDaysAsNotReached() {
        personio.cookies.remove("ATHENA_SESSION");
        Job summary = run().fill(Job.started(NOVEMBER, Set.of(LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 3))),
                Settings.defaults(), TODAY);
        assertEquals(RunState.STOPPED, summary.state());
        assertEquals(RunErrorCode.NOT_SIGNED_IN, summary.error().code());
        assertEquals(List.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4)),
                summary.days().stream().map(DayResult::date).toList());
        assertEquals(2, summary.count(DayOutcome.NOT_REACHED));
    }

    @Test
    void anExpiredSessionStopsTheRunAtOnceAndSaysWhatWasDone() {
        AtomicInteger saves = new AtomicInteger();
        personio.onSave = () -> {
            if (saves.incrementAndGet() == 3) {
                personio.script("/api/v1/projects", r -> FakePersonio.json(401, "{\"error\": \"Unauthenticated\"}"));
            }
        };
        Job summary = fill();
        assertEquals(RunState.STOPPED, summary.state());
        assertEquals(RunErrorCode.SESSION_EXPIRED, summary.error().code());
        assertEquals(3, summary.count(DayOutcome.FILLED));
        assertEquals(7, summary.count(DayOutcome.NOT_REACHED));
        assertEquals(3, personio.saved.size());
        String last = personio.paths().get(personio.paths().size() - 1);
        assertEquals("GET /api/v1/projects", last, "nothing was sent after the expired answer");
    }

    @Test
    void aRedirectToTheLoginPageIsAnExpiredSession() {
        personio.script("/svc/attendance-api/validate", r -> new HttpResponse(200, "text/html",
                "<!doctype html><form action=/login>", true, "/login", null));
        Job summary = fill();
        assertEquals(RunErrorCode.SESSION_EXPIRED, summary.error().code());
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void anHtmlAnswerWithoutARedirectIsAnExpiredSessionToo() {
        // Twice: a read that finds the session stale refreshes it and reads once more before calling it gone.
        for (int i = 0; i < 2; i++) {
            personio.script("/svc/attendance-bff/", r -> new HttpResponse(200, "text/html", "<html>Sign in</html>",
                    false, "/svc/attendance-bff/v1/timesheet/42", null));
        }
        RunException e = assertThrows(RunException.class,
                () -> run().reader().preview(NOVEMBER, Settings.defaults(), TODAY));
        assertEquals(RunErrorCode.SESSION_EXPIRED, e.code());
    }

    @Test
    void cancellingStopsAfterTheDayInFlight() {
        personio.onSave = () -> {
            if (personio.saved.size() == 2) {
                cancel.set(true);
            }
        };
        Job summary = fill();
        assertEquals(RunState.CANCELLED, summary.state());
        assertEquals(2, summary.count(DayOutcome.FILLED));
        assertEquals(8, summary.count(DayOutcome.NOT_REACHED));
        assertEquals(2, personio.saved.size());
    }

    @Test
    void withoutSessionCookiesNothingIsSent() {
        personio.cookies.remove("personio_session");
        Job summary = fill();
        assertEquals(RunErrorCode.NOT_SIGNED_IN, summary.error().code());
        assertTrue(personio.log.isEmpty());
    }

    @Test
    void theEmployeeIdComesFromTheCookieWhenTheContextFails() {
        personio.script("/api/v1/navigation/context", r -> FakePersonio.json(404, "{}"));
        Preview preview = run().reader().preview(NOVEMBER, Settings.defaults(), TODAY);
        assertEquals(42L, preview.employeeId());
        personio.cookies.put("product_language", "de%7C777");
        personio.script("/api/v1/navigation/context", r -> FakePersonio.json(200, "{\"data\": {}}"));
        assertEquals(777L, run().reader().preview(NOVEMBER, Settings.defaults(), TODAY).employeeId());
    }

    @Test
    void withoutContextOrCookieThereIsNoEmployeeId() {
        personio.cookies.remove("product_language");
        personio.script("/api/v1/navigation/context", r -> FakePersonio.json(404, "{}"));
        RunException e = assertThrows(RunException.class,
                () -> run().reader().preview(NOVEMBER, Settings.defaults(), TODAY));
        assertEquals(RunErrorCode.NO_EMPLOYEE_ID, e.code());
    }

    @Test
    void anEmployeeOverrideThatIsNotTheOneSignedInIsRefusedNamingBoth() {
        Settings settings = new Settings(Settings.defaults().schedule(), null, null, "Europe/Berlin", null, 9L);
        RunException e = assertThrows(RunException.class, () -> run().reader().preview(NOVEMBER, settings, TODAY));
        assertEquals(RunErrorCode.EMPLOYEE_MISMATCH, e.code());
        assertEquals(Message.of(MessageCode.EMPLOYEE_IDS, "9", "42"), e.error().detail());
        assertFalse(personio.paths().contains("GET /svc/attendance-bff/v1/timesheet/9"), "nothing was read for 9");
    }

    @Test
    void anEmployeeOverrideIsUsedWhenItIsTheOneSignedInOrPersoniosContextCannotBeRead() {
        Settings same = new Settings(Settings.defaults().schedule(), null, null, "Europe/Berlin", null, 42L);
        assertEquals(42L, run().reader().preview(NOVEMBER, same, TODAY).employeeId());
        personio.script("/api/v1/navigation/context", r -> FakePersonio.json(404, "{}"));
        Settings other = new Settings(Settings.defaults().schedule(), null, null, "Europe/Berlin", null, 9L);
        assertEquals(9L, run().reader().preview(NOVEMBER, other, TODAY).employeeId());
    }

    @Test
    void onlyConfirmedDaysAreWrittenAndADayThatChangedSinceThePreviewIsLeftAlone() {
        LocalDate changed = LocalDate.of(2025, 11, 5);
        personio.timecards.get(changed).put("periods", new JSONArray(
                "[{\"start\": \"2025-11-05T09:00:00\", \"end\": \"2025-11-05T10:00:00\", \"type\": \"work\"}]"));
        Set<LocalDate> confirmed = Set.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4), changed);
        Job summary = run().fill(Job.started(NOVEMBER, confirmed), Settings.defaults(), TODAY);
        assertEquals(Set.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4)), personio.saved.keySet());
        DayResult day = summary.days().stream().filter(d -> d.date().equals(changed)).findFirst().orElseThrow();
        assertEquals(SkipReason.HAS_ENTRIES, day.reason());
        assertEquals(DayOutcome.CHANGED, day.outcome());
        assertEquals(1, summary.count(DayOutcome.CHANGED));
    }

    @Test
    void noMessageCarriesASessionValue() {
        personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(422,
                "{\"message\": \"bad token " + FakePersonio.TOKEN + " for session-secret-1\"}"));
        Job summary = fill();
        Message message = summary.days().stream().filter(d -> d.outcome() == DayOutcome.FAILED).findFirst()
                .orElseThrow().message();
        assertEquals(said("bad token [redacted] for [redacted]"), message);
    }

    @Test
    void anUnreadableTimesheetStopsBeforeWriting() {
        personio.script("/svc/attendance-bff/", r -> FakePersonio.json(200, "{\"timecards\": [{\"date\": \"x\"}]}"));
        Job summary = fill();
        assertEquals(RunErrorCode.BAD_ANSWER, summary.error().code());
        assertEquals(Message.of(MessageCode.EXPECTED_DATE, "timecards[0].date", "\"x\""), summary.error().detail());
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aNetworkErrorIsRetriedWithBackoff() {
        personio.script("/api/v1/projects", r -> null);
        personio.script("/api/v1/projects", r -> null);
        Job summary = fill();
        assertEquals(10, summary.count(DayOutcome.FILLED));
        assertNull(summary.error());
    }

    @Test
    void aDayEditedInPersonioDuringTheRunIsReadAgainBeforeItsWriteAndLeftAlone() {
        LocalDate edited = LocalDate.of(2025, 11, 5);
        personio.onSave = () -> {
            if (personio.saved.size() == 1) {
                personio.timecards.get(edited).put("periods", new JSONArray("[{\"id\": \"p\", \"start\": "
                        + "\"2025-11-05T07:00:00\", \"end\": \"2025-11-05T08:00:00\", \"type\": \"work\"}]"));
            }
        };
        Job summary = fill();
        DayResult day = summary.day(edited);
        assertEquals(DayOutcome.CHANGED, day.outcome());
        assertEquals(SkipReason.HAS_ENTRIES, day.reason());
        assertFalse(personio.saved.containsKey(edited), "the edit in Personio stays as it is");
        assertEquals(9, summary.count(DayOutcome.FILLED));
        assertEquals(21, summary.leftAlone(), "a changed day counts as left alone");
    }

    @Test
    void aDayWhoseCardLacksItsPeriodsIsUnreadableAndNeverWritten() {
        LocalDate day = LocalDate.of(2025, 11, 6);
        personio.timecards.get(day).remove("periods");
        Job summary = fill();
        assertFalse(personio.saved.containsKey(day));
        assertEquals(SkipReason.UNREADABLE, summary.day(day).reason());
        assertEquals(Message.of(MessageCode.FIELD_UNREADABLE, "timecards[5].periods"), summary.day(day).message());
        assertEquals(9, summary.count(DayOutcome.FILLED), "the other days go on");
    }

    @Test
    void threeDaysRefusedInTheSameWordsStopTheRunWithThoseWords() {
        for (int i = 0; i < 3; i++) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(400, "{\"errors\": [{\"title\": "
                    + "\"Projects with ids [7] are not trackable\"}]}"));
        }
        Job summary = fill();
        assertEquals(RunState.STOPPED, summary.state());
        assertEquals(RunErrorCode.REPEATED_FAILURE, summary.error().code());
        assertEquals(said("Projects with ids [7] are not trackable"), summary.error().detail());
        assertEquals(3, summary.count(DayOutcome.FAILED));
        assertEquals(7, summary.count(DayOutcome.NOT_REACHED));
    }

    @Test
    void daysRefusedInDifferentWordsFailAloneAndTheRunGoesOn() {
        for (String words : new String[] {"a", "b", "c"}) {
            personio.script("/svc/attendance-api/validate", r -> FakePersonio.json(400,
                    "{\"message\": \"" + words + "\"}"));
        }
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(3, summary.count(DayOutcome.FAILED));
        assertEquals(7, summary.count(DayOutcome.FILLED));
    }

    @Test
    void a403WhileTheSessionLivesFailsThatDayAloneInPersoniosWords() {
        personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(403,
                "{\"error\": {\"message\": \"You are not allowed to change this day\"}}"));
        Job summary = fill();
        assertEquals(RunState.DONE, summary.state());
        assertEquals(1, summary.count(DayOutcome.FAILED));
        assertEquals(said("You are not allowed to change this day"), summary.day(LocalDate.of(2025, 11, 3)).message());
        assertEquals(9, summary.count(DayOutcome.FILLED));
    }

    @Test
    void a403WhenTheRefreshFailsTooIsAnExpiredSession() {
        personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(403, "{}"));
        personio.onSave = () -> { };
        personio.script("/api/v1/projects", r -> FakePersonio.json(200, "{\"data\": []}"));
        personio.script("/api/v1/projects", r -> FakePersonio.json(200, "{\"data\": []}"));
        personio.script("/api/v1/projects", r -> FakePersonio.json(200, "{\"data\": []}"));
        personio.script("/api/v1/projects", r -> FakePersonio.json(403, "{}"));
        Job summary = fill();
        assertEquals(RunErrorCode.SESSION_EXPIRED, summary.error().code());
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aSaveAnswered2xxThatSaysItFailedFailsTheDay() {
        personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(200,
                "{\"success\": false, \"error\": {\"message\": \"Not saved\"}}"));
        Job summary = fill();
        assertEquals(DayOutcome.FAILED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        assertEquals(said("Not saved"), summary.day(LocalDate.of(2025, 11, 3)).message());
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        personio.epoch = 1_763_800_000_000L;
        String inTwentySeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(personio.epoch + 20_000).atZone(java.time.ZoneOffset.UTC));
        personio.script("/svc/attendance-api/v1/days/", r -> new HttpResponse(429, "application/json", "{}", false,
                null, inTwentySeconds));
        long before = personio.now;
        fill();
        List<FakePersonio.Logged> puts = personio.log.stream().filter(l -> l.method().equals("PUT")).toList();
        assertTrue(puts.get(1).at() >= 20_000, "waited until the date");
        assertTrue(puts.get(1).at() < 21_000, "and not much longer");
        assertEquals(10, personio.saved.size());
        assertTrue(personio.now > before);
    }

    @Test
    void aRetryAfterLongerThanTheRunWaitsStopsItAndSaysHowLong() {
        personio.script("/svc/attendance-api/v1/days/", r -> new HttpResponse(429, "application/json", "{}", false,
                null, "3600"));
        Job summary = fill();
        assertEquals(RunState.STOPPED, summary.state());
        assertEquals(RunErrorCode.PERSONIO_BUSY, summary.error().code());
        assertEquals(Message.of(MessageCode.RETRY_AFTER_TOO_LONG, "3600"), summary.error().detail());
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void afterARetriedDayTheNextStartsAFullPaceAfterThatDaysLastRequest() {
        personio.script("/svc/attendance-api/v1/days/", r -> FakePersonio.json(503, "{}"));
        fill();
        List<FakePersonio.Logged> log = personio.log;
        long lastOfDayOne = 0;
        long startOfDayTwo = 0;
        int puts = 0;
        for (FakePersonio.Logged l : log) {
            if (l.method().equals("PUT")) {
                puts++;
                if (puts == 2) {
                    lastOfDayOne = l.at();
                }
            }
            if (puts == 2 && l.method().equals("GET") && l.path().startsWith("/api/v1/projects") && startOfDayTwo == 0
                    && l.at() > lastOfDayOne) {
                startOfDayTwo = l.at();
            }
        }
        assertTrue(startOfDayTwo - lastOfDayOne >= 1000, "a full pace after the retried save: "
                + (startOfDayTwo - lastOfDayOne));
    }

    @Test
    void aCancelDuringABackoffEndsTheWaitAtOnce() {
        personio.script("/svc/attendance-api/v1/days/", r -> {
            cancel.set(true);
            return new HttpResponse(429, "application/json", "{}", false, null, "50");
        });
        long before = personio.now;
        Job summary = fill();
        assertEquals(RunState.CANCELLED, summary.state());
        assertTrue(personio.now - before < 5_000, "did not wait out the 50 s");
        assertEquals(DayOutcome.NOT_REACHED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
    }

    @Test
    void aSaveWhoseAnswerIsLostIsReadAgainCountedFilledWhenItLandedAndNeverSentTwice() {
        personio.script("/svc/attendance-api/v1/days/", r -> {
            try {
                personio.send(r);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Job summary = fill();
        assertEquals(DayOutcome.FILLED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        // The scripted answer and the save it let through log one request each: two entries are one save sent.
        assertEquals(2, personio.log.stream().filter(l -> l.method().equals("PUT")
                && l.body().contains("2025-11-03")).count(), "sent once");
        assertEquals(10, summary.count(DayOutcome.FILLED));
    }

    @Test
    void aSaveWhoseConnectionDroppedBeforeItLandedIsReadAgainFoundEmptyAndWrittenOnceMore() {
        personio.script("/svc/attendance-api/v1/days/", r -> null);
        Job summary = fill();
        assertEquals(DayOutcome.FILLED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        List<String> paths = personio.paths();
        int dropped = paths.indexOf("PUT /svc/attendance-api/v1/days/uuid-4");
        assertEquals("GET /api/v1/projects", paths.get(dropped + 1), "the day is read again first");
        assertEquals("GET /svc/attendance-bff/v1/timesheet/42", paths.get(dropped + 2));
        assertEquals(10, summary.count(DayOutcome.FILLED));
    }

    @Test
    void aCancelWhileTheSaveIsOutAbandonsItAndFailsTheDayAsOneThatMayStillLand() {
        personio.script("/svc/attendance-api/v1/days/", r -> {
            cancel.set(true);
            return null;
        });
        Job summary = fill();
        assertEquals(RunState.CANCELLED, summary.state());
        DayResult first = summary.day(LocalDate.of(2025, 11, 3));
        assertEquals(DayOutcome.FAILED, first.outcome());
        assertEquals(MessageCode.CANCELLED_IN_FLIGHT, first.message().code());
        assertEquals(1, personio.log.stream().filter(l -> l.method().equals("PUT")).count(), "never sent again");
        assertEquals(9, summary.count(DayOutcome.NOT_REACHED));
    }

    @Test
    void aCancelWhileTheValidationIsOutLeavesTheDayNotReached() {
        personio.script("/svc/attendance-api/validate", r -> {
            cancel.set(true);
            return null;
        });
        Job summary = fill();
        assertEquals(RunState.CANCELLED, summary.state());
        assertEquals(DayOutcome.NOT_REACHED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        assertTrue(personio.log.stream().noneMatch(l -> l.method().equals("PUT")));
    }

    @Test
    void sessionCookiesGivenOnlyAsPresentStillSignTheUserInWhileAnEmptyTokenDoesNot() {
        personio.cookies.put("ATHENA_SESSION", "");
        personio.cookies.put("personio_session", "");
        assertEquals(RunState.DONE, fill().state());
        personio.cookies.put("ATHENA-XSRF-TOKEN", "");
        assertEquals(RunErrorCode.NOT_SIGNED_IN, fill().error().code());
    }

    @Test
    void aCancelWhileTheMonthIsReadEndsTheRunCancelledWithNothingWritten() {
        personio.script("/svc/attendance-bff/", r -> {
            cancel.set(true);
            return null;
        });
        Job summary = fill();
        assertEquals(RunState.CANCELLED, summary.state());
        assertNull(summary.error());
        assertEquals(10, summary.count(DayOutcome.NOT_REACHED));
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aProjectIsWrittenAsANumberAndOneClosedToTheEmployeeFailsItsDayNamingIt() {
        personio.projects = "{\"success\": true, \"data\": [{\"id\": 1001, \"attributes\": "
                + "{\"name\": \"Website\", \"active\": true}}]}";
        personio.script("/svc/attendance-api/validate", r -> new HttpResponse(400, "application/json",
                "{\"errors\": [{\"id\": \"e1\", \"status\": \"400\", \"type\": "
                        + "\"ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE\", \"title\": \"Projects with ids [1001] for "
                        + "employee 42 are not trackable\"}]}", false, null, null));
        Job summary = fill(SettingsCodec.parse("{\"project_id\": \"1001\"}").settings());
        DayResult refused = summary.day(LocalDate.of(2025, 11, 3));
        assertEquals(DayOutcome.FAILED, refused.outcome());
        assertEquals(Message.of(MessageCode.PROJECT_NOT_TRACKABLE, "Website", "1001"), refused.message());
        assertEquals(9, summary.count(DayOutcome.FILLED), "the other days go on, the project kept");
        assertTrue(personio.saved.get(LocalDate.of(2025, 11, 4)).contains("\"project_id\":1001"),
                personio.saved.get(LocalDate.of(2025, 11, 4)));
    }

    @Test
    void aWeekdaysOwnProjectAndCommentWinOverTheSettingsOnes() {
        Settings settings = SettingsCodec.parse("{\"project_id\": \"1001\", \"comment\": \"Team\", \"schedule\": {"
                + "\"monday\": {\"start\": \"08:00\", \"end\": \"12:00\", \"project_id\": \"1002\", "
                + "\"comment\": \"Support\"}, \"tuesday\": {\"start\": \"08:00\", \"end\": \"12:00\"}}}")
                .settings();
        fill(settings);
        String monday = personio.saved.get(LocalDate.of(2025, 11, 3));
        assertTrue(monday.contains("\"project_id\":1002") && monday.contains("\"comment\":\"Support\""), monday);
        String tuesday = personio.saved.get(LocalDate.of(2025, 11, 4));
        assertTrue(tuesday.contains("\"project_id\":1001") && tuesday.contains("\"comment\":\"Team\""), tuesday);
    }

    @Test
    void earlyInAMonthTheReminderCountsLastMonthsUnfilledDaysTooAndLaterOnlyThisMonths() {
        Reminder early = run().reader().reminder(Settings.defaults(), LocalDate.of(2025, 12, 3));
        assertEquals(20, early.count(), "November's 20 weekdays, all empty");
        assertEquals(List.of(YearMonth.of(2025, 11)), early.months());
        Reminder later = run().reader().reminder(Settings.defaults(), LocalDate.of(2025, 12, 6));
        assertEquals(0, later.count(), "from the 6th on, only December, which the fake leaves out");
        assertTrue(personio.saved.isEmpty());
    }

    @Test
    void aRunTakenUpAgainStartsItsFirstDayAFullPaceAfterTheLostWorkersLastRequest() {
        long lastSent = personio.epochMillis() - 200;
        Job resumed = Job.started(NOVEMBER, List.of(LocalDate.of(2025, 11, 3))).activeAt(lastSent);
        Job summary = run().fill(resumed, Settings.defaults(), TODAY);
        assertEquals(DayOutcome.FILLED, summary.day(LocalDate.of(2025, 11, 3)).outcome());
        long validatedAt = personio.log.stream().filter(l -> l.method().equals("POST")).findFirst().orElseThrow().at()
                + personio.epoch;
        assertTrue(validatedAt >= lastSent + 1025, "validated " + (validatedAt - lastSent) + " ms after");
    }

    @Test
    void theJobKeepsWhenItsLastRequestWentOut() {
        Job summary = fill();
        long lastRequest = personio.log.get(personio.log.size() - 1).at() + personio.epoch;
        assertEquals(Long.valueOf(lastRequest), summary.activeAt());
    }

    @Test
    void aStoredRunIdleForLongerThanTheBoundIsEndedNotTakenUpAgain() {
        Job running = Job.started(NOVEMBER, List.of(LocalDate.of(2025, 11, 3))).activeAt(1_000_000L);
        assertEquals(RunState.RUNNING, running.resumed(1_000_000L + Job.RESUMABLE_MILLIS).state());
        Job old = running.resumed(1_000_000L + Job.RESUMABLE_MILLIS + 1);
        assertEquals(RunState.STOPPED, old.state());
        assertEquals(RunErrorCode.RUN_TOO_OLD, old.error().code());
        assertEquals(DayOutcome.NOT_REACHED, old.day(LocalDate.of(2025, 11, 3)).outcome());
    }
}
