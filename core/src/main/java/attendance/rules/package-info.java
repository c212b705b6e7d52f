/** German working-time law (ArbZG §§ 3, 4) applied to a day of the schedule, before anything is saved or written. */
package attendance.rules;
