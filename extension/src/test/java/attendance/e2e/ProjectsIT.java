package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.TreeSet;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import personio.simulator.PersonioSimulator;
import personio.simulator.Scenario;
import personio.simulator.SimulatorConfig;

/** Projects picked by name on the options page, written as their ids; a project Personio refuses is named. */
class ProjectsIT {
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);

    private PersonioSimulator simulator;
    private Chromium chromium;
    private Scenario scenario;

    @BeforeEach
    void start() throws Exception {
        simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
        scenario = simulator.scenario();
        chromium = Chromium.start(simulator.port(), "en", true);
        chromium.signIn(simulator.tenant());
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

    private void openOptionsWithProjects() {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.waitFor(Duration.ofSeconds(30), d -> chromium.elements("#project-pick option").size() > 1
                ? true : null);
    }

    @Test
    void aProjectPickedByNameIsWrittenAsItsIdWithTheTimesheetsType() {
        openOptionsWithProjects();
        Select pick = new Select(chromium.element("#project-pick"));
        assertTrue(pick.getOptions().stream().noneMatch(o -> o.getText().contains("Old project")),
                "an inactive project is not offered");
        pick.selectByVisibleText("Development");
        assertEquals("1001", chromium.element("#project-id").getAttribute("value"));
        chromium.element("#save").click();
        chromium.waitFor(d -> "saved".equals(chromium.element("#status").getAttribute("data-state")) ? true : null);

        PopupPage popup = new PopupPage(chromium).openInNewTab();
        popup.showMonth(MONTH);
        popup.fill();
        popup.summary("done", Duration.ofSeconds(120));
        LocalDate day = new TreeSet<>(scenario.writableEmptyDays()).first();
        JSONObject work = new JSONObject(simulator.timecardJson(day)).getJSONArray("periods").getJSONObject(0);
        assertEquals(1001, work.get("project_id"), "a number, as the timesheet has it: " + work);
    }

    @Test
    void aProjectNoLongerActiveIsShownAsSuchAndARefusedDayNamesIt() {
        chromium.openInNewTab(chromium.extensionUrl("options.html"));
        chromium.async("chrome.storage.sync.set({settings: {project_id: '1003'}}).then(() => done(true));");
        chromium.driver().navigate().refresh();
        chromium.waitFor(Duration.ofSeconds(30), d -> chromium.element("#project-id-name").getText()
                .contains("no longer active") ? true : null);
        assertEquals("1003", new Select(chromium.element("#project-pick")).getFirstSelectedOption()
                .getAttribute("value"), "kept, never dropped");

        PopupPage popup = new PopupPage(chromium).openInNewTab();
        popup.showMonth(MONTH);
        popup.fill();
        chromium.waitFor(Duration.ofSeconds(120), d -> !"running".equals(chromium.element("#summary")
                .getAttribute("data-state")) ? true : null);
        LocalDate day = new TreeSet<>(scenario.writableEmptyDays()).first();
        popup.waitForPlanSettled();
        String row = popup.rowText(day.toString());
        assertTrue(row.contains("Old project") && row.contains("1003"), row);
        assertTrue(simulator.storedPeriods().keySet().stream().noneMatch(scenario.writableEmptyDays()::contains),
                "nothing written with a refused project");
    }
}
