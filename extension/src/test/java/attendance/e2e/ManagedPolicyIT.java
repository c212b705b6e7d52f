package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * Company defaults through a real Chromium policy file, as an administrator sets them: they are the defaults, and a
 * locked value is shown as set by the company and cannot be changed. The file applies to the whole machine, so it is
 * written only as root, removed in a finally, and this class never runs beside another Chromium suite (the failsafe
 * plugin runs the end-to-end classes one after another).
 */
class ManagedPolicyIT {
    private static final Path POLICIES = Path.of("/etc/chromium/policies/managed");
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Writes the company's values as Chromium's machine-wide policy for the extension; the caller removes it. */
    static Path installPolicy(JSONObject company) throws Exception {
        String id = Chromium.idOf(Chromium.extensionDir());
        JSONObject policy = new JSONObject().put("3rdparty", new JSONObject().put("extensions",
                new JSONObject().put(id, company)));
        Files.createDirectories(POLICIES);
        Path file = POLICIES.resolve("personio-recorder-e2e.json");
        Files.writeString(file, policy.toString());
        return file;
    }

    @Test
    void theCompanysDefaultsTakeEffectAndItsLockedProjectCannotBeChanged() throws Exception {
        if (!root()) {
            System.out.println("ManagedPolicyIT skipped: writing " + POLICIES + " needs root.");
        }
        Assumptions.assumeTrue(root(), "writing a machine-wide Chromium policy needs root");
        JSONObject company = new JSONObject().put("project_id", "1001").put("comment", "Set by ACME")
                .put("through_today", false).put("locked", new JSONArray().put("project_id").put("through_today"));
        Path file = installPolicy(company);
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
                Chromium chromium = Chromium.start(simulator.port(), "en", true)) {
            chromium.driver().get(chromium.extensionUrl("options.html"));
            chromium.waitFor(Duration.ofSeconds(20), d -> "1001".equals(chromium.element("#project-id")
                    .getAttribute("value")) ? true : null);
            assertFalse(chromium.element("#project-id").isEnabled(), "locked by the company");
            assertTrue(chromium.element("#project-id").findElement(By.xpath(".."))
                    .getText().contains("Set by your company"));
            assertEquals("Set by ACME", chromium.element("#comment").getAttribute("value"), "a company default");
            assertTrue(chromium.element("#comment").isEnabled(), "not locked: the user may change it");

            chromium.element("#comment").clear();
            chromium.element("#comment").sendKeys("Mine");
            chromium.element("#save").click();
            chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state"))
                    ? true : null);
            String stored = String.valueOf(chromium.async(
                    "chrome.storage.sync.get('settings').then((s) => done(JSON.stringify(s.settings)));"));
            assertTrue(new JSONObject(stored).similar(new JSONObject("{\"comment\": \"Mine\"}")),
                    "only what the user changed: " + stored);

            chromium.signIn(simulator.tenant());
            PopupPage popup = new PopupPage(chromium).openInNewTab();
            popup.showMonth(MONTH);
            assertTrue(chromium.element("#plan-context").getText().contains("Mine"),
                    chromium.element("#plan-context").getText());
            assertTrue(chromium.element("#plan-context").getText().contains("Development"),
                    "the company's project: " + chromium.element("#plan-context").getText());
            assertFalse(chromium.element("#through-today").isSelected(), "the company's value");
            assertFalse(chromium.element("#through-today").isEnabled(), "locked by the company in the popup too");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aCompanysUnusableValuesAreIgnoredAndNamedWhileTheRestAppliesAndTheMonthStillPlans() throws Exception {
        Assumptions.assumeTrue(root(), "writing a machine-wide Chromium policy needs root");
        JSONObject company = new JSONObject().put("timezone", "Mars/Olympus_Mons").put("comment", "x".repeat(600))
                .put("project_id", "1001")
                .put("locked", new JSONArray().put("timezone").put("comment").put("project_id"));
        Path file = installPolicy(company);
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
                Chromium chromium = Chromium.start(simulator.port(), "en", true)) {
            chromium.driver().get(chromium.extensionUrl("options.html"));
            chromium.waitFor(Duration.ofSeconds(20), d -> "1001".equals(chromium.element("#project-id")
                    .getAttribute("value")) ? true : null);
            assertTrue(chromium.element("#policy-ignored").isDisplayed());
            assertEquals("bad_timezone", chromium.element("#policy-ignored li[data-key='timezone']")
                    .getAttribute("data-code"));
            assertTrue(chromium.element("#policy-ignored li[data-key='timezone']").getText()
                    .contains("Mars/Olympus_Mons"), chromium.element("#policy-ignored").getText());
            assertTrue(chromium.element("#policy-ignored li[data-key='comment']").getText().contains("500"));
            assertTrue(chromium.element("#timezone").isEnabled(), "an ignored value locks nothing");
            assertFalse(chromium.element("#project-id").isEnabled(), "the usable value stays locked");

            chromium.signIn(simulator.tenant());
            PopupPage popup = new PopupPage(chromium).openInNewTab();
            popup.showMonth(MONTH);
            assertEquals("ready", popup.planState(), "the month plans with the rest of the company's settings");
            assertTrue(chromium.element("#plan-context").getText().contains("Development"),
                    "the company's project: " + chromium.element("#plan-context").getText());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
