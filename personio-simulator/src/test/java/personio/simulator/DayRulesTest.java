package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 13);
    static final Set<String> PROJECTS = Set.of("1001");

    static RequestedPeriod period(String type, String start, String end) {
        return period(DAY, type, start, end, null);
    }

    static RequestedPeriod period(LocalDate date, String type, String start, String end, Object projectId) {
        return new RequestedPeriod("p", type, date.atTime(LocalTime.parse(start)), date.atTime(LocalTime.parse(end)),
                projectId, null);
    }

    static List<String> messages(List<RequestedPeriod> periods) {
        return DayRules.check(periods, DAY, PROJECTS).stream().map(Problem::message).toList();
    }

    @Test
    void acceptsWorkBreakWorkThatTouchEachOther() {
        assertTrue(messages(List.of(period("work", "08:00", "12:00"), period("break", "12:00", "13:00"),
                period("work", "13:00", "17:00"))).isEmpty());
    }

    @Test
    void refusesOverlappingPeriodsWhateverTheirOrder() {
        List<Problem> problems = DayRules.check(List.of(period("work", "13:00", "17:00"),
                period("work", "08:00", "13:30")), DAY, PROJECTS);

        assertEquals(List.of(new Problem("periods[0].start", DayRules.OVERLAP)), problems);
    }

    @Test
    void refusesABreakThatOverlapsWork() {
        assertEquals(List.of(DayRules.OVERLAP), messages(List.of(period("work", "08:00", "17:00"),
                period("break", "12:00", "13:00"))));
    }

    @Test
    void refusesAStartThatIsNotBeforeItsEnd() {
        assertEquals(List.of(DayRules.START_NOT_BEFORE_END), messages(List.of(period("work", "09:00", "09:00"))));
    }

    @Test
    void refusesABreakBeforeTheFirstWorkOrAfterTheLastOrWithoutWork() {
        assertEquals(List.of(DayRules.BREAK_OUTSIDE_WORK), messages(List.of(period("break", "07:00", "08:00"),
                period("work", "08:00", "12:00"))));
        assertEquals(List.of(DayRules.BREAK_OUTSIDE_WORK), messages(List.of(period("work", "08:00", "12:00"),
                period("break", "12:00", "12:30"))));
        assertEquals(List.of(DayRules.BREAK_OUTSIDE_WORK), messages(List.of(period("break", "12:00", "12:30"))));
    }

    @Test
    void refusesAPeriodOfAnotherDate() {
        assertEquals(List.of(new Problem("periods[1].start", DayRules.NOT_OF_THE_DAY)), DayRules.check(List.of(
                period("work", "08:00", "12:00"), period(DAY.plusDays(1), "work", "13:00", "17:00", null)), DAY,
                PROJECTS));
    }

    @Test
    void acceptsATrackableProjectsIdAsANumberOrAsText() {
        assertTrue(messages(List.of(period(DAY, "work", "08:00", "12:00", "1001"))).isEmpty());
        assertTrue(messages(List.of(period(DAY, "work", "08:00", "12:00", 1001))).isEmpty());
        assertEquals(List.of(DayRules.PROJECT_NOT_TRACKABLE),
                messages(List.of(period(DAY, "work", "08:00", "12:00", "1003"))));
        assertEquals(List.of(DayRules.PROJECT_NOT_TRACKABLE),
                messages(List.of(period(DAY, "work", "08:00", "12:00", 1003))));
    }

    @Test
    void namesEachRefusedProjectOnceInOrderAndNoneWithoutAProject() {
        assertEquals(List.of("1003", "7"), DayRules.untrackableProjects(List.of(
                period(DAY, "work", "08:00", "09:00", "1003"), period(DAY, "work", "09:00", "10:00", "7"),
                period(DAY, "work", "10:00", "11:00", null), period(DAY, "work", "11:00", "12:00", "1003"),
                period(DAY, "work", "12:00", "13:00", 1001), period(DAY, "work", "13:00", "14:00", 7)),
                PROJECTS));
    }

    @Test
    void onlyProjectsWhenEveryProblemIsARefusedProject() {
        assertTrue(DayRules.onlyProjects(DayRules.check(List.of(period(DAY, "work", "08:00", "12:00", "1003")), DAY,
                PROJECTS)));
        assertFalse(DayRules.onlyProjects(DayRules.check(List.of(period(DAY, "work", "12:00", "08:00", "1003")),
                DAY, PROJECTS)));
        assertFalse(DayRules.onlyProjects(List.of()));
    }

    @Test
    void reportsEveryBrokenRule() {
        assertEquals(List.of(DayRules.START_NOT_BEFORE_END, DayRules.PROJECT_NOT_TRACKABLE),
                messages(List.of(period(DAY, "work", "12:00", "08:00", "7"))));
    }
}
