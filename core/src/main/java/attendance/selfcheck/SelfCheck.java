package attendance.selfcheck;

import attendance.InputException;
import attendance.json.Fields;
import attendance.personio.DayWrite;
import attendance.personio.Endpoints;
import attendance.personio.Projects;
import attendance.personio.ValidationAnswer;
import attendance.planning.DayPlan;
import attendance.planning.MonthPlanner;
import attendance.run.EmployeeId;
import attendance.run.HttpResponse;
import attendance.run.PersonioCalls;
import attendance.run.Ports;
import attendance.run.RunException;
import attendance.run.RunOptions;
import attendance.settings.Settings;
import attendance.timesheet.Timecard;
import attendance.timesheet.Timesheet;
import attendance.timesheet.TimesheetFields;
import attendance.timesheet.TimesheetParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks, read-only, each fact the product relies on in a company's Personio, asking it what a run asks and the same
 * way ({@link PersonioCalls}): the session cookies by name, the XSRF header, the employee id, the month's timesheet
 * and the projects list; and, only when the user asks, one validation of an empty past working day, which saves
 * nothing. A check that needs an earlier one to pass is not checked when it did not, and asks nothing of Personio.
 */
public final class SelfCheck {
    private final Ports ports;
    private final String tenant;
    private final PersonioCalls calls;

    /**
     * The checks and the day the validate check would send for: the latest empty past working day of this month, or
     * else of the last; null when there is none, or the month's timesheet could not be read at all.
     */
    public record Outcome(List<Finding> findings, DayPlan.Fill validateDay) {
        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** @param tenant the company's subdomain; every answer must come from its host */
    public SelfCheck(Ports ports, RunOptions options, String tenant) {
        this.ports = ports;
        this.tenant = tenant;
        this.calls = new PersonioCalls(ports, options, tenant);
    }

    /** Every check but the validation, in {@link Check} order. */
    public Outcome run(Settings settings, LocalDate today, List<OpenTab> tabs) {
        Finding cookies = guarded(Check.COOKIES, this::cookies);
        Finding xsrf = notChecked(Check.XSRF, Check.COOKIES);
        Finding employee = notChecked(Check.EMPLOYEE, Check.COOKIES);
        Finding timesheet = notChecked(Check.TIMESHEET, Check.COOKIES);
        Finding projects = notChecked(Check.PROJECTS, Check.COOKIES);
        DayPlan.Fill day = null;
        if (cookies.result() != Result.FAIL) {
            HttpResponse[] refresh = new HttpResponse[1];
            xsrf = guarded(Check.XSRF, () -> {
                refresh[0] = calls.refreshOnce();
                return xsrf(refresh[0]);
            });
            boolean sessionWorks = xsrf.result() == Result.PASS;
            projects = sessionWorks ? guarded(Check.PROJECTS, () -> projects(refresh[0].body()))
                    : notChecked(Check.PROJECTS, Check.XSRF);
            employee = notChecked(Check.EMPLOYEE, Check.XSRF);
            timesheet = notChecked(Check.TIMESHEET, Check.XSRF);
            if (sessionWorks) {
                EmployeeId[] id = new EmployeeId[1];
                employee = guarded(Check.EMPLOYEE, () -> {
                    id[0] = EmployeeId.find(calls, settings);
                    return Finding.of(Check.EMPLOYEE, switch (id[0].source()) {
                        case CONTEXT -> CheckCode.EMPLOYEE_FROM_CONTEXT;
                        case SETTINGS -> CheckCode.EMPLOYEE_FROM_SETTINGS;
                        case COOKIE -> CheckCode.EMPLOYEE_FROM_COOKIE;
                    });
                });
                timesheet = notChecked(Check.TIMESHEET, Check.EMPLOYEE);
                if (id[0] != null) {
                    Timesheet[] sheet = new Timesheet[1];
                    YearMonth month = YearMonth.from(today);
                    timesheet = guarded(Check.TIMESHEET, () -> {
                        String json = calls.getJson(monthPath(id[0].id(), month, settings));
                        return timesheet(json, month, sheet);
                    });
                    if (sheet[0] != null) {
                        day = emptyDay(sheet[0], month, settings, today, id[0].id());
                    }
                }
            }
        }
        return new Outcome(List.of(cookies, xsrf, employee, timesheet, projects, tab(tenant, tabs)), day);
    }

