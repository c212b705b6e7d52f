package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    static final List<String> EXTERNAL = List.of("http:", "https:", "//", "<script", "<link", "<img", "src=");

    @Test
    void theLoginPagePostsAPrefilledFormWithASignInButton() {
        String page = Pages.login("acme");

        assertTrue(page.contains("<form method=\"post\" action=\"/login\">"));
        assertTrue(page.contains("name=\"email\" value=\""));
        assertTrue(page.contains("name=\"password\" value=\""));
        assertTrue(page.contains("<button type=\"submit\" id=\"sign-in\">Sign in</button>"));
    }

    @Test
    void theSignedInPageNamesTheEmployeeAndLinksTheTimesheet() {
        String page = Pages.signedIn("acme", 13_011_272L, YearMonth.of(2026, 10));

        assertTrue(page.contains("Personio simulator: signed in as employee 13011272 of acme"));
        assertTrue(page.contains("href=\"/__simulator/timesheet?start_date=2026-10-01&amp;end_date=2026-10-31\""));
    }

    @Test
    void pagesAreCompleteDocumentsWithNoExternalResources() {
        for (String page : List.of(Pages.login("acme"), Pages.signedIn("acme", 1, YearMonth.of(2026, 10)))) {
            assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
            assertTrue(page.contains("<meta charset=\"utf-8\">") && page.contains("<title>"));
            assertTrue(page.endsWith("</body>\n</html>\n"));
            EXTERNAL.forEach(marker -> assertFalse(page.contains(marker), marker));
        }
    }
}
