/** Personio's attendance protocol as pure functions: paths, request bodies, and readings of its answers. */
package attendance.personio;
