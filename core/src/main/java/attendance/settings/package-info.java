/** The user's settings: the weekly schedule with breaks, project, comment, timezone and overrides, as JSON. */
package attendance.settings;
