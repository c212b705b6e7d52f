package personio.simulator;

import java.time.LocalDateTime;

/**
 * A period as a validate or save body gives it, after its format was checked.
 *
 * @param projectId the raw JSON value: null, or whatever the client sent, so the rules can judge it
 */
record RequestedPeriod(String id, String type, LocalDateTime start, LocalDateTime end, Object projectId,
        String comment) {

    boolean isWork() {
        return StoredPeriod.WORK.equals(type);
    }

    /** Only called once the rules accepted the period, so the project id is a string or null. */
    StoredPeriod toStored() {
        return new StoredPeriod(id, type, start, end, projectId instanceof Number n ? Long.valueOf(n.longValue())
                : projectId, comment);
    }
}
