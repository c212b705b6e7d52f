package attendance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.planning.DayPlan;
import attendance.planning.SkipReason;
import attendance.settings.Settings;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;
import personio.simulator.StoredPeriod;
import personio.simulator.ValidateShape;
import personio.simulator.client.TabClient;

/** The real run over real HTTPS against the simulator, which is strict where Personio is. */
class FillRunOverHttpsIT {
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final LocalDate SIMULATOR_TODAY = LocalDate.of(2026, 10, 27);
    /** The run's own today is later: only Personio's state keeps the simulator's future days out. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long FAST_PACE = 150;

    private PersonioSimulator simulator;
    private Scenario scenario;
    private TabClient tab;
    private TabTransport transport;
    private final List<Job> events = new ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Consumer<Job> onProgress = e -> { };

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH).withToday(SIMULATOR_TODAY));
        scenario = simulator.scenario();
        tab = new TabClient(simulator);
        tab.signIn();
        transport = new TabTransport(tab);
        simulator.clearLog();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private FillRun run(long pace) {
        Ports ports = new Ports(transport, transport, RunClock.SYSTEM, () -> UUID.randomUUID().toString(), e -> {
            events.add(e);
            onProgress.accept(e);
        }, cancel::get);
        return new FillRun(ports, RunOptions.defaults().withPace(pace));
    }

    private Job fill(long pace) {
        return run(pace).fill(Job.started(MONTH, scenario.writableEmptyDays()), Settings.defaults(), TODAY);
    }

    private Map<LocalDate, List<StoredPeriod>> written() {
        Map<LocalDate, List<StoredPeriod>> written = new TreeMap<>(simulator.storedPeriods());
        written.keySet().removeAll(scenario.filledDays());
        return written;
    }

    private Map<LocalDate, Integer> savesPerDay() {
        Map<LocalDate, Integer> saves = new HashMap<>();
        for (LoggedRequest r : simulator.requestLog()) {
            if (r.method().equals("PUT") && r.status() == 200) {
                saves.merge(r.date(), 1, Integer::sum);
            }
        }
        return saves;
    }

    private static List<String> spans(List<StoredPeriod> periods) {
        List<String> spans = new ArrayList<>();
        for (StoredPeriod p : periods) {
            spans.add(p.type() + " " + p.start().toLocalTime() + "-" + p.end().toLocalTime());
        }
        return spans;
    }

    @Test
    void fillsAnEmptyMonthExactlyAsPlannedInTheProtocolsOrderAndPace() {
        Map<LocalDate, String> before = new HashMap<>();
        for (LocalDate d : scenario.filledDays()) {
            before.put(d, simulator.timecardJson(d));
        }
        Job summary = fill(RunOptions.defaults().paceMillis());

        assertEquals(RunState.DONE, summary.state());
        assertEquals(scenario.writableEmptyDays(), written().keySet());
        assertEquals(scenario.writableEmptyDays().size(), summary.count(DayOutcome.FILLED));
        for (Map.Entry<LocalDate, List<StoredPeriod>> day : written().entrySet()) {
            List<String> expected = day.getKey().equals(scenario.halfDayAbsence()) ? List.of("work 08:00-12:00")
                    : List.of("work 08:00-12:00", "break 12:00-13:00", "work 13:00-17:00");
            assertEquals(expected, spans(day.getValue()), day.getKey().toString());
        }
        for (LocalDate d : scenario.filledDays()) {
            assertEquals(before.get(d), simulator.timecardJson(d), "byte for byte untouched: " + d);
        }
        Map<LocalDate, SkipReason> reasons = new HashMap<>();
        summary.days().stream().filter(d -> d.reason() != null).forEach(d -> reasons.put(d.date(), d.reason()));
        assertEquals(SkipReason.OFF_DAY, reasons.get(scenario.holiday()));
        assertEquals(SkipReason.ABSENCE, reasons.get(scenario.fullDayAbsence()));
        assertEquals(SkipReason.LOCKED, reasons.get(scenario.locked()));
        scenario.filledDays().forEach(d -> assertEquals(SkipReason.HAS_ENTRIES, reasons.get(d)));
        scenario.future().stream().filter(d -> !scenario.isOffDay(d))
                .forEach(d -> assertEquals(SkipReason.NON_TRACKABLE, reasons.get(d), d.toString()));
        assertTrue(scenario.writableEmptyDays().stream().anyMatch(scenario.nullDayIdDates()::contains),
                "days without a day id were written too");

        List<LoggedRequest> log = simulator.requestLog();
        assertTrue(log.stream().allMatch(r -> r.xsrfHeaderPresent() && r.xsrfValid()), "the XSRF header every time");
        List<Long> dayStarts = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).method().equals("POST")) {
                LoggedRequest refresh = log.get(i - 2);
                LoggedRequest read = log.get(i - 1);
                LoggedRequest save = log.get(i + 1);
                assertEquals("/api/v1/projects", refresh.path());
                assertTrue(read.path().startsWith("/svc/attendance-bff/v1/timesheet/"), read.path());
                assertEquals("PUT", save.method());
                assertEquals(log.get(i).date(), save.date());
                assertTrue(read.arrivedNanos() - refresh.arrivedNanos() >= 100_000_000L,
                        "the day's read 100 ms after the refresh");
                dayStarts.add(refresh.arrivedNanos());
            }
        }
        assertEquals(scenario.writableEmptyDays().size(), dayStarts.size());
        for (int i = 1; i < dayStarts.size(); i++) {
            long gap = dayStarts.get(i) - dayStarts.get(i - 1);
            assertTrue(gap >= 1_000_000_000L, "at least a second between day " + (i - 1) + " and " + i + ": " + gap);
        }
        long refreshes = log.stream().filter(r -> r.path().equals("/api/v1/projects")).count();
        long reads = log.stream().filter(r -> r.path().startsWith("/svc/attendance-bff/")).count();
        long writes = log.stream().filter(r -> r.method().equals("POST") || r.method().equals("PUT")).count();
        assertEquals(dayStarts.size() + 1L, refreshes, "a refresh per day, and one to read the month");
        assertEquals(dayStarts.size() + 1L, reads, "each day read again on its own, and the month once");
        assertEquals(2L * dayStarts.size(), writes, "validate and save per day");
    }

    @Test
    void aDayPersonioRefusesFailsAloneWithPersoniosWords() {
        LocalDate refused = scenario.writableEmptyDays().stream().skip(2).findFirst().orElseThrow();
        LocalDate next = refused.plusDays(1);
        transport.rewrite(r -> r.method().equals("POST") && r.body().contains(refused + " 08:00:00")
                ? new HttpRequest(r.method(), r.path(), r.headers(),
                        r.body().replace(refused + " 13:00:00", next + " 13:00:00"), r.timeoutMillis())
                : r);
        Job summary = fill(FAST_PACE);
        assertEquals(RunState.DONE, summary.state());
        DayResult day = summary.days().stream().filter(d -> d.date().equals(refused)).findFirst().orElseThrow();
        assertEquals(DayOutcome.FAILED, day.outcome());
        assertTrue(day.message().args().get(0).contains("This period does not belong to the day"),
                day.message().toString());
        Set<LocalDate> others = new HashSet<>(scenario.writableEmptyDays());
        others.remove(refused);
        assertEquals(others, written().keySet());
    }

    @Test
    void burstsOf429AndA500AreRecoveredWithNoDayLostOrWrittenTwice() {
        onProgress = e -> {
            if (e.count(DayOutcome.WRITING) == 0 && e.running() && e.done() == 2) {
                simulator.inject429(3, 1, "/svc/attendance-api");
            }
            if (e.count(DayOutcome.WRITING) == 0 && e.running() && e.done() == 4) {
                simulator.inject500(1, "/svc/attendance-api/v1/days");
            }
        };
        Job summary = fill(FAST_PACE);
        assertEquals(RunState.DONE, summary.state());
        assertEquals(0, summary.count(DayOutcome.FAILED));
        assertEquals(scenario.writableEmptyDays(), written().keySet());
        assertTrue(savesPerDay().values().stream().allMatch(n -> n == 1), savesPerDay().toString());
        List<LoggedRequest> log = simulator.requestLog();
        assertEquals(3, log.stream().filter(r -> "429".equals(r.fault())).count());
        assertEquals(1, log.stream().filter(r -> "500".equals(r.fault())).count());
    }

    @Test
    void anExpiredSessionStopsTheRunAndASecondRunAfterSigningInCompletesTheRest() throws Exception {
        onProgress = e -> {
            if (e.count(DayOutcome.WRITING) == 0 && e.running() && e.done() == 3) {
                simulator.expireSessionNow();
            }
        };
        Job first = fill(FAST_PACE);
        assertEquals(RunState.STOPPED, first.state());
        assertEquals(RunErrorCode.SESSION_EXPIRED, first.error().code());
        assertEquals(3, first.count(DayOutcome.FILLED));
        assertEquals(scenario.writableEmptyDays().size() - 3, first.count(DayOutcome.NOT_REACHED));
        assertEquals(3, written().size());
        LoggedRequest last = simulator.requestLog().get(simulator.requestLog().size() - 1);
        assertEquals(401, last.status(), "the expired answer was the last request");

        tab.signIn();
        onProgress = e -> { };
        Job second = fill(FAST_PACE);
        assertEquals(RunState.DONE, second.state());
        assertEquals(scenario.writableEmptyDays().size() - 3, second.count(DayOutcome.FILLED));
        assertEquals(scenario.writableEmptyDays(), written().keySet());
        assertTrue(savesPerDay().values().stream().allMatch(n -> n == 1), "no day written twice");
    }

    @Test
    void aDayEditedBetweenPreviewAndFillIsNotOverwritten() {
        LocalDate edited = scenario.writableEmptyDays().stream().skip(1).findFirst().orElseThrow();
        // The edit lands right after the preview's read is answered: the preview shows the day empty.
        simulator.editDayAfterNextTimesheetRead(edited);
        Preview preview = run(FAST_PACE).reader().preview(MONTH, Settings.defaults(), TODAY);
        Set<LocalDate> confirmed = new HashSet<>();
        preview.plan().fills().forEach(f -> confirmed.add(f.date()));
        assertTrue(confirmed.contains(edited), "the preview planned the day");

        Job summary = run(FAST_PACE).fill(Job.started(MONTH, confirmed), Settings.defaults(), TODAY);
        DayResult day = summary.days().stream().filter(d -> d.date().equals(edited)).findFirst().orElseThrow();
        assertEquals(SkipReason.HAS_ENTRIES, day.reason());
        assertEquals(DayOutcome.CHANGED, day.outcome());
        assertEquals(List.of("work 06:00-07:00"), spans(simulator.storedPeriods().get(edited)));
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        assertEquals(confirmed.size() - 1, summary.count(DayOutcome.FILLED));
    }

    @Test
    void theObservedValidationShapeIsUnderstoodToo() {
        simulator.setValidateShape(ValidateShape.OBSERVED);
        Job summary = fill(FAST_PACE);
        assertEquals(scenario.writableEmptyDays().size(), summary.count(DayOutcome.FILLED));
    }

    @Test
    void cancellingStopsAfterTheDayInFlight() {
        onProgress = e -> {
            if (e.count(DayOutcome.WRITING) == 1 && e.done() == 2) {
                cancel.set(true);
            }
        };
        Job summary = fill(FAST_PACE);
        assertEquals(RunState.CANCELLED, summary.state());
        assertEquals(3, summary.count(DayOutcome.FILLED), "the day in flight is finished");
        assertEquals(3, written().size());
    }

    @Test
    void thePreviewNamesTheEmployeeFromTheNavigationContext() {
        Preview preview = run(FAST_PACE).reader().preview(MONTH, Settings.defaults(), TODAY);
        assertEquals(simulator.employeeId(), preview.employeeId());
        assertEquals(scenario.writableEmptyDays().size(), preview.plan().fills().size());
        DayPlan half = preview.plan().day(scenario.halfDayAbsence());
        assertTrue(((DayPlan.Fill) half).partial());
        assertNotNull(events);
    }
}
