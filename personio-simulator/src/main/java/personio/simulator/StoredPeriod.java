package personio.simulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded period of a day, as the simulator holds it.
 *
 * @param type {@code work} or {@code break}
 * @param projectId the project's id as the client sent it: a number (as Personio's web app sends it today) or a
 *                  string (as older clients did); or null. The timesheet shows it back with that type.
 * @param comment the comment, or null
 */
public record StoredPeriod(String id, String type, LocalDateTime start, LocalDateTime end, Object projectId,
        String comment) {

    public static final String WORK = "work";
    public static final String BREAK = "break";

    public StoredPeriod {
        Objects.requireNonNull(id, "id");
        Require.that(WORK.equals(type) || BREAK.equals(type), "type must be work or break, not " + type);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Require.that(projectId == null || projectId instanceof String || projectId instanceof Long,
                "a project id is a string or a whole number");
    }

    public boolean isWork() {
        return WORK.equals(type);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
