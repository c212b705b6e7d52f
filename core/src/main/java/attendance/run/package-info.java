/** The fill run: previewing and filling a month through Personio, written once against small ports. */
package attendance.run;
