package personio.simulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded period of a day, as the simulator holds it.
 *
 * @param type {@code work} or {@code break}
 * @param projectId the project's id as a string, or null
 * @param comment the comment, or null
 */
public record StoredPeriod(String id, String type, LocalDateTime start, LocalDateTime end, String projectId,
        String comment) {

    public static final String WORK = "work";
    public static final String BREAK = "break";

    public StoredPeriod {
        Objects.requireNonNull(id, "id");
        Require.that(WORK.equals(type) || BREAK.equals(type), "type must be work or break, not " + type);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean isWork() {
        return WORK.equals(type);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
