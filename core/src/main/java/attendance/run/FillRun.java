package attendance.run;

import attendance.InputException;
import attendance.personio.DayWrite;
import attendance.personio.Endpoints;
import attendance.personio.Projects;
import attendance.personio.SessionFacts;
import attendance.personio.ValidationAnswer;
import attendance.planning.DayPlan;
import attendance.planning.MonthPlan;
import attendance.planning.MonthPlanner;
import attendance.settings.Settings;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Previews and fills a month. The timesheet is read again right before writing, and only days that are still empty
 * are written, each as: refresh the session, validate, save. Days start at least a pace apart; a refused day fails
 * alone, unless Personio fails three days in a row; an expired session stops the run at once; cancelling stops after
 * the day in flight.
 */
public final class FillRun {
    /** Personio failing this many days in a row is down, not refusing days: the run stops rather than go on failing. */
    static final int MAX_FAULTY_DAYS_IN_A_ROW = 3;

    private final Ports ports;
    private final RunOptions options;
    private final Redactor redactor = new Redactor();
    private final PersonioCalls calls;

    public FillRun(Ports ports, RunOptions options) {
        this.ports = ports;
        this.options = options;
        this.calls = new PersonioCalls(ports, options, redactor);
    }

    public Preview preview(YearMonth month, Settings settings, LocalDate today) {
        calls.requireSignedIn();
        String projects = calls.refresh();
        long employeeId = employeeId(settings);
        return new Preview(employeeId, readPlan(month, settings, today, employeeId),
                Projects.find(projects, settings.projectId()));
    }

    /**
     * Fills the month. A run that cannot start stops with its error, and the confirmed days are not reached.
     *
     * @param confirmed the days the user saw planned for filling; null to take the fresh plan as it is
     */
    public RunSummary fill(YearMonth month, Settings settings, LocalDate today, Set<LocalDate> confirmed) {
        long employeeId;
        MonthPlan plan;
        try {
            calls.requireSignedIn();
            calls.refresh();
            employeeId = employeeId(settings);
            plan = readPlan(month, settings, today, employeeId);
        } catch (RunException e) {
            return RunSummary.notStarted(month, confirmed, e);
        }

        Map<LocalDate, DayResult> results = new LinkedHashMap<>();
        List<DayPlan.Fill> targets = new ArrayList<>();
        for (DayPlan day : plan.days()) {
            if (day instanceof DayPlan.Fill fill && (confirmed == null || confirmed.contains(day.date()))) {
                targets.add(fill);
            } else if (day instanceof DayPlan.Skip skip) {
                // A day the user confirmed that is no longer fillable keeps the fresh reason, has_entries above all.
                results.put(day.date(), new DayResult(day.date(), DayOutcome.SKIPPED, skip.reason(), null));
            } else {
                // Fillable now, but the user was not shown it as planned: it is left alone.
                results.put(day.date(), new DayResult(day.date(), DayOutcome.SKIPPED, null, null));
            }
        }

        RunState state = RunState.DONE;
        RunException stop = null;
        long lastStart = Long.MIN_VALUE;
        int done = 0;
        int faultsInARow = 0;
        for (DayPlan.Fill target : targets) {
            if (ports.cancelled().getAsBoolean() || !waitForPace(lastStart)) {
                state = RunState.CANCELLED;
                break;
            }
            lastStart = ports.clock().millis();
            ports.progress().accept(new ProgressEvent(target.date(), DayOutcome.WRITING, null, done, targets.size()));
            DayResult result = null;
            try {
                result = write(target, employeeId);
                faultsInARow = 0;
            } catch (RunException e) {
                if (e.code() == RunErrorCode.PERSONIO_UNAVAILABLE) {
                    result = new DayResult(target.date(), DayOutcome.FAILED, null, e.detail());
                    faultsInARow++;
                }
                if (e.code() != RunErrorCode.PERSONIO_UNAVAILABLE || faultsInARow >= MAX_FAULTY_DAYS_IN_A_ROW) {
                    stop = e;
                }
            }
            if (result != null) {
                results.put(target.date(), result);
                done++;
                ports.progress().accept(new ProgressEvent(target.date(), result.outcome(), result.message(), done,
                        targets.size()));
            }
            if (stop != null) {
                state = RunState.STOPPED;
                break;
            }
        }
        for (DayPlan.Fill target : targets) {
            results.putIfAbsent(target.date(), new DayResult(target.date(), DayOutcome.NOT_REACHED, null, null));
        }
        return summary(month, state, new ArrayList<>(results.values()), stop);
    }

