/** Personio Attendance Recorder's core: plain Java with no browser types, shared by the extension and the JVM. */
package attendance;
