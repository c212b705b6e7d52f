package attendance.importing;

import attendance.planning.PlannedPeriod;
import attendance.rules.SettingsCheck;
import attendance.rules.WorkRules;
import attendance.rules.WorkRulesTable;
import attendance.rules.WorkingTimeRules;
import attendance.settings.DaySchedule;
import attendance.settings.TimeRange;
import attendance.settings.Violation;
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
 * Entries grouped into days. Attendance is presence: a day's time is the union of its work entries, less the breaks
 * the file names, and every gap is a break. Where entries overlap, each minute belongs to the entry that started
 * first (at the same start, the one earlier in the file), so every minute has one period and one project.
 */
final class Days {
    private Days() {
    }

    /** A stretch of work being laid out: its minutes and the entry they belong to. */
    private record Piece(LocalTime start, LocalTime end, Entry from) {
    }

    /**
     * The days of the entries, by date. A work entry takes the company's project of exactly its name, else the
     * settings' project (which may be none). A date whose entries leave no work gives no day.
     */
    static List<ImportedDay> build(List<Entry> entries, Map<String, String> projectsByName,
            String settingsProjectId) {
        List<ImportedDay> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Entry>> date : byDate(entries).entrySet()) {
            List<Piece> pieces = merged(withoutBreaks(union(work(date.getValue())), date.getValue()));
            if (pieces.isEmpty()) {
                continue;
            }
            List<PlannedPeriod> periods = new ArrayList<>();
            boolean fromSettings = false;
            LocalTime previousEnd = null;
            for (Piece piece : pieces) {
                if (previousEnd != null && piece.start().isAfter(previousEnd)) {
                    periods.add(new PlannedPeriod(date.getKey().atTime(previousEnd),
                            date.getKey().atTime(piece.start()), PeriodType.BREAK, null, null));
                }
                Entry e = piece.from();
                String projectId = e.project() == null ? null : projectsByName.get(e.project());
                fromSettings |= projectId == null;
                periods.add(new PlannedPeriod(date.getKey().atTime(piece.start()), date.getKey().atTime(piece.end()),
                        PeriodType.WORK, projectId != null ? projectId : settingsProjectId, e.comment()));
                previousEnd = piece.end();
            }
            days.add(new ImportedDay(date.getKey(), periods, fromSettings));
        }
        return days;
    }

    /** The work entries' minutes with no minute twice: the entry that started first keeps an overlapping minute. */
    private static List<Piece> union(List<Entry> work) {
        List<Piece> pieces = new ArrayList<>();
        LocalTime covered = null;
        for (Entry e : work) {
            LocalTime from = covered == null || e.start().isAfter(covered) ? e.start() : covered;
            if (e.end().isAfter(from)) {
                pieces.add(new Piece(from, e.end(), e));
                covered = e.end();
            }
        }
        return pieces;
    }

    /** The pieces with the minutes of every break the file names cut out. */
    private static List<Piece> withoutBreaks(List<Piece> pieces, List<Entry> day) {
        List<Piece> result = pieces;
        for (Entry b : day) {
            if (b.type() != PeriodType.BREAK) {
                continue;
            }
            List<Piece> cut = new ArrayList<>();
            for (Piece p : result) {
                if (!b.start().isBefore(p.end()) || !b.end().isAfter(p.start())) {
                    cut.add(p);
                    continue;
                }
                if (b.start().isAfter(p.start())) {
                    cut.add(new Piece(p.start(), b.start(), p.from()));
                }
                if (b.end().isBefore(p.end())) {
                    cut.add(new Piece(b.end(), p.end(), p.from()));
                }
            }
            result = cut;
        }
        return result;
    }

    /** Pieces that touch and come from entries of the same project and comment become one period. */
    private static List<Piece> merged(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        for (Piece p : pieces) {
            Piece last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.end().equals(p.start()) && same(last.from().project(), p.from().project())
                    && same(last.from().comment(), p.from().comment())) {
                merged.set(merged.size() - 1, new Piece(last.start(), p.end(), last.from()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * The days that break a working-time rule, each with its violations against its date: the rules of a day
     * (ArbZG §§ 3 and 4), and the rest from the file's day before (§ 5), which leaves out the later day.
     */
    static Map<LocalDate, List<Violation>> rules(List<ImportedDay> days) {
        return rules(days, WorkRulesTable.defaults());
    }

    /** As {@link #rules(List)}, by these working-time rules. */
    static Map<LocalDate, List<Violation>> rules(List<ImportedDay> days, WorkRules rules) {
        Map<LocalDate, List<Violation>> broken = new TreeMap<>();
        ImportedDay before = null;
        for (ImportedDay day : days) {
            String field = Times.format(day.date());
            DaySchedule schedule = schedule(day);
            List<Violation> found = new ArrayList<>(WorkingTimeRules.check(field, schedule, rules));
            if (found.isEmpty() && before != null && before.date().plusDays(1).equals(day.date())) {
                Violation rest = SettingsCheck.rest(field, schedule(before).end(), schedule.start(), rules);
                if (rest != null) {
                    found.add(rest);
                }
            }
            if (!found.isEmpty()) {
                broken.put(day.date(), found);
            }
            before = day;
        }
        return broken;
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
}
