/** The self-check: read-only checks of each fact the product relies on in a company's Personio, and their report. */
package attendance.selfcheck;
