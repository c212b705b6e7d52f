package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The working-time rules of the user's country, chosen on the options page, decide what a schedule may hold. */
class WorkRulesIT extends LastMonthSignedIn {

    private void setValue(String css, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", chromium.element(css), value);
    }

    /** Monday to Friday 09:00 to 16:20 with a 20-minute break at noon: 7 h of work. */
    private void britishSchedule() {
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            setValue("#" + day + "-start", "09:00");
            setValue("#" + day + "-end", "16:20");
            setValue("#day-" + day + " .break-start", "12:00");
            setValue("#day-" + day + " .break-end", "12:20");
        }
    }

    private String save() {
        chromium.element("#save").click();
        return chromium.waitFor(Duration.ofSeconds(10), d -> {
            String state = chromium.element("#status").getAttribute("data-state");
            return "saved".equals(state) || "refused".equals(state) ? state : null;
        });
    }

    @Test
    void aTwentyMinuteBreakAfterSixHoursIsRefusedUnderGermanRulesAndSavedUnderBritishOnes() {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty() ? true : null);
        Select rules = new Select(chromium.element("#work-rules"));
        List<String> values = new ArrayList<>();
        for (WebElement option : rules.getOptions()) {
            values.add(option.getAttribute("value"));
        }
        assertEquals(List.of("de", "at", "ch", "gb", "ie", "nl", "es", "fr", "it", "none"), values);
        assertEquals("de", rules.getFirstSelectedOption().getAttribute("value"), "Germany's by default");

        britishSchedule();
        assertEquals("refused", save());
        String words = chromium.element("#violations-monday").getText();
        assertTrue(words.contains("DE") && words.contains("ArbZG § 4"), "the country and the law: " + words);

        rules.selectByValue("gb");
        assertEquals("saved", save());
        String stored = String.valueOf(chromium.async(
                "chrome.storage.sync.get('settings').then((s) => done(s.settings.work_rules));"));
        assertEquals("gb", stored);
    }
}
