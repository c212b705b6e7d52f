package attendance.rules;

import java.util.List;

/**
 * The working-time rules of one country, as one row of {@link WorkRulesTable}: the breaks a day needs after how many
 * hours of work, the shortest part of a break that counts, how long one may work in a row, the longest working day,
 * the rest between two days, a weekly limit for a schedule that repeats every week, and what is only a warning. Each
 * number carries the law and section it comes from, which every message names.
 *
 * @param code          the setting's value: {@code de}, {@code at}, ... or {@code none}
 * @param breaks        the breaks required, the longest requirement that applies wins; empty for none
 * @param breaksSource  where the breaks come from
 * @param minBreakPart  a break counts only when at least this long (minutes); a shorter one is neither work nor break
 * @param maxInARow     the most minutes of work without a break that counts; null when the law sets none
 * @param maxDay        the most minutes of work a day; null when only the rest between days limits it
 * @param minRest       the least minutes of rest between two working days; 0 for none
 * @param maxWeek       the most minutes of work in a week that repeats; null for none
 * @param weekWarning   the weekly limit may be waived by the employee (an opt-out): a warning, not a refusal
 * @param sundayWarning Sunday work is allowed only in some trades: a warning
 */
public record WorkRules(String code, List<BreakStep> breaks, String breaksSource, int minBreakPart,
        Integer maxInARow, String inARowSource, Integer maxDay, String daySource, int minRest, String restSource,
        Integer maxWeek, String weekSource, boolean weekWarning, boolean sundayWarning, String sundaySource) {

    /** Work of more than {@code overMinutes} needs at least {@code breakMinutes} of breaks that count. */
    public record BreakStep(int overMinutes, int breakMinutes) {
    }

    public WorkRules {
        breaks = List.copyOf(breaks);
    }

    /** The breaks a day of this much work needs, in minutes; 0 for none. */
    public int requiredBreak(long work) {
        int required = 0;
        for (BreakStep step : breaks) {
            if (work > step.overMinutes()) {
                required = Math.max(required, step.breakMinutes());
            }
        }
        return required;
    }

    /**
     * The longest stretch a laid-out day works without a break: the law's own limit, else the work after which the
     * first break is due, so that the break it needs lies inside the day.
     */
    public Integer layoutInARow() {
        if (maxInARow != null) {
            return maxInARow;
        }
        return breaks.isEmpty() ? null : breaks.get(0).overMinutes();
    }
}
