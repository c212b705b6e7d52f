package attendance.run;

import attendance.InputException;
import attendance.export.MonthExport;
import attendance.importing.ImportResult;
import attendance.importing.ImportedDay;
import attendance.importing.Importer;
import attendance.personio.Endpoints;
import attendance.personio.Projects;
import attendance.planning.DayEdit;
import attendance.planning.DayPlan;
import attendance.planning.Digest;
import attendance.planning.MonthPlanner;
import attendance.rules.SettingsCheck;
import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.json.JSONObject;

/**
 * Reads a month, never writing: its plan (of the settings, or of an imported file), the reminder, the company's
 * projects and the export. A read goes without the session refresh's wait; a stale session is refreshed and read once
 * more ({@link PersonioCalls#readJson}). A run reads its month here too, and writes from the {@link MonthRead}.
 */
public final class MonthReader {
    /** Settings that never change a plan: a change of them leaves a plan on screen as good as it was. */
    private static final List<String> NEVER_IN_A_PLAN = List.of("autopilot", "autopilot_delay_days", "autopilot_time",
            "reminder_badge");

    private final PersonioCalls calls;
    private final Redactor redactor;
    private final PlanSources sources;

    MonthReader(PersonioCalls calls, Redactor redactor, PlanSources sources) {
        this.calls = calls;
        this.redactor = redactor;
        this.sources = sources;
    }

    /** A reader of the company's Personio (its subdomain; null not to check the host of answers). */
    public static MonthReader of(Ports ports, RunOptions options, String tenant, PlanSources sources) {
        Redactor redactor = new Redactor();
        return new MonthReader(new PersonioCalls(ports, options, redactor, tenant), redactor, sources);
    }

    /**
     * What a plan was made from: the settings that shape a plan, the company and the employee. A run whose basis is
     * not the shown plan's would write other hours, or for someone else, than the user saw.
     */
    public static String basis(Settings settings, String tenant, long employeeId) {
        JSONObject planned = SettingsCodec.write(settings);
        for (String key : NEVER_IN_A_PLAN) {
            planned.remove(key);
        }
        return Digest.of(planned.toString() + "|" + tenant + "|" + employeeId);
    }

    /**
     * The month's plan, as the popup shows it: who is signed in, the plan, the settings' project as Personio lists
     * it, and the basis.
     *
     * @param tenant the company the plan is for, part of what the plan was made from
     */
    public Preview preview(YearMonth month, Settings settings, LocalDate today, String tenant) {
        Who who = projectsAndWho(settings);
        MonthRead read = read(month, settings, today, who.projects(), who.employeeId());
        return new Preview(read.employeeId(), read.plan(), Projects.find(who.projects(), settings.projectId()),
                basis(settings, tenant, read.employeeId()), read.imported(), Projects.names(who.projects()));
    }

    /** As {@link #preview(YearMonth, Settings, LocalDate, String)}, for no company in particular (tests). */
    public Preview preview(YearMonth month, Settings settings, LocalDate today) {
        return preview(month, settings, today, null);
    }

