/** Reading and writing dates and wall-clock times by hand: java.time's formatters would double the browser bundle. */
package attendance.time;
