/** The month planner: for each day of a month, whether to fill it and with which periods, or why it is skipped. */
package attendance.planning;
