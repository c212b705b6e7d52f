/** A month's records as Personio holds them, given back to the user as a table in CSV or JSON. */
package attendance.export;
