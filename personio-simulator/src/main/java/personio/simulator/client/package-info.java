/** An HTTPS client that talks to the simulator the way a fetch from an open Personio tab does. */
package personio.simulator.client;
