package attendance.importing;

import attendance.planning.PlannedPeriod;
import attendance.rules.SettingsCheck;
import attendance.rules.WorkingTimeRules;
import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.text.MessageCode;
import attendance.time.Times;
import attendance.timesheet.PeriodType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entries grouped into days: on each date, the work entries in time order, with every gap between two of them a
 * break. A break the file names must lie in such a gap; a gap it leaves unnamed is a break all the same.
 */
final class Days {
    private Days() {
    }

    /** The entries that overlap one before them on their day, and the breaks outside their day's work. */
    static void check(List<Entry> entries, List<ImportProblem> problems) {
        for (List<Entry> day : byDate(entries).values()) {
            Entry latest = null;
            for (Entry e : day) {
                if (latest != null && e.start().isBefore(latest.end())) {
                    problems.add(ImportProblem.of(e.where(), MessageCode.IMPORT_OVERLAP, range(e), range(latest)));
                }
                if (latest == null || e.end().isAfter(latest.end())) {
                    latest = e;
                }
            }
            List<Entry> work = work(day);
            for (Entry e : day) {
                boolean inside = !work.isEmpty() && !e.start().isBefore(work.get(0).start())
                        && !e.end().isAfter(work.get(work.size() - 1).end());
                if (e.type() == PeriodType.BREAK && !inside) {
                    problems.add(ImportProblem.of(e.where(), MessageCode.IMPORT_BREAK_OUTSIDE_WORK, range(e)));
                }
            }
        }
    }

    /**
     * The days of entries that {@link #check} found nothing wrong with, by date. A work entry takes the company's
     * project of exactly its name, else the settings' project (which may be none).
     */
    static List<ImportedDay> build(List<Entry> entries, Map<String, String> projectsByName,
            String settingsProjectId) {
        List<ImportedDay> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Entry>> date : byDate(entries).entrySet()) {
            List<PlannedPeriod> periods = new ArrayList<>();
            boolean fromSettings = false;
            LocalTime previousEnd = null;
            for (Entry e : work(date.getValue())) {
                if (previousEnd != null && e.start().isAfter(previousEnd)) {
                    periods.add(new PlannedPeriod(date.getKey().atTime(previousEnd), date.getKey().atTime(e.start()),
                            PeriodType.BREAK, null, null));
                }
                String projectId = e.project() == null ? null : projectsByName.get(e.project());
                fromSettings |= projectId == null;
                periods.add(new PlannedPeriod(date.getKey().atTime(e.start()), date.getKey().atTime(e.end()),
                        PeriodType.WORK, projectId != null ? projectId : settingsProjectId, e.comment()));
                previousEnd = e.end();
            }
            days.add(new ImportedDay(date.getKey(), periods, fromSettings));
        }
        return days;
    }

    /**
     * Each day against the working-time rules, reported against its date, and the rest from one day to the next
     * (ArbZG § 5) when both are in the file.
     */
    static List<Violation> rules(List<ImportedDay> days) {
        List<Violation> violations = new ArrayList<>();
        ImportedDay before = null;
        for (ImportedDay day : days) {
            String field = Times.format(day.date());
            DaySchedule schedule = schedule(day);
            List<Violation> found = WorkingTimeRules.check(field, schedule);
            violations.addAll(found);
            if (found.isEmpty() && before != null && before.date().plusDays(1).equals(day.date())) {
                LocalTime end = schedule(before).end();
                long rest = 24 * 60 - end.toSecondOfDay() / 60 + schedule.start().toSecondOfDay() / 60;
                if (rest < SettingsCheck.MIN_REST) {
                    violations.add(new Violation(field, ViolationCode.REST_UNDER_11H, List.of(Times.format(end),
                            Times.format(schedule.start()), Times.duration(rest))));
                }
            }
            before = day;
        }
        return violations;
    }

    /** The day as the rules see it: from its first period's start to its last one's end, with its breaks. */
    private static DaySchedule schedule(ImportedDay day) {
        List<TimeRange> breaks = new ArrayList<>();
        for (PlannedPeriod p : day.periods()) {
            if (p.type() == PeriodType.BREAK) {
                breaks.add(new TimeRange(p.start().toLocalTime(), p.end().toLocalTime()));
            }
        }
        return new DaySchedule(day.periods().get(0).start().toLocalTime(),
                day.periods().get(day.periods().size() - 1).end().toLocalTime(), breaks);
    }

    /** Entries by date, each date's in order of start (the file's order among equal starts). */
    private static Map<LocalDate, List<Entry>> byDate(List<Entry> entries) {
        Map<LocalDate, List<Entry>> days = new TreeMap<>();
        for (Entry e : entries) {
            days.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
        }
        for (List<Entry> day : days.values()) {
            day.sort(Comparator.comparing(Entry::start));
        }
        return days;
    }

    private static List<Entry> work(List<Entry> day) {
        List<Entry> work = new ArrayList<>();
        for (Entry e : day) {
            if (e.type() == PeriodType.WORK) {
                work.add(e);
            }
        }
        return work;
    }

    private static String range(Entry e) {
        return Times.format(e.start()) + "–" + Times.format(e.end());
    }
}
