package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;
import personio.simulator.ValidateShape;

/**
 * In real Chromium against the simulator: the self-check page checks each fact read-only, sends its one validation
 * only on a click and saves nothing, and neither the page nor its report holds a session value.
 */
class SelfCheckIT {
    private static final String VALIDATE = "/svc/attendance-api/validate-and-calculate-full-day";

    private PersonioSimulator simulator;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults());
        chromium = Chromium.start(simulator.port(), "en", true);
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** Opens the self-check in a new tab and waits for its checks. */
    private void openSelfCheck() {
        chromium.openInNewTab(chromium.extensionUrl("selfcheck.html"));
        waitForChecks();
    }

    private void waitForChecks() {
        chromium.waitFor(d -> "ready".equals(chromium.element("#checks").getAttribute("data-state")) ? true : null);
    }

    /** data-check → data-result, as the page shows them. */
    private Map<String, String> results() {
        Map<String, String> results = new LinkedHashMap<>();
        for (WebElement check : chromium.elements("#checks [data-check]")) {
            results.put(check.getAttribute("data-check"), check.getAttribute("data-result"));
        }
        return results;
    }

    private WebElement validateOnClick() {
        chromium.waitFor(d -> chromium.element("#validate").isEnabled() ? true : null);
        chromium.element("#validate").click();
        return chromium.waitFor(Duration.ofSeconds(60), d -> d.findElements(
                By.cssSelector("#checks [data-check='validate']")).stream().findFirst().orElse(null));
    }

    private List<LoggedRequest> apiRequests() {
        return simulator.requestLog().stream().filter(r -> r.path().startsWith("/api/") || r.path().startsWith("/svc/"))
                .toList();
    }

    private List<LoggedRequest> writes() {
        return apiRequests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    /** The session cookies as the browser holds them now, read through the driver on a Personio page. */
    private List<Cookie> personioCookies(String personioTab) {
        String here = chromium.driver().getWindowHandle();
        chromium.driver().switchTo().window(personioTab);
        List<Cookie> cookies = new ArrayList<>(chromium.driver().manage().getCookies());
        chromium.driver().switchTo().window(here);
        return cookies;
    }

    @Test
    void signedInEveryCheckPassesAndTheValidationRunsOnlyOnAClickAndSavesNothing() {
        chromium.signIn(simulator.tenant());
        openSelfCheck();
        assertEquals(Map.of("cookies", "pass", "xsrf", "pass", "employee", "pass", "timesheet", "pass",
                "projects", "pass", "tab", "pass"), results());
        assertEquals(List.of("cookies", "xsrf", "employee", "timesheet", "projects", "tab"),
                new ArrayList<>(results().keySet()), "in the contract's order");
        assertTrue(chromium.elements("[data-check='validate']").isEmpty(), "no validation before the click");
        assertTrue(writes().isEmpty(), "only reads so far: " + writes());
        assertEquals("POST /svc/attendance-api/validate-and-calculate-full-day?propose-fix=false",
                chromium.element("#validate-request").getText());
        assertTrue(chromium.element("#validate-what").getText().contains("saves nothing"),
                chromium.element("#validate-what").getText());

        var stored = simulator.storedPeriods();
        WebElement validate = validateOnClick();
        assertEquals("pass", validate.getAttribute("data-result"));
        assertEquals("validate_known_shape", validate.getAttribute("data-code"));
        assertEquals(1, writes().size(), "one validation: " + writes());
        LoggedRequest post = writes().get(0);
        assertEquals("POST", post.method());
        assertEquals(VALIDATE, post.path());
        assertEquals(Boolean.TRUE, post.originAllowed(), "sent from a Personio tab, with the company's origin");
        assertEquals(200, post.status());
        assertEquals(stored, simulator.storedPeriods(), "nothing was saved");
    }

    @Test
    void aValidationAnswerInNeitherKnownShapeFailsThatCheckAndNothingIsWritten() {
        simulator.setValidateShape(ValidateShape.UNKNOWN);
        chromium.signIn(simulator.tenant());
        openSelfCheck();
        var stored = simulator.storedPeriods();
        WebElement validate = validateOnClick();
        assertEquals("fail", validate.getAttribute("data-result"));
        assertEquals("validate_unknown_shape", validate.getAttribute("data-code"));
        assertTrue(writes().stream().allMatch(r -> r.method().equals("POST")), "no save: " + writes());
        assertEquals(stored, simulator.storedPeriods());
    }

    @Test
    void notSignedInTheCookiesFailAndNothingIsAskedOfPersonio() {
        openSelfCheck();
        assertEquals("fail", results().get("cookies"));
        assertEquals("not_signed_in", chromium.element("[data-check='cookies']").getAttribute("data-code"));
        assertEquals("warn", results().get("tab"), "no Personio tab is open");

        // On Personio's sign-in page the company is known, and the cookies are still missing, by name.
        String selfCheck = chromium.driver().getWindowHandle();
        chromium.openInNewTab("https://" + simulator.tenant() + ".app.personio.com/login");
        chromium.driver().switchTo().window(selfCheck);
        chromium.element("#recheck").click();
        waitForChecks();
        WebElement cookies = chromium.element("[data-check='cookies']");
        assertEquals("fail", cookies.getAttribute("data-result"));
        assertEquals("cookies_missing", cookies.getAttribute("data-code"));
        assertTrue(cookies.getText().contains("ATHENA_SESSION"), cookies.getText());
        for (String later : List.of("xsrf", "employee", "timesheet", "projects")) {
            assertEquals("warn", results().get(later), later + " is not checked");
        }
        assertFalse(chromium.element("#validate").isEnabled(), "nothing to validate");
        assertTrue(apiRequests().isEmpty(), "nothing was asked of Personio: " + apiRequests());
    }

    @Test
    void theReportIsShownBeforeItIsCopiedAndHoldsNoCookieValueTokenOrName() {
        chromium.signIn(simulator.tenant());
        String personioTab = chromium.driver().getWindowHandle();
        List<Cookie> cookies = personioCookies(personioTab);
        openSelfCheck();
        validateOnClick();
        // The checks renewed personio_session: the new value must not show either.
        cookies.addAll(personioCookies(personioTab));
        Set<String> names = new TreeSet<>();
        cookies.forEach(c -> names.add(c.getName()));
        assertTrue(names.containsAll(Set.of("ATHENA-XSRF-TOKEN", "ATHENA_SESSION", "personio_session")),
                names.toString());

        chromium.element("#copy-report").click();
        WebElement shown = chromium.waitFor(d -> chromium.element("#report").isDisplayed()
                && !chromium.element("#report").getText().isBlank() ? chromium.element("#report") : null);
        String report = shown.getText();
        assertTrue(report.contains("cookies: pass cookies_present"), report);
        assertTrue(report.contains("timesheet: pass timesheet_parsed"), report);
        assertTrue(report.contains("validate: pass validate_known_shape [seed]"), report);
        String page = chromium.element("body").getText();
        for (Cookie cookie : cookies) {
            assertTrue(cookie.getValue().length() >= 4, cookie.getName());
            assertFalse(report.contains(cookie.getValue()), cookie.getName() + " in the report");
            assertFalse(page.contains(cookie.getValue()), cookie.getName() + " on the page");
        }
        assertFalse(report.contains(Long.toString(simulator.employeeId())), "no employee id");
        assertFalse(report.contains(simulator.tenant()), "no company");
        assertEquals("copied", chromium.waitFor(d -> chromium.element("#copy-status").getAttribute("data-state")));
        // What landed on the clipboard is the text shown; reading it back needs the permission granted here.
        chromium.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin",
                "chrome-extension://" + chromium.extensionId(), "permissions", List.of("clipboardReadWrite")));
        assertEquals(report.strip(), String.valueOf(chromium.async(
                "navigator.clipboard.readText().then(done, (e) => done('not read: ' + e));")).strip());
    }
}
