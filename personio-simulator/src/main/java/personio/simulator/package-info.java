/** A local HTTPS stand-in for Personio's attendance web endpoints, for tests and the demo. */
package personio.simulator;
