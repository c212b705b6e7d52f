package attendance.settings;

import java.time.Duration;
import java.time.LocalTime;

/** A span of wall-clock time within one day, such as a break. */
public record TimeRange(LocalTime start, LocalTime end) {

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
