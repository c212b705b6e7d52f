package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options page in each language beside English and German, as Chromium picks it from the browser's language. */
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
}
