package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import attendance.InputException;
import org.junit.jupiter.api.Test;

class SessionFactsTest {
    @Test
    void theContextNamesTheUser() {
        assertEquals(13011272L, SessionFacts.employeeIdFromContext(
                "{\"data\": {\"user\": {\"id\": 13011272, \"name\": \"Erika\"}, \"company\": {}}}"));
    }

    @Test
    void aContextWithoutAUserIsAClearError() {
        InputException e = assertThrows(InputException.class,
                () -> SessionFacts.employeeIdFromContext("{\"data\": {}}"));
        assertEquals("missing context.data.user.id", e.getMessage());
        assertThrows(InputException.class, () -> SessionFacts.employeeIdFromContext("<html>"));
    }

    @Test
    void theLanguageCookieHoldsTheIdEncodedOrNot() {
        assertEquals(13011272L, SessionFacts.employeeIdFromLanguageCookie("de%7C13011272"));
        assertEquals(13011272L, SessionFacts.employeeIdFromLanguageCookie("en|13011272"));
        assertNull(SessionFacts.employeeIdFromLanguageCookie("de"));
        assertNull(SessionFacts.employeeIdFromLanguageCookie("de|abc"));
        assertNull(SessionFacts.employeeIdFromLanguageCookie(null));
    }
}
