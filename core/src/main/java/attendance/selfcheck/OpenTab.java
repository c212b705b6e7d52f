package attendance.selfcheck;

/**
 * A Personio tab as the browser reports it.
 *
 * @param origin its page's origin, such as {@code https://acme.app.personio.com}
 * @param ready  loaded and awake, so that a script can run in it now
 */
public record OpenTab(String origin, boolean ready) {
}
