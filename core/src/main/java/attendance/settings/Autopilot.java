package attendance.settings;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The autopilot: once a day the extension fills, by itself, the working days before today that a plan would fill.
 * Off unless the user switches it on; a company may keep it off, never switch it on.
 *
 * @param on        whether it runs
 * @param delayDays only days at least this many days old are filled, so that a sick day can be booked first
 * @param time      it runs the first time the browser runs on a day at or after this time (the settings' zone)
 */
public record Autopilot(boolean on, int delayDays, LocalTime time) {
    public static final int DEFAULT_DELAY_DAYS = 1;
    /** More than four weeks back would reach beyond the months it looks at. */
    public static final int MAX_DELAY_DAYS = 28;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    public static final Autopilot OFF = new Autopilot(false, DEFAULT_DELAY_DAYS, DEFAULT_TIME);

    /**
     * Whether it runs now: on, not yet run today, and the day's time reached; or right after it was switched on.
     *
     * @param lastDay the day it last ran, or null
     */
    public boolean due(LocalDate today, LocalTime now, LocalDate lastDay, boolean justSwitchedOn) {
        if (!on) {
            return false;
        }
        return justSwitchedOn || (!today.equals(lastDay) && !now.isBefore(time));
    }

    /** Whether a day is old enough to be filled: before today, and at least the delay ago. */
    public boolean oldEnough(LocalDate day, LocalDate today) {
        return day.isBefore(today) && !day.isAfter(today.minusDays(delayDays));
    }
}
