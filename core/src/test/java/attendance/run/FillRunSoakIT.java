package attendance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.planning.DayPlan;
import attendance.settings.Settings;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;
import personio.simulator.StoredPeriod;
import personio.simulator.client.TabClient;

/**
 * The fault soak: twelve months filled over HTTPS against the simulator, each with seeded, repeatable faults: 429
 * with and without Retry-After, 5xx, answers that hang, dropped connections, saves whose answer is lost after they
 * landed, saves answered 502 after they landed, an expired session, a hand edit during the run, and a worker that
 * dies mid-run and is taken up again. Runs go on until a month is done. Then Personio must hold every planned day
 * exactly once, and every hand-made entry untouched. The pace is short here; pace is tested elsewhere.
 */
class FillRunSoakIT {
    private static final long SEED = 20261125L;
    private static final int MAX_RUNS = 8;

    /** Stops a run at once, as Chrome stopping the worker does: nothing in the core catches it. */
    private static final class WorkerDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void twelveMonthsOfFaultsLoseNothingWriteNothingTwiceAndOverwriteNothing() throws Exception {
        Map<String, Integer> faults = new HashMap<>();
        int written = 0;
        int runs = 0;
        int lost = 0;
        int duplicated = 0;
        int overwritten = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            Random random = new Random(SEED + m);
            try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(month)
                    .withToday(month.atEndOfMonth()))) {
                Scenario scenario = simulator.scenario();
                TabClient tab = new TabClient(simulator);
                tab.signIn();
                TabTransport transport = new TabTransport(tab);
                List<LocalDate> writable = new ArrayList<>(new TreeSet<>(scenario.writableEmptyDays()));
                LocalDate edited = writable.get(random.nextInt(writable.size()));
                Map<LocalDate, List<StoredPeriod>> before = new HashMap<>(simulator.storedPeriods());

                arm(simulator, random, faults);
                simulator.editDayAfterNextTimesheetRead(edited);
                int expireAfter = 2 + random.nextInt(4);
                int dieAfter = 6 + random.nextInt(4);
                AtomicInteger filledSoFar = new AtomicInteger();
                Job last = null;
                for (int run = 0; run < MAX_RUNS; run++) {
                    runs++;
                    List<Job> seen = new ArrayList<>();
                    Ports ports = new Ports(transport, transport, RunClock.SYSTEM,
                            () -> UUID.randomUUID().toString(), job -> {
                                seen.add(job);
                                int filled = job.count(DayOutcome.FILLED);
                                if (filled > filledSoFar.get()) {
                                    filledSoFar.set(filled);
                                    if (filled == expireAfter) {
                                        simulator.expireSessionNow();
                                        faults.merge("session expired", 1, Integer::sum);
                                    }
                                    if (filled == dieAfter) {
                                        faults.merge("worker died", 1, Integer::sum);
                                        throw new WorkerDied();
                                    }
                                }
                            }, () -> false);
                    RunOptions options = new RunOptions(50, 5, 100, 10_000, 1_500, 3, 5, 100, 60_000);
                    FillRun fill = new FillRun(ports, options, simulator.tenant());
                    Job start;
                    if (last != null && last.running()) {
                        start = last.resumed();
                    } else {
                        Preview preview = fill.reader().preview(month, Settings.defaults(), month.atEndOfMonth());
                        List<LocalDate> days = new ArrayList<>();
                        for (DayPlan.Fill day : preview.plan().fills()) {
                            days.add(day.date());
                        }
                        if (days.isEmpty()) {
                            break;
                        }
                        start = Job.started(month, days);
                    }
                    try {
                        last = new FillRun(ports, options, simulator.tenant()).fill(start, Settings.defaults(),
                                month.atEndOfMonth());
                    } catch (WorkerDied e) {
                        last = seen.get(seen.size() - 1);
                        continue;
                    }
                    if (last.error() != null && last.error().code() == RunErrorCode.SESSION_EXPIRED) {
                        tab.signIn();
                    }
                }

                Set<LocalDate> expected = new TreeSet<>(writable);
                expected.remove(edited);
                Map<LocalDate, List<StoredPeriod>> stored = simulator.storedPeriods();
                Map<LocalDate, Integer> saves = new HashMap<>();
                for (LoggedRequest r : simulator.requestLog()) {
                    if (r.method().equals("PUT") && r.status() == 200) {
                        saves.merge(r.date(), 1, Integer::sum);
                    }
                    if (r.overwrote()) {
                        overwritten++;
                    }
                }
                for (LocalDate day : expected) {
                    if (!stored.containsKey(day)) {
                        lost++;
                    } else if (saves.getOrDefault(day, 0) > 1) {
                        duplicated++;
                    }
                    written += stored.containsKey(day) ? 1 : 0;
                }
                assertEquals(1, stored.get(edited).size(), month + ": the hand edit stays alone");
                for (Map.Entry<LocalDate, List<StoredPeriod>> entry : before.entrySet()) {
                    assertEquals(entry.getValue(), stored.get(entry.getKey()), month + ": untouched " + entry.getKey());
                }
            }
        }
        System.out.printf("soak: 12 months, %d runs, %d days written, faults met %s; %d lost, %d duplicated,"
                + " %d overwritten%n", runs, written, faults, lost, duplicated, overwritten);
        assertEquals(0, lost, "days lost");
        assertEquals(0, duplicated, "days written twice");
        assertEquals(0, overwritten, "entries overwritten");
        assertTrue(written > 150, "the soak wrote a year of days: " + written);
    }

    /** Seeded faults for one month, counted by kind. */
    private static void arm(PersonioSimulator simulator, Random random, Map<String, Integer> faults) {
        int n;
        n = 1 + random.nextInt(2);
        simulator.inject429(n, 1, "/svc/attendance-api/");
        faults.merge("429 with Retry-After", n, Integer::sum);
        n = 1 + random.nextInt(2);
        simulator.inject429(n, -1, "/svc/attendance-bff/");
        faults.merge("429 without Retry-After", n, Integer::sum);
        n = 1 + random.nextInt(2);
        simulator.inject500(n, "/svc/attendance-api/v1/days/");
        faults.merge("5xx", n, Integer::sum);
        simulator.injectDisconnect(1, "/svc/attendance-api/validate");
        faults.merge("dropped connection", 1, Integer::sum);
        simulator.injectHang(1, "/svc/attendance-bff/");
        faults.merge("hung answer", 1, Integer::sum);
        simulator.injectLostAnswer(1, "/svc/attendance-api/v1/days/");
        faults.merge("lost save answer", 1, Integer::sum);
        simulator.injectStoredBadGateway(1, "/svc/attendance-api/v1/days/");
        faults.merge("502 after a stored save", 1, Integer::sum);
        faults.merge("hand edit", 1, Integer::sum);
    }
}
