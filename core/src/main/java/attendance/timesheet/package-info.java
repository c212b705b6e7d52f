/** Personio's timesheet for a range of days: what is recorded, and what may be written, parsed strictly. */
package attendance.timesheet;
