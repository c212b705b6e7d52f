package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/** The built extension in real Chromium: it loads, its worker starts cleanly, and the options page guards storage. */
class ExtensionSmokeIT {
    private static PersonioSimulator simulator;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults());
        chromium = Chromium.start(simulator.port(), "en", true);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theBuiltExtensionLoadsWithItsLocalisedPages() {
        chromium.driver().get(chromium.extensionUrl("popup.html"));
        assertEquals("Fill working hours", chromium.waitFor(d -> {
            String title = d.getTitle();
            return title.isEmpty() || title.equals("popupTitle") ? null : title;
        }));
    }

    @Test
    void theServiceWorkerStartsWithoutErrorsAndStoresNoSettingsTheUserDidNotSet() throws Exception {
        try (DevToolsTarget worker = chromium.serviceWorker()) {
            // Defaults live in the code, so that new defaults show through.
            assertEquals("none", worker.evaluate(
                    "chrome.storage.sync.get('settings').then(r => r.settings === undefined ? 'none' : 'stored')"));
            assertEquals(List.of(), worker.exceptions());
            assertEquals("ok", worker.evaluate("fetch('core.js').then(r => r.ok ? 'ok' : 'missing')"));
        }
    }

    @Test
    void theBundleWritesJsonNumbersAsNumbersWithoutARegularExpression() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        // core.js is built without java.util.regex (attendance.bundle.JsonWithoutRegex): its JSON must still hold
        // numbers as numbers.
        String form = (String) chromium.async("import('./core.js').then(m => done(m.settingsForm(null)));");
        assertEquals(500, new JSONObject(form).get("comment_max"));
        assertTrue(form.contains("\"comment_max\":500"), form);
    }

    @Test
    void theOptionsPageSavesAValidScheduleThatCanBeReadBack() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty());
        setTime("#monday-start", "07:30");
        setTime("#monday-end", "16:00");
        setTime("#day-monday .break-start", "12:00");
        setTime("#day-monday .break-end", "12:30");
        chromium.element("#project-id").sendKeys("1001");
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")));
        JSONObject monday = storedSettings().getJSONObject("schedule").getJSONObject("monday");
        assertEquals("07:30", monday.getString("start"));
        assertEquals("16:00", monday.getString("end"));
        assertEquals("12:30", monday.getJSONArray("breaks").getJSONObject(0).getString("end"));
        assertEquals("1001", storedSettings().getString("project_id"));
    }

    @Test
    void theOptionsPageRefusesEightToSixThirtyWithoutABreakAndKeepsWhatWasStored() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-tuesday .start").isEmpty());
        String before = String.valueOf(new JSONArray(chromium.storageDump()).getJSONObject(0).opt("settings"));
        setTime("#tuesday-start", "08:00");
        setTime("#tuesday-end", "18:30");
        chromium.element("#day-tuesday .remove-break").click();
        chromium.element("#save").click();
        chromium.waitFor(d -> "refused".equals(chromium.element("#status").getAttribute("data-state")));
        List<String> codes = chromium.elements("#violations-tuesday li").stream()
                .map(li -> li.getAttribute("data-code")).toList();
        assertEquals(List.of("break_too_short", "too_long_in_a_row", "day_too_long"), codes);
        String text = chromium.element("#violations-tuesday").getText();
        assertTrue(text.contains("ArbZG § 3") && text.contains("at most 10 hr"), text);
        assertEquals(before, String.valueOf(new JSONArray(chromium.storageDump()).getJSONObject(0).opt("settings")));
        assertFalse(chromium.element("#status").getText().isBlank());
    }

    private void setTime(String css, String value) {
        WebElement input = chromium.element(css);
        chromium.driver().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    private JSONObject storedSettings() {
        JSONArray all = new JSONArray(chromium.storageDump());
        return all.getJSONObject(0).getJSONObject("settings");
    }
}
