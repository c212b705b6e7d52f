/** Time trackers' exports (the product's JSON, Toggl Track's and Clockify's CSV) read into days of periods. */
package attendance.importing;
