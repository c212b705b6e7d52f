package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookiesTest {

    @Test
    void readsEveryPairOfEveryCookieHeader() {
        Map<String, String> cookies = Cookies.parse(List.of("ATHENA_SESSION=a; personio_session=b",
                "product_language=en%7C13011272"));

        assertEquals(Map.of("ATHENA_SESSION", "a", "personio_session", "b", "product_language", "en%7C13011272"),
                cookies);
    }

    @Test
    void readsNoHeaderAsNoCookies() {
        assertTrue(Cookies.parse(null).isEmpty());
    }

    @Test
    void keepsTheFirstOfARepeatedName() {
        assertEquals("first", Cookies.parse(List.of("a=first; a=second")).get("a"));
    }

    @Test
    void scopesEveryCookieToAllTenantsOverHttpsAndMarksSessionsHttpOnly() {
        assertEquals("ATHENA_SESSION=v; Domain=.app.personio.com; Path=/; Secure; SameSite=Lax; HttpOnly",
                Cookies.set(Cookies.ATHENA, "v", true));
        assertEquals("ATHENA-XSRF-TOKEN=t; Domain=.app.personio.com; Path=/; Secure; SameSite=Lax",
                Cookies.set(Cookies.XSRF, "t", false));
    }
}
