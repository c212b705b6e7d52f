package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/** The options page's sums, its week rule and what it stores; the popup's "through today". */
class SettingsIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private PersonioSimulator simulator;
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(YearMonth.from(TODAY))
                .withToday(TODAY));
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

    private String storedText() {
        return String.valueOf(chromium.async("chrome.storage.sync.get('settings').then((s) => "
                + "done(JSON.stringify(s.settings ?? null)));"));
    }

    private JSONObject stored() {
        return new JSONObject(storedText());
    }

    @Test
    void theOptionsPageSumsTheWeekCopiesADayRefusesOver48HoursAndStoresOnlyWhatChanged() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.element("#week-sum").getText().isEmpty() ? true : null);
        assertEquals("40 hr", chromium.element("#week-sum").getText());
        assertEquals("8 hr of work", chromium.element("#day-monday .day-sum").getText());
        // Monday 07:00-17:45 with 45 minutes of breaks is 10 h; copied to Tuesday to Friday and Saturday switched
        // on, the week holds 60 h.
        chromium.driver().executeScript("arguments[0].value = '07:00'; arguments[1].value = '17:45';"
                + "arguments[2].value = '12:45';"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                chromium.element("#monday-start"), chromium.element("#monday-end"),
                chromium.element("#day-monday .break-end"));
        chromium.element("#saturday-enabled").click();
        chromium.element("#day-monday .copy-day").click();
        chromium.waitFor(d -> chromium.element("#week-sum").getText().equals("60 hr") ? true : null);
        assertTrue(chromium.element("#violations-week").getText().contains("at most 48 hr"),
                chromium.element("#violations-week").getText());
        chromium.element("#save").click();
        chromium.waitFor(d -> "refused".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);
        assertEquals("null", storedText(), "nothing stored while a rule is broken");

        chromium.element("#reset").click();
        chromium.element("#comment").sendKeys("Team A");
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);
        assertTrue(stored().similar(new JSONObject("{\"comment\": \"Team A\"}")), stored().toString());
    }

    @Test
    void thePopupsThroughTodaySwitchLeavesTodayForLater() {
        chromium.signIn(simulator.tenant());
        PopupPage popup = new PopupPage(chromium).openInNewTab();
        popup.showMonth(YearMonth.from(TODAY));
        boolean workday = "fill".equals(popup.rows().get(TODAY.toString()));
        chromium.element("#through-today").click();
        chromium.waitFor(Duration.ofSeconds(20), d -> storedText().contains("through_today") ? true : null);
        assertTrue(stored().similar(new JSONObject("{\"through_today\": false}")), storedText());
        if (workday) {
            // Today was to be filled; now it is left for later.
            chromium.waitFor(Duration.ofSeconds(20), d -> "ready".equals(popup.planState())
                    && "non_trackable".equals(popup.rows().get(TODAY.toString())) ? true : null);
            chromium.element("#through-today").click();
            chromium.waitFor(Duration.ofSeconds(20), d -> "ready".equals(popup.planState())
                    && "fill".equals(popup.rows().get(TODAY.toString())) ? true : null);
        }
    }

    @Test
    void forgetEverythingAsksFirstInWordsAndThenClearsWhatTheExtensionStored() {
        chromium.driver().get(chromium.extensionUrl("options.html"));
        chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty());
        chromium.async("Promise.all([chrome.storage.sync.set({settings: {comment: 'Mine'}}), "
                + "chrome.storage.local.set({lastTenant: 'acme', edits: {'2026-10': {}}, "
                + "importFile: {name: 'days.json', text: '{\\\"days\\\": []}'}})]).then(() => done(true));");
        chromium.waitFor(d -> chromium.element("#import-status").getText().contains("days.json") ? true : null);
        chromium.element("#forget-start").click();
        assertTrue(chromium.element("#forget-confirm").isDisplayed());
        assertTrue(chromium.element("#forget-question").getText().contains("cannot be undone"));
        chromium.element("#forget-no").click();
        assertEquals("{\"comment\":\"Mine\"}", storedText(), "no: nothing is cleared");

        chromium.element("#forget-start").click();
        chromium.element("#forget-yes").click();
        chromium.waitFor(d -> !chromium.element("#forget-status").getText().isEmpty() ? true : null);
        assertEquals("null", storedText());
        // The worker may note a fresh reminder right after; what was stored before is gone.
        assertEquals("gone", String.valueOf(chromium.async("chrome.storage.local.get(null).then((all) => "
                + "done(all.lastTenant || all.edits || all.job || all.writeRecord || all.importFile ? 'kept' "
                + ": 'gone'));")));
        chromium.waitFor(d -> chromium.element("#import-status").getText().isEmpty() ? true : null);
    }
}
