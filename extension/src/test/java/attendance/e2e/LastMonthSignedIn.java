package attendance.e2e;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;
import personio.simulator.StoredPeriod;

/**
 * The setting most end-to-end tests share: last month in the simulator, with "today" late in it so that a few of its
 * days are in the future; Chromium with the extension, signed in; the popup open in a tab of its own.
 */
abstract class LastMonthSignedIn {
    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    PersonioSimulator simulator;
    Chromium chromium;
    Scenario scenario;
    PopupPage popup;

    @BeforeEach
    void startSignedIn() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
        scenario = simulator.scenario();
        chromium = Chromium.start(simulator.port(), "en", true);
        popup = new PopupPage(chromium);
        chromium.signIn(simulator.tenant());
        popup.openInNewTab();
    }

    @AfterEach
    void stopSignedIn() {
        if (chromium != null) {
            chromium.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** A day's periods as {@code "work 08:00-12:00"}, to compare with what a row showed. */
    static List<String> spans(List<StoredPeriod> periods) {
        List<String> spans = new ArrayList<>();
        for (StoredPeriod p : periods) {
            spans.add(p.type() + " " + p.start().toLocalTime() + "-" + p.end().toLocalTime());
        }
        return spans;
    }
}
