/** Build-time adjustments TeaVM applies to the bundle; nothing here is compiled into {@code core.js} itself. */
package attendance.bundle;
