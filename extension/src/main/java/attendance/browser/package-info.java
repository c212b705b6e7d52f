/**
 * Browser bindings: the one export facade TeaVM compiles, and thin adapters from the worker's host object to the
 * core's ports.
 */
package attendance.browser;
