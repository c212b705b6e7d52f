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
import attendance.planning.PlannedPeriod;
import attendance.settings.Settings;
import attendance.text.Message;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Previews and fills a month. The timesheet is read again right before writing, and only days that are still empty
 * are written, each as: refresh the session, validate, save. Days start at least a pace apart; a refused day fails
 * alone, unless Personio fails three days in a row; an expired session stops the run at once; cancelling stops after
 * the day in flight. Every step is a transition of the {@link Job}, which the progress port receives.
 */
public final class FillRun {
    /** Personio failing this many days in a row is down, not refusing days: the run stops rather than go on failing. */
    static final int MAX_FAULTY_DAYS_IN_A_ROW = 3;

    private final Ports ports;
    private final RunOptions options;
    private final Redactor redactor = new Redactor();
    private final PersonioCalls calls;
    private Job job;

    /** @param tenant the company's subdomain; every answer must come from its host (null not to check) */
    public FillRun(Ports ports, RunOptions options, String tenant) {
        this.ports = ports;
        this.options = options;
        this.calls = new PersonioCalls(ports, options, redactor, tenant);
    }

    public FillRun(Ports ports, RunOptions options) {
        this(ports, options, null);
    }

    public Preview preview(YearMonth month, Settings settings, LocalDate today) {
        calls.requireSignedIn();
        String projects = calls.refresh();
        long employeeId = employeeId(settings);
        return new Preview(employeeId, readPlan(month, settings, today, employeeId),
                Projects.find(projects, settings.projectId()));
    }

    /** Fills the month from a job just started with the days the user confirmed; returns the job as it ended. */
    public Job fill(Job started, Settings settings, LocalDate today) {
        job = started;
        long employeeId;
        MonthPlan fresh;
        try {
            calls.requireSignedIn();
            calls.refresh();
            employeeId = employeeId(settings);
            fresh = readPlan(started.month(), settings, today, employeeId);
            emit(job.planned(fresh));
        } catch (RunException e) {
            return emit(job.ended(RunState.STOPPED, e.error()));
        }

        long lastStart = Long.MIN_VALUE;
        int faultsInARow = 0;
        for (DayResult target : job.pending()) {
            if (cancelled() || !waitForPace(lastStart)) {
                return emit(job.ended(RunState.CANCELLED, null));
            }
            lastStart = ports.clock().millis();
            emit(job.writing(target.date()));
            try {
                Message refusal = write((DayPlan.Fill) fresh.day(target.date()), employeeId);
                emit(job.dayEnded(target.date(), refusal == null ? DayOutcome.FILLED : DayOutcome.FAILED, refusal));
                faultsInARow = 0;
            } catch (RunException e) {
                if (e.code() != RunErrorCode.PERSONIO_UNAVAILABLE) {
                    return emit(job.ended(RunState.STOPPED, e.error()));
                }
                emit(job.dayEnded(target.date(), DayOutcome.FAILED, e.error().detail()));
                faultsInARow++;
                if (faultsInARow >= MAX_FAULTY_DAYS_IN_A_ROW) {
                    return emit(job.ended(RunState.STOPPED, e.error()));
                }
            }
        }
        return emit(job.ended(RunState.DONE, null));
    }

    private Job emit(Job next) {
        job = next;
        ports.progress().accept(next);
        return next;
    }

    /** Whether the user asked to stop; the first time, the job says so. */
    private boolean cancelled() {
        boolean asked = ports.cancelled().getAsBoolean();
        if (asked && !job.cancelling()) {
            emit(job.cancelRequested());
        }
        return asked;
    }

    /** Reads the month's timesheet, right after a refresh, and plans it. */
    private MonthPlan readPlan(YearMonth month, Settings settings, LocalDate today, long employeeId) {
        String json = calls.getJson(Endpoints.timesheet(employeeId, month.atDay(1), month.atEndOfMonth(),
                settings.timezone()));
        Timesheet sheet;
        try {
            sheet = TimesheetParser.parse(json);
        } catch (InputException e) {
            throw new RunException(RunErrorCode.BAD_ANSWER, redactor.clean(e.detail()));
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
            throw new RunException(RunErrorCode.NO_EMPLOYEE_ID);
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
            if (cancelled()) {
                return false;
            }
            ports.clock().sleep(Math.min(100, due - now));
            now = ports.clock().millis();
        }
        return true;
    }

    /** Writes one day; returns null when it was saved, or why Personio refused it. */
    private Message write(DayPlan.Fill day, long employeeId) {
        List<PlannedPeriod> periods = day.periods();
        List<String> periodIds = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            periodIds.add(ports.ids().get());
        }
        String dayId = day.dayId() != null ? day.dayId() : ports.ids().get();

        calls.refresh();
        HttpResponse validation = calls.send("POST", Endpoints.VALIDATE,
                DayWrite.validateBody(employeeId, dayId, periods, periodIds));
        if (!validation.ok()) {
            return calls.describe(validation);
        }
        ValidationAnswer answer;
        try {
            answer = ValidationAnswer.parse(validation.body());
        } catch (InputException e) {
            return redactor.clean(e.detail());
        }
        if (!answer.valid()) {
            return redactor.clean(answer.refusal());
        }
        HttpResponse save = calls.send("PUT", Endpoints.day(dayId), DayWrite.saveBody(employeeId, periods, periodIds));
        return save.ok() ? null : calls.describe(save);
    }
}