    /**
     * What a run would be told without knowing the company: the user is not signed in, or signed in to a Personio
     * whose address was never seen. Nothing is asked of any Personio.
     */
    public static List<Finding> withoutCompany(boolean signedIn, List<OpenTab> tabs) {
        return List.of(Finding.of(Check.COOKIES, signedIn ? CheckCode.COMPANY_UNKNOWN : CheckCode.NOT_SIGNED_IN),
                notChecked(Check.XSRF, Check.COOKIES), notChecked(Check.EMPLOYEE, Check.COOKIES),
                notChecked(Check.TIMESHEET, Check.COOKIES), notChecked(Check.PROJECTS, Check.COOKIES),
                tab(null, tabs));
    }

    /**
     * Validates the day the checks showed, unless it changed since (then nothing is sent): a POST from a Personio tab
     * of the company, as a run sends it, which saves nothing. It passes when Personio answers in a known shape.
     *
     * @param date   the shown day; null when none was shown, and then nothing is sent
     * @param digest the shown day's digest: exactly what was shown is sent, or nothing
     */
    public Finding validate(Settings settings, LocalDate today, LocalDate date, String digest) {
        if (date == null) {
            return Finding.of(Check.VALIDATE, CheckCode.NO_EMPTY_DAY);
        }
        return guarded(Check.VALIDATE, () -> {
            calls.requireSignedIn();
            long employeeId = EmployeeId.find(calls, settings).id();
            Timesheet sheet = TimesheetParser.parse(calls.getJson(Endpoints.timesheet(employeeId, date, date,
                    settings.timezone())));
            Timecard card = sheet.day(date);
            DayPlan now = MonthPlanner.decide(date, card, settings, today);
            if (!date.isBefore(today) || !(now instanceof DayPlan.Fill fill) || !fill.digest().equals(digest)) {
                return Finding.of(Check.VALIDATE, CheckCode.DAY_CHANGED);
            }
            List<String> periodIds = new ArrayList<>();
            for (int i = 0; i < fill.periods().size(); i++) {
                periodIds.add(ports.ids().get());
            }
            String dayId = fill.dayId() != null ? fill.dayId() : ports.ids().get();
            HttpResponse answer = calls.send("POST", Endpoints.VALIDATE,
                    DayWrite.validateBody(employeeId, dayId, fill.periods(), periodIds, sheet.projectIdsAsText()));
            return validation(answer);
        });
    }

    /** Judges a validation's answer: a known shape passes, whatever its verdict on the day. */
    private Finding validation(HttpResponse answer) {
        String status = Integer.toString(answer.status());
        if (answer.status() == 403) {
            return Finding.of(Check.VALIDATE, CheckCode.VALIDATE_FORBIDDEN, status);
        }
        if (!answer.ok()) {
            return Finding.of(Check.VALIDATE, CheckCode.VALIDATE_ERROR, status).withDetail(calls.describe(answer));
        }
        ValidationAnswer read;
        try {
            read = ValidationAnswer.parse(answer.body());
        } catch (InputException e) {
            return Finding.of(Check.VALIDATE, CheckCode.VALIDATE_UNKNOWN_SHAPE, status)
                    .withDetail(calls.clean(e.detail()));
        }
        if (read.valid()) {
            return Finding.of(Check.VALIDATE, CheckCode.VALIDATE_KNOWN_SHAPE, read.shape().code());
        }
        return Finding.of(Check.VALIDATE, CheckCode.VALIDATE_REFUSED, read.shape().code())
                .withDetail(calls.clean(read.refusal()));
    }