    /**
     * How many working days before today a plan would fill, read-only with one timesheet read and no session
     * refresh: the current month, and in its first {@link Reminder#FIRST_DAYS} days last month too. The edits count
     * as a plan would take them.
     */
    public Reminder reminder(Settings settings, LocalDate today) {
        calls.requireSignedIn();
        long employeeId = employeeId(settings);
        LocalDate start = Reminder.firstDay(today);
        LocalDate end = today.minusDays(1);
        if (end.isBefore(start)) {
            return new Reminder(List.of());
        }
        Timesheet sheet = parse(calls.readJson(Endpoints.timesheet(employeeId, start, end, settings.timezone())));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate date = start; date.isBefore(today); date = date.plusDays(1)) {
            if (MonthPlanner.decide(date, sheet.day(date), settings, today, sources.edits().get(date),
                    sources.fileOnly()) instanceof DayPlan.Fill) {
                days.add(date);
            }
        }
        return new Reminder(days);
    }

    /** The company's attendance projects, as the session refresh's address lists them, read without the refresh. */
    public List<Projects.Project> projects() {
        calls.requireSignedIn();
        return Projects.all(calls.readJson(Endpoints.PROJECTS));
    }

    /** The month as Personio holds it (projects, who, timesheet), as one table of its records. */
    public MonthExport export(YearMonth month, Settings settings) {
        Who who = projectsAndWho(settings);
        String sheet = calls.readJson(Endpoints.timesheet(who.employeeId(), month.atDay(1), month.atEndOfMonth(),
                settings.timezone()));
        try {
            return MonthExport.of(redactor.clean(sheet), Projects.names(who.projects()));
        } catch (InputException e) {
            throw new RunException(RunErrorCode.BAD_ANSWER, redactor.clean(e.detail()));
        }
    }

    /**
     * Reads the month's timesheet and plans it, with the imported file read into its edits first.
     *
     * @param projectsAnswer the company's projects as {@code /api/v1/projects} answered
     */
    MonthRead read(YearMonth month, Settings settings, LocalDate today, String projectsAnswer, long employeeId) {
        ImportResult imported = readImport(settings, projectsAnswer);
        Map<LocalDate, DayEdit> edits = imported == null ? sources.edits() : fileEdits(imported, month);
        Timesheet sheet = parse(calls.readJson(Endpoints.timesheet(employeeId, month.atDay(1), month.atEndOfMonth(),
                settings.timezone())));
        return new MonthRead(employeeId, MonthPlanner.plan(month, sheet, settings, today, edits,
                sources.fileOnly()), edits, sources.fileOnly(), sheet.projectIdsAsText(), imported, projectsAnswer);
    }

    /**
     * Reads the imported file, if any. A project is the company's active project of exactly that name; other work
     * takes the settings' project. A file that cannot be read is refused ({@code bad_file}, {@code
     * not_detailed_report}, {@code import_empty}; a question still open is {@code bad_file}): nothing of it is planned
     * or written.
     */
    private ImportResult readImport(Settings settings, String projectsAnswer) {
        if (!sources.fileOnly()) {
            return null;
        }
        Map<String, String> byName = new HashMap<>();
        for (Projects.Project p : Projects.all(projectsAnswer)) {
            if (p.active()) {
                byName.putIfAbsent(p.name(), p.id());
            }
        }
        ImportResult imported = Importer.read(sources.importText(), byName, settings.projectId(), sources.answers(),
                SettingsCheck.rulesOf(settings));
        if (!imported.ok()) {
            // A question still open at run time means the file changed since its plan: it is a bad file then.
            RunErrorCode code = imported.refusal() == null ? RunErrorCode.BAD_FILE
                    : RunErrorCode.fromCode(imported.refusal().code());
            throw new RunException(new RunError(code, null, List.of()));
        }
        return imported;
    }

    /**
     * The file's days of this month as edits: each written exactly as the file gives it; a day that breaks a
     * working-time rule left out as {@code breaks_rules}. The user's own edit of a day wins over the file's, and fixes
     * a day the file has breaking a rule.
     */
    private Map<LocalDate, DayEdit> fileEdits(ImportResult imported, YearMonth month) {
        Map<LocalDate, DayEdit> days = new TreeMap<>();
        for (ImportedDay day : imported.days()) {
            if (YearMonth.from(day.date()).equals(month)) {
                days.put(day.date(), DayEdit.exactly(day.date(), day.periods()));
            }
        }
        for (LocalDate date : imported.leftOut()) {
            if (YearMonth.from(date).equals(month)) {
                days.put(date, DayEdit.breakingRules(date));
            }
        }
        days.putAll(sources.importEdits());
        return days;
    }

    /** The company's projects, as {@code /api/v1/projects} answered, and the signed-in employee's id. */
    private record Who(String projects, long employeeId) {
    }

    /**
     * For a signed-in user, the projects and who the user is, read together (neither waits for a session refresh);
     * the timesheet's read, which needs the employee's id, comes after.
     */
    private Who projectsAndWho(Settings settings) {
        calls.requireSignedIn();
        PersonioCalls.Read listed = calls.startRead(Endpoints.PROJECTS);
        PersonioCalls.Read context = calls.startRead(Endpoints.NAVIGATION_CONTEXT);
        String projects = listed.json();
        return new Who(projects, EmployeeId.find(context, calls, settings).id());
    }

    Timesheet parse(String json) {
        try {
            return TimesheetParser.parse(json);
        } catch (InputException e) {
            throw new RunException(RunErrorCode.BAD_ANSWER, redactor.clean(e.detail()));
        }
    }

    long employeeId(Settings settings) {
        return EmployeeId.find(calls, settings).id();
    }
}
