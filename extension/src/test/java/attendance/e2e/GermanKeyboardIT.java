package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;

/** A German browser gets a German popup and options page, and the keyboard alone runs the whole flow. */
class GermanKeyboardIT {
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    private PersonioSimulator simulator;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth()));
        chromium = Chromium.start(simulator.port(), "de", true);
    }

    @AfterEach
    void stop() {
        chromium.close();
        simulator.close();
    }

    @Test
    void aGermanBrowserGetsGermanTextsAndTheKeyboardRunsPreviewFillAndCancel() {
        Scenario scenario = simulator.scenario();
        chromium.signIn(simulator.tenant());
        PopupPage popup = new PopupPage(chromium).openInNewTab();
        assertEquals("Arbeitszeiten eintragen", chromium.element("h1").getText());
        assertEquals("de", chromium.element("html").getAttribute("lang").substring(0, 2));

        WebElement month = chromium.element("#month");
        chromium.driver().executeScript("arguments[0].value = arguments[1];", month, MONTH.toString());
        month.click();
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        chromium.waitFor(d -> MONTH.toString().equals(chromium.element("#plan").getAttribute("data-month"))
                && "ready".equals(popup.planState()) ? true : null);
        assertTrue(popup.rowText(scenario.locked().toString()).contains("Gesperrt"));
        assertTrue(popup.rowText(scenario.fullDayAbsence().toString()).contains("Ganztägig abwesend"));
        assertTrue(chromium.element("#fill").getText().endsWith("Tage eintragen"));

        tabUntilFocused("fill");
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        popup.summary("running", Duration.ofSeconds(10));
        chromium.waitFor(d -> chromium.element("#cancel").isEnabled() ? true : null);
        tabUntilFocused("cancel");
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        WebElement summary = popup.summary("cancelled", Duration.ofSeconds(15));
        assertTrue(chromium.element("#summary-text").getText().startsWith("Abgebrochen"));
        assertTrue(Integer.parseInt(summary.getAttribute("data-filled")) < scenario.writableEmptyDays().size());
    }

    @Test
    void theOptionsPageSpeaksGermanAndNamesTheLawInGerman() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty());
        assertEquals("Montag", chromium.element("#day-monday legend").getText());
        // 08:00-18:00 with half an hour of lunch is 9:30 of work, which needs 45 minutes of breaks.
        chromium.driver().executeScript("arguments[0].value = '18:00'; arguments[1].value = '12:30';"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", chromium.element("#monday-end"),
                chromium.element("#day-monday .break-end"));
        chromium.element("#save").click();
        chromium.waitFor(d -> "refused".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);
        String text = chromium.element("#violations-monday").getText();
        assertTrue(text.contains("DE (ArbZG § 4): 9 Std., 30 Min. Arbeit brauchen mindestens 45 Minuten Pause"), text);
        assertTrue(chromium.element("#status").getText().startsWith("Nicht gespeichert"));
    }

    /** Presses Tab until the element with this id has the focus, as a keyboard user would. */
    private void tabUntilFocused(String id) {
        for (int i = 0; i < 40; i++) {
            Object focused = chromium.driver()
                    .executeScript("return document.activeElement && document.activeElement.id");
            if (id.equals(focused)) {
                return;
            }
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
