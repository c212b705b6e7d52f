package attendance.planning;

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
     */
    record Fill(LocalDate date, String dayId, List<PlannedPeriod> periods, boolean partial) implements DayPlan {
        public Fill {
            periods = List.copyOf(periods);
        }

        /**
         * A short fingerprint of exactly what would be written: the day's id and every period with its project and
         * comment. Two plans of a day write the same when, and only when, their digests agree (barring a 64-bit
         * collision).
         */
        public String digest() {
            StringBuilder text = new StringBuilder().append(date).append('|').append(dayId).append('|')
                    .append(partial);
            for (PlannedPeriod p : periods) {
                text.append('|').append(p.type().wire()).append(',').append(p.start()).append(',').append(p.end())
                        .append(',').append(p.projectId()).append(',').append(p.comment());
            }
            return Digest.of(text.toString());
        }
    }

    /** @param field for {@code unreadable}, the path of the field that could not be read; otherwise null */
    record Skip(LocalDate date, SkipReason reason, String field) implements DayPlan {
        public Skip(LocalDate date, SkipReason reason) {
            this(date, reason, null);
        }
    }
}
