package attendance.planning;

import attendance.timesheet.PeriodType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The decision for one day: fill it, or skip it with a reason. */
public sealed interface DayPlan permits DayPlan.Fill, DayPlan.Skip {

    LocalDate date();

    /**
     * Write these periods.
     *
     * @param dayId   Personio's day id, or null when the day has never been saved and needs a new one
     * @param partial true when a part-day absence shortened the day
     * @param target  Personio's target of work for the day, in minutes (its effective target); null when it gives none
     * @param pending true when the day's part-day absence is still waiting for approval
     * @param edited  true when the user changed the day's hours in the plan
     */
    record Fill(LocalDate date, String dayId, List<PlannedPeriod> periods, boolean partial, Integer target,
            boolean pending, boolean edited) implements DayPlan {
        public Fill {
            periods = List.copyOf(periods);
        }

        public Fill(LocalDate date, String dayId, List<PlannedPeriod> periods, boolean partial, Integer target,
                boolean pending) {
            this(date, dayId, periods, partial, target, pending, false);
        }

        public Fill(LocalDate date, String dayId, List<PlannedPeriod> periods, boolean partial) {
            this(date, dayId, periods, partial, null, false, false);
        }

        /** The minutes of work this day writes. */
        public long workMinutes() {
            long minutes = 0;
            for (PlannedPeriod p : periods) {
                if (p.type() == PeriodType.WORK) {
                    minutes += Duration.between(p.start(), p.end()).toMinutes();
                }
            }
            return minutes;
        }

        /** Whether Personio gives a target, and this day writes other hours than it. */
        public boolean differsFromTarget() {
            return target != null && target != workMinutes();
        }

        /**
         * A short fingerprint of exactly what would be written, and of what it was planned against: the day's id,
         * every period with its project and comment, Personio's target and the absence. Two plans of a day agree
         * when, and only when, their digests do (barring a 64-bit collision).
         */
        public String digest() {
            StringBuilder text = new StringBuilder().append(date).append('|').append(dayId).append('|')
                    .append(partial).append('|').append(target).append('|').append(pending).append('|').append(edited);
            for (PlannedPeriod p : periods) {
                text.append('|').append(p.type().wire()).append(',').append(p.start()).append(',').append(p.end())
                        .append(',').append(p.projectId()).append(',').append(p.comment());
            }
            return Digest.of(text.toString());
        }
    }

    /**
     * @param field   for {@code unreadable}, the path of the field that could not be read; otherwise null
     * @param pending for {@code absence}, whether the absence is still waiting for approval
     * @param noCard  for {@code non_trackable}, whether Personio sent no card for the day at all
     */
    record Skip(LocalDate date, SkipReason reason, String field, boolean pending, boolean noCard) implements DayPlan {
        public Skip(LocalDate date, SkipReason reason, String field, boolean pending) {
            this(date, reason, field, pending, false);
        }

        public Skip(LocalDate date, SkipReason reason, String field) {
            this(date, reason, field, false);
        }

        /** A day Personio's answer has no card for: not writable, and the row says why. */
        public static Skip noCard(LocalDate date) {
            return new Skip(date, SkipReason.NON_TRACKABLE, null, false, true);
        }

        public Skip(LocalDate date, SkipReason reason) {
            this(date, reason, null, false);
        }
    }
}
