package attendance.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A working day: work from {@code start} to {@code end}, with zero or more breaks in between.
 *
 * @param projectId this weekday's project, over the settings' own; or null to use theirs
 * @param comment   this weekday's comment, over the settings' own; or null to use theirs
 */
public record DaySchedule(LocalTime start, LocalTime end, List<TimeRange> breaks, String projectId,
        String comment) {

    public DaySchedule {
        List<TimeRange> sorted = new ArrayList<>(breaks);
        sorted.sort(Comparator.comparing(TimeRange::start));
        breaks = List.copyOf(sorted);
    }

    public DaySchedule(LocalTime start, LocalTime end, List<TimeRange> breaks) {
        this(start, end, breaks, null, null);
    }

    public long spanMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    public long breakMinutes() {
        long total = 0;
        for (TimeRange b : breaks) {
            total += b.minutes();
        }
        return total;
    }

    /** Work time without the breaks. */
    public long netWorkMinutes() {
        return spanMinutes() - breakMinutes();
    }
}
