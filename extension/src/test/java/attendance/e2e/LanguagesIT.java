package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * The options page in each language beside English and German, as Chromium picks it from the browser's language, and
 * the popup in two of them.
 */
class LanguagesIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "fr", "it", "nl"})
    void theOptionsPageSpeaksTheBrowsersLanguage(String language) throws Exception {
        JSONObject messages = new JSONObject(Files.readString(Path.of("web", "_locales", language,
                "messages.json")));
        try (Chromium chromium = Chromium.start(0, language, true)) {
            chromium.driver().get(chromium.extensionUrl("options.html"));
            chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty() ? true : null);
            assertEquals(language, chromium.driver().executeScript("return document.documentElement.lang"));
            assertEquals(messages.getJSONObject("saveButton").getString("message"),
                    chromium.element("#save").getText());
            assertEquals(messages.getJSONObject("workRules_de").getString("message"),
                    chromium.element("#work-rules option[value='de']").getText());
        }
    }

    /** The popup plans a month in Spanish and French, its counts worded by the language's plural category. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "fr"})
    void thePopupSpeaksTheBrowsersLanguageAndCountsInIt(String language) throws Exception {
        JSONObject messages = new JSONObject(Files.readString(Path.of("web", "_locales", language,
                "messages.json")));
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(month)
                .withToday(month.atEndOfMonth().minusDays(3)));
                Chromium chromium = Chromium.start(simulator.port(), language, true)) {
            chromium.signIn(simulator.tenant());
            chromium.driver().get(chromium.extensionUrl("popup.html?month=" + month));
            chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(chromium.element("#plan")
                    .getAttribute("data-state")) ? true : null);
            assertEquals(language, chromium.driver().executeScript("return document.documentElement.lang"));
            int fills = chromium.elements("#plan [data-action='fill']").size();
            // Both languages say "one" for 1 (French for 0 too) and "other" for the counts a month has.
            String form = fills == 1 || (language.equals("fr") && fills == 0) ? "one" : "other";
            assertEquals(messages.getJSONObject("fillButton_" + form).getString("message")
                    .replace("$1", String.valueOf(fills)), chromium.element("#fill").getText());
            String caption = chromium.element("#plan-caption").getText();
            assertTrue(caption.startsWith(messages.getJSONObject("planFills_" + form).getString("message")
                    .replace("$1", String.valueOf(fills))), caption);
        }
    }
}
