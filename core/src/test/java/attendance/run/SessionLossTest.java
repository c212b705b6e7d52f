package attendance.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one decision that the session is gone, made from what the tab saw. */
class SessionLossTest {
    private static final String HOST = "acme.app.personio.com";

    private static HttpResponse answer(int status, String type, String body, boolean redirected, String url) {
        return new HttpResponse(status, type, body, redirected, url, null);
    }

    @Test
    void unauthorisedAndForbiddenAreALostSession() {
        assertTrue(PersonioCalls.expired(answer(401, "application/json", "{}", false, "/x"), HOST));
        assertTrue(PersonioCalls.expired(answer(403, "text/plain", "", false, "/x"), HOST));
        assertFalse(PersonioCalls.expired(answer(400, "application/json", "{}", false, "/x"), HOST));
    }

    @Test
    void anAnswerThatEndedOnAnotherHostIsALostSessionAndOneOnTheCompanysHostIsNot() {
        assertTrue(PersonioCalls.expired(answer(200, "text/html", "", true, "https://login.personio.com/u"), HOST));
        assertTrue(PersonioCalls.expired(answer(200, "application/json", "{}", true,
                "https://other.app.personio.com/api"), HOST));
        assertFalse(PersonioCalls.expired(answer(200, "application/json", "{}", false,
                "https://acme.app.personio.com/api/v1/projects"), HOST));
    }

    @Test
    void aRedirectToTheLoginPageIsALostSession() {
        assertTrue(PersonioCalls.expired(answer(200, "text/html", "<html>", true,
                "https://acme.app.personio.com/login?next=/"), HOST));
        assertTrue(PersonioCalls.expired(answer(302, null, "", false, "/svc/x"), HOST));
    }

    @Test
    void aRedirectNotFollowedIsALostSessionWhileStatusZeroAloneIsAFault() {
        assertTrue(PersonioCalls.expired(answer(0, null, "", true, "https://acme.app.personio.com/svc/x"), HOST));
        assertFalse(PersonioCalls.expired(answer(0, null, "", false, "https://acme.app.personio.com/svc/x"), HOST));
    }

    @Test
    void anHtmlPageWhereJsonWasAskedForIsALostSessionButJsonCutShortIsNot() {
        assertTrue(PersonioCalls.expired(answer(200, "text/html", "<html>Sign in</html>", false, "/svc/x"), HOST));
        assertFalse(PersonioCalls.expired(answer(200, "application/json", "{\"timecards\": [", false, "/svc/x"),
                HOST));
        assertFalse(PersonioCalls.expired(answer(200, "application/json", "{}", false, "/svc/x"), HOST));
    }
}
