package attendance.run;

import attendance.InputException;
import attendance.importing.ImportAnswers;
import attendance.personio.DayWrite;
import attendance.personio.Endpoints;
import attendance.personio.PersonioError;
import attendance.personio.Projects;
import attendance.personio.SaveAnswer;
import attendance.personio.ValidationAnswer;
import attendance.planning.DayEdit;
import attendance.planning.DayPlan;
import attendance.planning.PlannedPeriod;
import attendance.settings.Settings;
import attendance.text.Message;
import attendance.text.MessageCode;
import attendance.timesheet.Timecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Fills a month: the writer. The month is read by a {@link MonthReader} right before writing, and the run writes from
 * that {@link MonthRead}: only days that are still empty are written, each as: refresh the session, read the day
 * again, validate, save. Days start at least a pace apart; a refused day fails alone, unless Personio fails three days
 * in a row; an expired session stops the run at once; cancelling stops after the day in flight. Every step is a
 * transition of the {@link Job}, which the progress port receives. Reads alone go through {@link #reader()}.
 */
public final class FillRun {
    /** Personio failing this many days in a row is down, not refusing days: the run stops rather than go on failing. */
    static final int MAX_FAULTY_DAYS_IN_A_ROW = 3;

    private final Ports ports;
    private final RunOptions options;
    private final String tenant;
    private final PlanSources sources;
    private final Redactor redactor = new Redactor();
    private final PersonioCalls calls;

    /** @param tenant the company's subdomain; every answer must come from its host (null not to check) */
    public FillRun(Ports ports, RunOptions options, String tenant) {
        this(ports, options, tenant, PlanSources.NONE);
    }

    public FillRun(Ports ports, RunOptions options) {
        this(ports, options, null);
    }

    private FillRun(Ports ports, RunOptions options, String tenant, PlanSources sources) {
        this.ports = ports;
        this.options = options;
        this.tenant = tenant;
        this.sources = sources;
        this.calls = new PersonioCalls(ports, options, redactor, tenant);
    }

    /** A run that plans and writes the days the user changed in the plan as they changed them. */
    public FillRun withEdits(Map<LocalDate, DayEdit> dayEdits) {
        return new FillRun(ports, options, tenant, PlanSources.edited(dayEdits));
    }

    /**
     * A run of the file's days instead of the settings': a day of the month the file gives is written with exactly
     * its periods, where every check allows it (never over an entry); a day it does not give is never filled. The
     * file is read with the company's projects once the session refresh lists them.
     */
    public FillRun withImport(String fileText) {
        return withImport(fileText, ImportAnswers.NONE);
    }

    /** As {@link #withImport(String)}, with what the user answered about the file. */
    public FillRun withImport(String fileText, ImportAnswers answers) {
        return withImport(fileText, answers, Map.of());
    }

    /**
     * As {@link #withImport(String, ImportAnswers)}, with the user's edits of the file's days: an edited day is
     * planned with its edit instead of the file's periods (a day left out for a broken rule among them).
     */
    public FillRun withImport(String fileText, ImportAnswers answers, Map<LocalDate, DayEdit> userEdits) {
        return new FillRun(ports, options, tenant, PlanSources.imported(fileText, answers, userEdits));
    }

    /** The reader of this run's month, on the same calls (one session state, one redactor). */
    public MonthReader reader() {
        return new MonthReader(calls, redactor, sources);
    }

    /** Fills the month from a job just started, held to nothing but the days it confirms (tests). */
    public Job fill(Job started, Settings settings, LocalDate today) {
        return fill(started, settings, today, null, null);
    }

    /**
     * Fills the month from a job just started with the days the user confirmed; returns the job as it ended.
     *
     * @param planTenant  the company, part of the basis
     * @param shownBasis  the basis of the plan the user was shown; null not to hold the run to one
     */
    public Job fill(Job started, Settings settings, LocalDate today, String planTenant, String shownBasis) {
        return new Writing(started).run(settings, today, planTenant, shownBasis);
    }

    /**
     * Why Personio refused a day, in its words; a project closed to the employee is named, so that the user knows
     * which one to change (the project is never dropped on the product's own).
     */
    private Message refusal(HttpResponse response, List<PlannedPeriod> periods, String projectsAnswer) {
        if (PersonioError.projectNotTrackable(response.body())) {
            for (PlannedPeriod p : periods) {
                if (p.projectId() != null) {
                    Projects.Project project = Projects.find(projectsAnswer, p.projectId());
                    return Message.of(MessageCode.PROJECT_NOT_TRACKABLE,
                            project.known() ? project.name() : p.projectId(), p.projectId());
                }
            }
        }
        return calls.describe(response);
    }

    /**
     * One run's writing: the job as it stands, which every transition replaces and emits. It lives for one call of
     * {@link #fill}; the run itself keeps no job.
     */
    private final class Writing {
        private Job job;

        Writing(Job started) {
            this.job = started;
        }

        Job run(Settings settings, LocalDate today, String planTenant, String shownBasis) {
            try {
                return fillDays(settings, today, planTenant, shownBasis);
            } catch (RunException e) {
                return emit(job.ended(RunState.STOPPED, e.error()));
            } catch (PersonioCalls.Cancelled e) {
                // Cancelled before the first day: while the month was read, nothing was written.
                return emit(job.ended(RunState.CANCELLED, null));
            } catch (RuntimeException e) {
                // A defect of the core's own: the run stops, and what it did so far stays told.
                return emit(job.ended(RunState.STOPPED, RunError.of(RunErrorCode.INTERNAL)));
            }
        }

        private Job fillDays(Settings settings, LocalDate today, String planTenant, String shownBasis) {
            // A run taken up again keeps the pace from the last request its lost worker sent.
            Long resumedFrom = job.activeAt();
            calls.requireSignedIn();
            String projectsAnswer = calls.refresh();
            MonthReader reader = reader();
            long employeeId = reader.employeeId(settings);
            if (shownBasis != null && !shownBasis.equals(MonthReader.basis(settings, planTenant, employeeId))) {
                throw new RunException(RunErrorCode.PLAN_CHANGED);
            }
            // What to write, read once and never changed: the writes below are held to it.
            MonthRead month = reader.read(job.month(), settings, today, projectsAnswer, employeeId);
            emit(job.planned(month.plan()));

            long lastStart = Long.MIN_VALUE;
            RunError lastFailure = null;
            int sameFailures = 0;
            for (DayResult target : job.pending()) {
                try {
                    boolean paced = lastStart == Long.MIN_VALUE && resumedFrom != null ? waitAfterResume(resumedFrom)
                            : waitForPace(lastStart);
                    if (cancelled() || !paced) {
                        return emit(job.ended(RunState.CANCELLED, null));
                    }
                    lastStart = ports.clock().millis();
                    calls.beginDay();
                    emit(job.writing(target.date()));
                    RunError failure = writeDay(target, settings, today, month);
                    if (failure == null) {
                        sameFailures = 0;
                        lastFailure = null;
                        continue;
                    }
                    sameFailures = failure.equals(lastFailure) ? sameFailures + 1 : 1;
                    lastFailure = failure;
                } catch (PersonioCalls.Cancelled e) {
                    if (e.saveInFlight()) {
                        // The save was abandoned on its way: it may still land, which the next plan's read will show.
                        emit(job.dayEnded(target.date(), DayOutcome.FAILED,
                                Message.of(MessageCode.CANCELLED_IN_FLIGHT)));
                    } else {
                        // Nothing of the day was saved: a cancel that came during a wait or a read.
                        emit(job.dayEnded(target.date(), DayOutcome.NOT_REACHED, null));
                    }
                    return emit(job.ended(RunState.CANCELLED, null));
                }
                if (sameFailures >= MAX_FAULTY_DAYS_IN_A_ROW) {
                    return emit(job.ended(RunState.STOPPED, lastFailure));
                }
            }
            return emit(job.ended(RunState.DONE, null));
        }

        /**
         * One day, on its own: read it again right after the session refresh, write it only if it would still be
         * written as shown, and end it as filled, failed or changed. Returns why it failed, as the error three such
         * days in a row stop the run with; or null. Anything but a stopping error fails this day alone.
         */
        private RunError writeDay(DayResult target, Settings settings, LocalDate today, MonthRead month) {
            RunError failure;
            try {
                Timecard card = readDay(target.date(), settings, month);
                if (target.landedIn(card)) {
                    // A write of this run whose answer was lost landed after all (Personio may have added a break).
                    emit(job.dayEnded(target.date(), DayOutcome.FILLED, null));
                    return null;
                }
                DayPlan now = month.decide(target.date(), card, settings, today);
                DayPlan.Fill fill = target.asShown(now);
                if (fill == null) {
                    emit(job.dayChanged(target.date(), now));
                    return null;
                }
                failure = writeOrFailure(fill, month);
            } catch (RunException e) {
                if (e.code() != RunErrorCode.PERSONIO_UNAVAILABLE) {
                    throw e;
                }
                failure = afterLostSave(target, settings, today, month, e.error());
            } catch (PersonioCalls.Cancelled e) {
                throw e;
            } catch (RuntimeException e) {
                failure = RunError.of(RunErrorCode.REPEATED_FAILURE, Message.of(MessageCode.UNEXPECTED));
            }
            emit(job.dayEnded(target.date(), failure == null ? DayOutcome.FILLED : DayOutcome.FAILED,
                    failure == null ? null : failure.detail()));
            return failure;
        }

        /** One day's card, read on its own after the day's refresh; null when Personio sent none for it. */
        private Timecard readDay(LocalDate date, Settings settings, MonthRead month) {
            calls.refresh();
            return reader().parse(calls.getJson(Endpoints.timesheet(month.employeeId(), date, date,
                    settings.timezone()))).day(date);
        }

        /**
         * After a day's write got no answer, one more read of the day tells what happened: the save landed after all
         * (filled), or the day is still empty and as shown, and is written once more; anything else fails the day with
         * the first error.
         */
        private RunError afterLostSave(DayResult target, Settings settings, LocalDate today, MonthRead month,
                RunError error) {
            DayResult day = job.day(target.date());
            if (!day.sent() || !calls.saveUnanswered()) {
                return error;
            }
            try {
                Timecard card = readDay(target.date(), settings, month);
                if (day.landedIn(card)) {
                    return null;
                }
                DayPlan.Fill fill = day.asShown(month.decide(target.date(), card, settings, today));
                if (fill != null) {
                    return writeOrFailure(fill, month);
                }
            } catch (RunException e) {
                // The first error says more than this one.
            }
            return error;
        }

        /** Writes the day; null when it was saved, else the error three such days in a row stop the run with. */
        private RunError writeOrFailure(DayPlan.Fill fill, MonthRead month) {
            Message refusal = write(fill, month);
            return refusal == null ? null : RunError.of(RunErrorCode.REPEATED_FAILURE, refusal);
        }

        private Job emit(Job next) {
            if (calls.lastSentEpoch() != Long.MIN_VALUE) {
                next = next.activeAt(calls.lastSentEpoch());
            }
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

        /**
         * Waits until a pace has passed since the last day started; after a day that was retried, or whose last request
         * went out more than half a pace after it started (a slow answer), a full pace after that request. False when
         * cancelled meanwhile.
         */
        private boolean waitForPace(long lastStart) {
            if (lastStart == Long.MIN_VALUE) {
                return true;
            }
            long pace = options.paceMillis() + options.paceMarginMillis();
            long due = lastStart + pace;
            if (calls.retried() || calls.lastSentAt() - lastStart > options.paceMillis() / 2) {
                due = Math.max(due, calls.lastSentAt() + pace);
            }
            return sleepUntil(due, ports.clock()::millis);
        }

        /**
         * The first day of a run taken up again starts a full pace after the last request its lost worker sent, by the
         * wall clock (the worker's own clock started anew). False when cancelled meanwhile.
         */
        private boolean waitAfterResume(long lastSentEpoch) {
            return sleepUntil(lastSentEpoch + options.paceMillis() + options.paceMarginMillis(),
                    ports.clock()::epochMillis);
        }

        /** Sleeps until {@code due} by the given clock, looking for a cancel every 100 ms; false when cancelled. */
        private boolean sleepUntil(long due, LongSupplier clock) {
            long now = clock.getAsLong();
            while (now < due) {
                if (cancelled()) {
                    return false;
                }
                ports.clock().sleep(Math.min(100, due - now));
                now = clock.getAsLong();
            }
            return true;
        }

        /** Writes one day; returns null when it was saved, or why Personio refused it. */
        private Message write(DayPlan.Fill day, MonthRead month) {
            long employeeId = month.employeeId();
            boolean projectIdsAsText = month.projectIdsAsText();
            List<PlannedPeriod> periods = day.periods();
            List<String> periodIds = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                periodIds.add(ports.ids().get());
            }
            String dayId = day.dayId() != null ? day.dayId() : ports.ids().get();
            List<String> ids = new ArrayList<>(List.of(dayId));
            ids.addAll(periodIds);
            emit(job.sending(day.date(), ids));

            // The day's refresh came before its read, and serves the validation and the save too.
            HttpResponse validation = calls.send("POST", Endpoints.VALIDATE,
                    DayWrite.validateBody(employeeId, dayId, periods, periodIds, projectIdsAsText));
            if (!validation.ok()) {
                return refusal(validation, periods, month.projectsAnswer());
            }
            ValidationAnswer answer;
            try {
                answer = ValidationAnswer.parse(redactor.clean(validation.body()));
            } catch (InputException e) {
                return redactor.clean(e.detail());
            }
            if (!answer.valid()) {
                return answer.refusal();
            }
            HttpResponse save = calls.send("PUT", Endpoints.day(dayId),
                    DayWrite.saveBody(employeeId, periods, periodIds, projectIdsAsText));
            if (!save.ok()) {
                return refusal(save, periods, month.projectsAnswer());
            }
            // Two clients treat a 2xx whose body says "success": false as a failure; so do we.
            return SaveAnswer.confirmed(save.body()) ? null : SaveAnswer.refusal(redactor.clean(save.body()));
        }
    }
}
