package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionsTest {

    final AtomicLong clock = new AtomicLong();
    final Sessions sessions = new Sessions(Duration.ofSeconds(30), clock::get);

    void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    @Test
    void aSignInIsKnownWithItsXsrfTokenAndAFreshPersonioSession() {
        Sessions.SignIn signIn = sessions.signIn();

        assertEquals(signIn.xsrfToken(), sessions.xsrfToken(signIn.athenaSession()).orElseThrow());
        assertTrue(sessions.xsrfMatches(signIn.athenaSession(), signIn.xsrfToken()));
        assertEquals(Sessions.Freshness.FRESH, sessions.personio(signIn.athenaSession(), signIn.personioSession()));
    }

    @Test
    void tokensAreRandomAndCookieSafe() {
        Sessions.SignIn first = sessions.signIn();
        Sessions.SignIn second = sessions.signIn();

        assertNotEquals(first.athenaSession(), second.athenaSession());
        assertNotEquals(first.xsrfToken(), second.xsrfToken());
        assertTrue(first.xsrfToken().matches("[A-Za-z0-9_-]{32}"));
    }

    @Test
    void aPersonioSessionGoesStaleAfterTheLifetimeAndARefreshIsFresh() {
        Sessions.SignIn signIn = sessions.signIn();
        advance(Duration.ofSeconds(31));

        Sessions.Freshness old = sessions.personio(signIn.athenaSession(), signIn.personioSession());
        String refreshed = sessions.refresh(signIn.athenaSession());

        assertEquals(Sessions.Freshness.STALE, old);
        assertEquals(Sessions.Freshness.FRESH, sessions.personio(signIn.athenaSession(), refreshed));
    }

    @Test
    void aPersonioSessionOfAnotherSignInIsUnknown() {
        Sessions.SignIn first = sessions.signIn();
        Sessions.SignIn second = sessions.signIn();

        assertEquals(Sessions.Freshness.UNKNOWN, sessions.personio(first.athenaSession(), second.personioSession()));
        assertEquals(Sessions.Freshness.UNKNOWN, sessions.personio(first.athenaSession(), null));
    }

    @Test
    void expiringAllForgetsEverySessionAndItsToken() {
        Sessions.SignIn signIn = sessions.signIn();

        sessions.expireAll();

        assertTrue(sessions.xsrfToken(signIn.athenaSession()).isEmpty());
        assertFalse(sessions.xsrfMatches(signIn.athenaSession(), signIn.xsrfToken()));
        assertEquals(Sessions.Freshness.UNKNOWN, sessions.personio(signIn.athenaSession(), signIn.personioSession()));
        assertThrows(IllegalArgumentException.class, () -> sessions.refresh(signIn.athenaSession()));
    }

    @Test
    void aShorterLifetimeAppliesToValuesAlreadyIssued() {
        Sessions.SignIn signIn = sessions.signIn();
        advance(Duration.ofMillis(500));

        sessions.lifetime(Duration.ofMillis(300));

        assertEquals(Sessions.Freshness.STALE, sessions.personio(signIn.athenaSession(), signIn.personioSession()));
    }
}
