package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import personio.simulator.LoggedRequest;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * The Firefox build in Debian's Firefox ESR, loaded as a temporary add-on and driven over WebDriver BiDi: the popup
 * plans last month and fills it against the simulator, in English and in German.
 */
class FirefoxIT {
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    private PersonioSimulator simulator;
    private Firefox firefox;

    @AfterEach
    void stop() {
        if (firefox != null) {
            firefox.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private void start(String language) throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
        firefox = Firefox.start(simulator.port(), language);
        firefox.navigate("https://" + simulator.tenant() + ".app.personio.com/demo/sign-in");
    }

    /** Opens the popup as a page (no Personio tab stays open: writes need a background tab) and plans the month. */
    private void planTheMonth() throws Exception {
        firefox.navigate(firefox.extensionUrl("popup.html"));
        firefox.waitFor(Duration.ofSeconds(30), "document.querySelector('#plan').dataset.state === 'loading'"
                + " ? 'loading' : 'settled'", "settled");
        firefox.evaluate("(() => { document.querySelector('#month').value = '" + MONTH + "';"
                + " document.querySelector('#preview').click(); return 'asked'; })()");
        firefox.waitFor(Duration.ofSeconds(30), "(() => { const p = document.querySelector('#plan');"
                + " return p.dataset.month + ' ' + p.dataset.state; })()", MONTH + " ready");
    }

    @Test
    void thePopupPlansTheMonthAndFillsExactlyItsDaysInFirefox() throws Exception {
        start("en-US");
        planTheMonth();
        Set<String> planned = new TreeSet<>();
        String rows = firefox.evaluate("[...document.querySelectorAll('#plan [data-action=fill]')]"
                + ".map((r) => r.dataset.date).join(',')");
        for (String date : rows.split(",")) {
            planned.add(date);
        }
        Set<String> expected = new TreeSet<>();
        simulator.scenario().writableEmptyDays().forEach(d -> expected.add(d.toString()));
        assertEquals(expected, planned);
        assertEquals("off_day", firefox.evaluate("document.querySelector(\"#plan [data-date='"
                + simulator.scenario().holiday() + "']\").dataset.reason"));

        firefox.evaluate("document.querySelector('#fill').click(), 'clicked'");
        firefox.waitFor(Duration.ofSeconds(120), "document.querySelector('#summary').dataset.state", "done");
        assertEquals(String.valueOf(expected.size()), firefox.evaluate(
                "document.querySelector('#summary').dataset.filled"));
        Set<String> written = new TreeSet<>();
        for (LocalDate d : simulator.storedPeriods().keySet()) {
            if (!simulator.scenario().filledDays().contains(d)) {
                written.add(d.toString());
            }
        }
        assertEquals(expected, written);
        assertFalse(simulator.requestLog().stream().anyMatch(LoggedRequest::overwrote));
        assertTrue(simulator.requestLog().stream().filter(r -> r.method().equals("PUT"))
                .allMatch(r -> Boolean.TRUE.equals(r.originAllowed())), "every write came from the company's page");
    }

    @Test
    void inGermanThePopupSpeaksGerman() throws Exception {
        start("de");
        planTheMonth();
        String fill = firefox.evaluate("document.querySelector('#fill').textContent");
        assertTrue(fill.contains("eintragen"), fill);
    }
}
