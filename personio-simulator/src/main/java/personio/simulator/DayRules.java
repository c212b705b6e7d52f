package personio.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Personio's rules for a well-formed day (422 when broken), as a pure function of the periods and the day. */
final class DayRules {

    static final String START_NOT_BEFORE_END = "Start time has to be smaller than end time";
    static final String NOT_OF_THE_DAY = "This period does not belong to the day";
    static final String OVERLAP = "Existing overlapping attendances periods";
    static final String BREAK_OUTSIDE_WORK = "Break has to be within the working time";
    static final String PROJECT_NOT_TRACKABLE = "ATTENDANCE_PERIOD_PROJECT_NOT_TRACKABLE";

    private DayRules() {
    }

    /** Every broken rule, in a fixed order; empty when the day may be saved. */
    static List<Problem> check(List<RequestedPeriod> periods, LocalDate day, Set<String> trackableProjects) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            RequestedPeriod period = periods.get(i);
            if (!period.start().isBefore(period.end())) {
                problems.add(new Problem(field(i, "start"), START_NOT_BEFORE_END));
            }
            if (!period.start().toLocalDate().equals(day) || !period.end().toLocalDate().equals(day)) {
                problems.add(new Problem(field(i, "start"), NOT_OF_THE_DAY));
            }
        }
        overlaps(periods, problems);
        breaksOutsideWork(periods, problems);
        for (int i = 0; i < periods.size(); i++) {
            if (!trackable(periods.get(i).projectId(), trackableProjects)) {
                problems.add(new Problem(field(i, "project_id"), PROJECT_NOT_TRACKABLE));
            }
        }
        return problems;
    }

    /** Whether every problem is a refused project: Personio then answers 400 as a JSON:API error. */
    static boolean onlyProjects(List<Problem> problems) {
        return !problems.isEmpty() && problems.stream().allMatch(p -> PROJECT_NOT_TRACKABLE.equals(p.message()));
    }

    /** The refused project ids, as the periods name them, in their order and each once. */
    static List<String> untrackableProjects(List<RequestedPeriod> periods, Set<String> trackableProjects) {
        return periods.stream().map(RequestedPeriod::projectId)
                .filter(projectId -> !trackable(projectId, trackableProjects)).map(String::valueOf).distinct()
                .toList();
    }

    /**
     * No project, or the id of a trackable one, as a whole number (as Personio's web app sends it today) or as its
     * digits in a string (as older clients did).
     */
    private static boolean trackable(Object projectId, Set<String> trackableProjects) {
        if (projectId == null) {
            return true;
        }
        if (projectId instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return trackableProjects.contains(Long.toString(n.longValue()));
        }
        return projectId instanceof String && trackableProjects.contains(projectId);
    }

    private static void overlaps(List<RequestedPeriod> periods, List<Problem> problems) {
        List<Integer> byStart = IntStream.range(0, periods.size()).boxed()
                .sorted(Comparator.comparing(i -> periods.get(i).start())).toList();
        LocalDateTime latestEnd = null;
        for (int i : byStart) {
            RequestedPeriod period = periods.get(i);
            if (latestEnd != null && period.start().isBefore(latestEnd)) {
                problems.add(new Problem(field(i, "start"), OVERLAP));
            }
            if (latestEnd == null || period.end().isAfter(latestEnd)) {
                latestEnd = period.end();
            }
        }
    }

    private static void breaksOutsideWork(List<RequestedPeriod> periods, List<Problem> problems) {
        LocalDateTime firstStart = periods.stream().filter(RequestedPeriod::isWork).map(RequestedPeriod::start)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDateTime lastEnd = periods.stream().filter(RequestedPeriod::isWork).map(RequestedPeriod::end)
                .max(Comparator.naturalOrder()).orElse(null);
        for (int i = 0; i < periods.size(); i++) {
            RequestedPeriod period = periods.get(i);
            if (!period.isWork() && (firstStart == null || period.start().isBefore(firstStart)
                    || period.end().isAfter(lastEnd))) {
                problems.add(new Problem(field(i, "start"), BREAK_OUTSIDE_WORK));
            }
        }
    }

    private static String field(int index, String key) {
        return "periods[" + index + "]." + key;
    }
}
