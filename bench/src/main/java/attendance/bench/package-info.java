/** Benchmarks of the built extension in Chromium against the simulator; figures are measured, never asserted. */
package attendance.bench;
