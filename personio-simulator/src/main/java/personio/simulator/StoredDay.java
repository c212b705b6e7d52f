package personio.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A day that has a day id: its periods and when it was first and last saved. */
record StoredDay(String dayId, List<StoredPeriod> periods, Instant createdAt, Instant updatedAt) {

    StoredDay {
        Objects.requireNonNull(dayId, "dayId");
        periods = List.copyOf(periods);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