    /** The session's cookies by name: the three a session needs, and {@code product_language}, the fallback. */
    private Finding cookies() {
        Set<String> present = calls.presentCookies();
        List<String> missing = new ArrayList<>();
        for (String name : Endpoints.REQUIRED_COOKIES) {
            if (!present.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return Finding.of(Check.COOKIES, CheckCode.COOKIES_MISSING).withFields(missing);
        }
        return Finding.of(Check.COOKIES, present.contains(Endpoints.LANGUAGE_COOKIE) ? CheckCode.COOKIES_PRESENT
                : CheckCode.COOKIES_NO_LANGUAGE);
    }

    /** The session refresh, which carries the XSRF header, as it came back. */
    private Finding xsrf(HttpResponse answer) {
        String status = Integer.toString(answer.status());
        if (answer.status() == 403) {
            return Finding.of(Check.XSRF, CheckCode.XSRF_REFUSED, status);
        }
        if (answer.status() == 429 || answer.status() >= 500 || answer.status() == 0) {
            return Finding.of(Check.XSRF, CheckCode.UNAVAILABLE).withDetail(calls.describe(answer));
        }
        if (calls.sessionGone(answer)) {
            return Finding.of(Check.XSRF, CheckCode.SESSION_EXPIRED);
        }
        if (!answer.ok()) {
            return Finding.of(Check.XSRF, CheckCode.XSRF_REFUSED, status).withDetail(calls.describe(answer));
        }
        if (!Fields.isJson(answer.body())) {
            return Finding.of(Check.XSRF, CheckCode.BAD_ANSWER);
        }
        return Finding.of(Check.XSRF, CheckCode.XSRF_ACCEPTED, status);
    }

    private Finding projects(String answer) {
        List<Projects.Project> list;
        try {
            list = Projects.strict(answer);
        } catch (InputException e) {
            return broken(Check.PROJECTS, CheckCode.PROJECTS_BROKEN, e);
        }
        int unnamed = 0;
        for (Projects.Project p : list) {
            unnamed += p.name() == null ? 1 : 0;
        }
        String count = Integer.toString(list.size());
        return unnamed == 0 ? Finding.of(Check.PROJECTS, CheckCode.PROJECTS_PARSED, count)
                : Finding.of(Check.PROJECTS, CheckCode.PROJECTS_UNNAMED, count, Integer.toString(unnamed));
    }

    /**
     * The month's timesheet, parsed as a plan parses it: an answer that cannot be read, or cards that lack a field
     * that decides a day, fail and name the fields; fields the product does not know pass and are listed.
     */
    private Finding timesheet(String json, YearMonth month, Timesheet[] parsed) {
        Timesheet sheet;
        try {
            sheet = TimesheetParser.parse(json);
        } catch (InputException e) {
            return broken(Check.TIMESHEET, CheckCode.TIMESHEET_BROKEN, e);
        }
        Set<String> unreadable = new TreeSet<>();
        int unreadableCards = 0;
        int cards = 0;
        for (Timecard card : sheet.timecards()) {
            if (card.unreadable() != null) {
                unreadableCards++;
                unreadable.add(withoutIndices(card.unreadable()));
            }
            cards += YearMonth.from(card.date()).equals(month) ? 1 : 0;
        }
        // The planner leaves unreadable days alone, so the others may still offer a day to validate.
        parsed[0] = sheet;
        if (unreadableCards > 0) {
            return Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_UNREADABLE, Integer.toString(unreadableCards))
                    .withFields(new ArrayList<>(unreadable));
        }
        List<String> unknown = TimesheetFields.unknown(json);
        if (cards < month.lengthOfMonth()) {
            return Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_DAYS_MISSING, Integer.toString(cards),
                    Integer.toString(month.lengthOfMonth())).withFields(unknown);
        }
        if (unknown.isEmpty()) {
            return Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_PARSED, Integer.toString(cards));
        }
        return Finding.of(Check.TIMESHEET, CheckCode.TIMESHEET_NEW_FIELDS, Integer.toString(cards),
                Integer.toString(unknown.size())).withFields(unknown);
    }

    /**
     * The latest empty past working day, as a run would fill it, of this month, or else of the last (one more read);
     * a whole day, without a part-day or pending absence. Null when there is none, or last month cannot be read.
     */
    private DayPlan.Fill emptyDay(Timesheet sheet, YearMonth month, Settings settings, LocalDate today,
            long employeeId) {
        DayPlan.Fill found = latestEmptyDay(sheet, month, settings, today);
        if (found != null) {
            return found;
        }
        YearMonth last = month.minusMonths(1);
        try {
            return latestEmptyDay(TimesheetParser.parse(calls.getJson(monthPath(employeeId, last, settings))), last,
                    settings, today);
        } catch (RunException | InputException e) {
            return null;
        }
    }

    private static DayPlan.Fill latestEmptyDay(Timesheet sheet, YearMonth month, Settings settings,
            LocalDate today) {
        DayPlan.Fill found = null;
        for (DayPlan.Fill fill : MonthPlanner.plan(month, sheet, settings, today).fills()) {
            if (fill.date().isBefore(today) && !fill.partial() && !fill.pending()) {
                found = fill;
            }
        }
        return found;
    }

    private static String monthPath(long employeeId, YearMonth month, Settings settings) {
        return Endpoints.timesheet(employeeId, month.atDay(1), month.atEndOfMonth(), settings.timezone());
    }

    /**
     * Whether a tab of the company can take writes, judged from the origins of the open Personio tabs alone: a tab
     * on the company's own origin passes; one on its host under another origin (a port, another scheme) fails, since a
     * run could pick it and Personio refuses writes from it; with none, a run opens one in the background.
     *
     * @param tenant the company, or null when it is not known
     */
    public static Finding tab(String tenant, List<OpenTab> tabs) {
        if (tenant == null) {
            return Finding.of(Check.TAB, CheckCode.NO_TAB);
        }
        String origin = Endpoints.origin(tenant);
        int ready = 0;
        int loading = 0;
        int foreign = 0;
        for (OpenTab tab : tabs) {
            if (origin.equals(tab.origin())) {
                ready += tab.ready() ? 1 : 0;
                loading += tab.ready() ? 0 : 1;
            } else if (Endpoints.host(tenant).equals(hostOf(tab.origin()))) {
                foreign++;
            }
        }
        if (foreign > 0) {
            return Finding.of(Check.TAB, CheckCode.TAB_FOREIGN_ORIGIN, Integer.toString(foreign));
        }
        if (ready > 0) {
            return Finding.of(Check.TAB, CheckCode.TAB_OPEN, Integer.toString(ready));
        }
        return Finding.of(Check.TAB, loading > 0 ? CheckCode.TAB_NOT_READY : CheckCode.NO_TAB);
    }

    /** The host of an origin such as {@code https://acme.app.personio.com:8443}, in lower case; null for none. */
    static String hostOf(String origin) {
        if (origin == null) {
            return null;
        }
        int scheme = origin.indexOf("://");
        String rest = scheme < 0 ? origin : origin.substring(scheme + 3);
        int port = rest.indexOf(':');
        int slash = rest.indexOf('/');
        int end = port >= 0 ? port : slash >= 0 ? slash : rest.length();
        return rest.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static Finding broken(Check check, CheckCode code, InputException e) {
        List<String> args = e.detail().args();
        return Finding.of(check, code).withFields(List.of(withoutIndices(args.isEmpty() ? check.code() : args.get(0))))
                .withDetail(e.detail());
    }

    /** Not checked, and nothing asked, because {@code needed} did not pass. */
    static Finding notChecked(Check check, Check needed) {
        return Finding.of(check, CheckCode.NOT_CHECKED, needed.code());
    }

    /**
     * A check that stopped: a lost session fails, an unreachable Personio warns, an answer that cannot be read fails;
     * a defect of the product's own is internal.
     */
    private Finding guarded(Check check, Supplier<Finding> run) {
        try {
            return run.get();
        } catch (RunException e) {
            return switch (e.code()) {
                case SESSION_EXPIRED -> Finding.of(check, CheckCode.SESSION_EXPIRED);
                case NOT_SIGNED_IN -> Finding.of(check, CheckCode.NOT_SIGNED_IN);
                case EMPLOYEE_MISMATCH -> Finding.of(check, CheckCode.EMPLOYEE_MISMATCH);
                case NO_EMPLOYEE_ID -> Finding.of(check, CheckCode.EMPLOYEE_MISSING);
                case PERSONIO_UNAVAILABLE, PERSONIO_BUSY -> Finding.of(check, CheckCode.UNAVAILABLE)
                        .withDetail(e.error().detail());
                default -> Finding.of(check, CheckCode.INTERNAL);
            };
        } catch (InputException e) {
            return Finding.of(check, CheckCode.BAD_ANSWER).withDetail(calls.clean(e.detail()));
        } catch (RuntimeException e) {
            return Finding.of(check, CheckCode.INTERNAL);
        }
    }

    /** A path with its indices left out, {@code timecards[3].periods} as {@code timecards[].periods}. */
    static String withoutIndices(String path) {
        StringBuilder out = new StringBuilder();
        boolean inIndex = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                inIndex = true;
                out.append(c);
            } else if (c == ']') {
                inIndex = false;
                out.append(c);
            } else if (!inIndex) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
