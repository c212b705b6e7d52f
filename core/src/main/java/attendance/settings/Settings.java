package attendance.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the user sets on the options page.
 *
 * @param schedule   the working day per weekday; a weekday that is absent is not a working day
 * @param projectId  Personio project for work periods, or null
 * @param comment    comment for work periods, or null
 * @param timezone   IANA zone the times are meant in, such as {@code Europe/Berlin}
 * @param tenant     the company's Personio subdomain, when it should not be taken from the open tab; or null
 * @param employeeId the employee id, when it should not be looked up; or null
 * @param alwaysMyHours true to write the schedule as it is; false (the default) to let Personio's target for each day
 *                      decide its length, laid out on the schedule
 * @param throughToday  true (the default) to plan today too; false to plan up to yesterday
 * @param reminderBadge true (the default) to show on the extension's icon how many days before today a plan would fill
 * @param autopilot     whether, and when, the days fill themselves; off by default
 * @param workRules     whose working-time rules apply: a country code of {@link #WORK_RULES}; {@code de} by default
 */
public record Settings(Map<DayOfWeek, DaySchedule> schedule, String projectId, String comment, String timezone,
        String tenant, Long employeeId, boolean alwaysMyHours, boolean throughToday, boolean reminderBadge,
        Autopilot autopilot, String workRules) {

    public static final String DEFAULT_TIMEZONE = "Europe/Berlin";
    /** The countries whose rules the product knows, and {@code none} for Personio's own checks only. */
    public static final List<String> WORK_RULES = List.of("de", "at", "ch", "gb", "ie", "nl", "es", "fr", "it", "none");
    public static final String DEFAULT_WORK_RULES = "de";

    public Settings {
        EnumMap<DayOfWeek, DaySchedule> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(schedule);
        schedule = Collections.unmodifiableMap(copy);
    }

    public Settings(Map<DayOfWeek, DaySchedule> schedule, String projectId, String comment, String timezone,
            String tenant, Long employeeId, boolean alwaysMyHours, boolean throughToday, boolean reminderBadge) {
        this(schedule, projectId, comment, timezone, tenant, employeeId, alwaysMyHours, throughToday, reminderBadge,
                Autopilot.OFF, DEFAULT_WORK_RULES);
    }

    public Settings(Map<DayOfWeek, DaySchedule> schedule, String projectId, String comment, String timezone,
            String tenant, Long employeeId) {
        this(schedule, projectId, comment, timezone, tenant, employeeId, false, true, true);
    }

    /** The last day a plan fills: today, or yesterday when the user leaves today for later. */
    public LocalDate lastDay(LocalDate today) {
        return throughToday ? today : today.minusDays(1);
    }

    /** With no settings at all: Monday to Friday, 08:00 to 17:00, with a break from 12:00 to 13:00. */
    public static Settings defaults() {
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        DaySchedule day = new DaySchedule(LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0))));
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                days.put(d, day);
            }
        }
        return new Settings(days, null, null, DEFAULT_TIMEZONE, null, null);
    }

    /** The working day for a weekday, or null when the schedule has no hours that day. */
    public DaySchedule day(DayOfWeek weekday) {
        return schedule.get(weekday);
    }
}
