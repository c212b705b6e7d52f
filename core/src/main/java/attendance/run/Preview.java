package attendance.run;

import attendance.planning.MonthPlan;

/** What the popup shows before a run: who is signed in and the month's plan. */
public record Preview(long employeeId, MonthPlan plan) {
}
