package attendance.timesheet;

/**
 * An absence booked on a day. Read from Personio's {@code time_off.items} where it sends them: a {@code holiday} item
 * makes a public holiday, an item without minutes a full day, and items that all have minutes a part of the day. Other
 * shapes are read conservatively: only clear evidence of a part day makes it partial. An item marked
 * {@code is_offsite_work_absence} is work elsewhere, not an absence.
 *
 * @param minutes for a part of the day, the minutes the items give; null when they give none
 * @param pending whether an item is still waiting for approval (it is planned like an approved one)
 */
public record TimeOff(Kind kind, Integer minutes, boolean pending) {

    /** What an absence does to the day. */
    public enum Kind {
        HOLIDAY,
        FULL_DAY,
        PART_DAY,
        /** Work elsewhere (a business trip): work, not time off; left alone unless filled on purpose. */
        OFFSITE_WORK
    }

    public TimeOff(boolean fullDay) {
        this(fullDay ? Kind.FULL_DAY : Kind.PART_DAY, null, false);
    }

    /** A public holiday or a whole day away: nothing is written. */
    public boolean fullDay() {
        return kind == Kind.HOLIDAY || kind == Kind.FULL_DAY;
    }
}
