/** The core as JSON in and JSON out, for the browser build's thin export facade and for tests. */
package attendance.api;
