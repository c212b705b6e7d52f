package personio.simulator;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Signed-in sessions: each ATHENA_SESSION with its XSRF token, and when each personio_session was issued. */
final class Sessions {

    /** How a personio_session value stands. */
    enum Freshness { UNKNOWN, FRESH, STALE }

    /** The cookie values a sign-in sets. */
    record SignIn(String athenaSession, String xsrfToken, String personioSession) {
    }

    private record Issue(String athenaSession, long issuedNanos) {
    }

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier nanoClock;
    private final Map<String, String> xsrfByAthena = new HashMap<>();
    private final Map<String, Issue> issued = new HashMap<>();
    private Duration lifetime;

    Sessions(Duration lifetime, LongSupplier nanoClock) {
        this.lifetime = lifetime;
        this.nanoClock = nanoClock;
    }

    synchronized SignIn signIn() {
        String athena = token();
        String xsrf = token();
        xsrfByAthena.put(athena, xsrf);
        return new SignIn(athena, xsrf, refresh(athena));
    }

    /** The XSRF token of a known ATHENA_SESSION; empty when the session is unknown or expired. */
    synchronized Optional<String> xsrfToken(String athenaSession) {
        return Optional.ofNullable(athenaSession == null ? null : xsrfByAthena.get(athenaSession));
    }

    /** Whether the header value equals the session's token, compared in constant time. */
    synchronized boolean xsrfMatches(String athenaSession, String header) {
        String token = athenaSession == null ? null : xsrfByAthena.get(athenaSession);
        return token != null && header != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }

    /** A personio_session is known only together with the ATHENA_SESSION it was issued for. */
    synchronized Freshness personio(String athenaSession, String personioSession) {
        Issue issue = personioSession == null ? null : issued.get(personioSession);
        if (issue == null || !issue.athenaSession().equals(athenaSession)
                || !xsrfByAthena.containsKey(athenaSession)) {
            return Freshness.UNKNOWN;
        }
        return nanoClock.getAsLong() - issue.issuedNanos() > lifetime.toNanos() ? Freshness.STALE : Freshness.FRESH;
    }

    /** Issues a fresh personio_session for a known ATHENA_SESSION. */
    synchronized String refresh(String athenaSession) {
        Require.that(xsrfByAthena.containsKey(athenaSession), "only a known session is refreshed");
        String value = token();
        issued.put(value, new Issue(athenaSession, nanoClock.getAsLong()));
        return value;
    }

    synchronized void expireAll() {
        xsrfByAthena.clear();
        issued.clear();
    }

    synchronized void lifetime(Duration newLifetime) {
        Require.that(newLifetime != null && newLifetime.toMillis() > 0, "a session lifetime is at least 1 ms");
        this.lifetime = newLifetime;
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
