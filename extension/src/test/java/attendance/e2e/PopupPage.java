package attendance.e2e;

import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.WebElement;

/** The popup, opened as a tab, driven only through the element contract of design.md. */
public final class PopupPage {
    private final Chromium chromium;

    public PopupPage(Chromium chromium) {
        this.chromium = chromium;
    }

    /** Opens the popup in a new tab and waits for its first plan to settle. */
    public PopupPage openInNewTab() {
        chromium.openInNewTab(chromium.extensionUrl("popup.html"));
        waitForPlanSettled();
        return this;
    }

    public void showMonth(YearMonth month) {
        WebElement input = chromium.element("#month");
        chromium.driver().executeScript("arguments[0].value = arguments[1];", input, month.toString());
        chromium.element("#preview").click();
        chromium.waitFor(d -> month.toString().equals(chromium.element("#plan").getAttribute("data-month"))
                && !"loading".equals(chromium.element("#plan").getAttribute("data-state")) ? true : null);
    }

    public String planState() {
        return chromium.element("#plan").getAttribute("data-state");
    }

    public void waitForPlanSettled() {
        chromium.waitFor(d -> !"loading".equals(planState()) ? true : null);
    }

    /** date → "fill" or the skip reason, as the rows say. */
    public Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : chromium.elements("#plan [data-date]")) {
            String action = row.getAttribute("data-action");
            rows.put(row.getAttribute("data-date"), "fill".equals(action) ? "fill" : row.getAttribute("data-reason"));
        }
        return rows;
    }

    public String rowText(String date) {
        return chromium.element("#plan [data-date='" + date + "']").getText();
    }

    public void fill() {
        chromium.waitFor(d -> chromium.element("#fill").isEnabled() ? true : null);
        chromium.element("#fill").click();
    }

    public void cancel() {
        chromium.element("#cancel").click();
    }

    /** Waits for #summary to reach a state and returns it. */
    public WebElement summary(String state, Duration timeout) {
        return chromium.waitFor(timeout, d -> {
            WebElement summary = chromium.element("#summary");
            return state.equals(summary.getAttribute("data-state")) ? summary : null;
        });
    }

    public String errorCode() {
        WebElement error = chromium.element("#error");
        return error.isDisplayed() ? error.getAttribute("data-code") : null;
    }
}