    private static RunSummary summary(YearMonth month, RunState state, List<DayResult> days, RunException stop) {
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return new RunSummary(month, state, days, stop == null ? null : stop.code(),
                stop == null ? null : stop.detail());
    }

    /** Reads the month's timesheet, right after a refresh, and plans it. */
    private MonthPlan readPlan(YearMonth month, Settings settings, LocalDate today, long employeeId) {
        String json = calls.getJson(Endpoints.timesheet(employeeId, month.atDay(1), month.atEndOfMonth(),
                settings.timezone()));
        Timesheet sheet;
        try {
            sheet = TimesheetParser.parse(json);
        } catch (InputException e) {
            throw new RunException(RunErrorCode.BAD_ANSWER, redactor.clean(e.getMessage()));
        }
        return MonthPlanner.plan(month, sheet, settings, today);
    }

    /** The settings' override, else the navigation context, else the {@code product_language} cookie. */
    private long employeeId(Settings settings) {
        if (settings.employeeId() != null) {
            return settings.employeeId();
        }
        try {
            return SessionFacts.employeeIdFromContext(calls.getJson(Endpoints.NAVIGATION_CONTEXT));
        } catch (RunException e) {
            if (e.code() == RunErrorCode.SESSION_EXPIRED) {
                throw e;
            }
        } catch (InputException e) {
            // The context is only the first place to look.
        }
        Long fromCookie = SessionFacts.employeeIdFromLanguageCookie(calls.cookie(Endpoints.LANGUAGE_COOKIE));
        if (fromCookie == null) {
            throw new RunException(RunErrorCode.NO_EMPLOYEE_ID,
                    "neither the navigation context nor the product_language cookie names the employee");
        }
        return fromCookie;
    }

    /** Waits until a pace has passed since the last day started; false when cancelled meanwhile. */
    private boolean waitForPace(long lastStart) {
        if (lastStart == Long.MIN_VALUE) {
            return true;
        }
        long due = lastStart + options.paceMillis() + options.paceMarginMillis();
        long now = ports.clock().millis();
        while (now < due) {
            if (ports.cancelled().getAsBoolean()) {
                return false;
            }
            ports.clock().sleep(Math.min(100, due - now));
            now = ports.clock().millis();
        }
        return true;
    }

    private DayResult write(DayPlan.Fill day, long employeeId) {
        List<String> periodIds = new ArrayList<>();
        for (int i = 0; i < day.periods().size(); i++) {
            periodIds.add(ports.ids().get());
        }
        String dayId = day.dayId() != null ? day.dayId() : ports.ids().get();

        calls.refresh();
        HttpResponse validation = calls.send("POST", Endpoints.VALIDATE,
                DayWrite.validateBody(employeeId, dayId, day.periods(), periodIds));
        if (!validation.ok()) {
            return failed(day, calls.describe(validation));
        }
        ValidationAnswer answer;
        try {
            answer = ValidationAnswer.parse(validation.body());
        } catch (InputException e) {
            return failed(day, redactor.clean(e.getMessage()));
        }
        if (!answer.valid()) {
            return failed(day, redactor.clean(String.join("; ", answer.errors())));
        }
        HttpResponse save = calls.send("PUT", Endpoints.day(dayId),
                DayWrite.saveBody(employeeId, day.periods(), periodIds));
        if (!save.ok()) {
            return failed(day, calls.describe(save));
        }
        return new DayResult(day.date(), DayOutcome.FILLED, null, null);
    }

    private static DayResult failed(DayPlan.Fill day, String message) {
        return new DayResult(day.date(), DayOutcome.FAILED, null, message);
    }
}
