package attendance.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * {@code ./build.sh demo} without a display: signs in to the running simulator, opens the popup on the month, fills
 * it, prints the summary and saves a screenshot of the popup to {@code dist/demo-popup.png}.
 */
public final class HeadlessDemo {
    private HeadlessDemo() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        YearMonth month = YearMonth.parse(args[1]);
        Path screenshot = Path.of(args.length > 2 ? args[2] : "dist/demo-popup.png");
        try (Chromium chromium = Chromium.start(port, "en", true)) {
            chromium.signIn("acme");
            PopupPage popup = new PopupPage(chromium).openInNewTab();
            popup.showMonth(month);
            if (!"ready".equals(popup.planState())) {
                throw new IllegalStateException("The plan did not load: " + chromium.element("#error").getText());
            }
            Map<String, Integer> plan = new TreeMap<>();
            popup.rows().values().forEach(action -> plan.merge(action, 1, Integer::sum));
            System.out.println("Plan for " + month + ": " + plan);
            Path before = screenshot.resolveSibling("demo-plan.png");
            shoot(chromium, before);
            System.out.println("Screenshot of the plan before filling: " + before);
            if (plan.getOrDefault("fill", 0) > 0) {
                popup.fill();
                WebElement summary = popup.summary("done", Duration.ofMinutes(3));
                System.out.println("Summary: filled " + summary.getAttribute("data-filled") + ", failed "
                        + summary.getAttribute("data-failed") + ", skipped " + summary.getAttribute("data-skipped"));
                System.out.println(chromium.element("#summary-text").getText());
            }
            shoot(chromium, screenshot);
            System.out.println("Screenshot of the popup: " + screenshot);
        }
    }

    private static void shoot(Chromium chromium, Path file) throws java.io.IOException {
        WebElement body = chromium.driver().findElement(By.tagName("body"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, body.getScreenshotAs(OutputType.BYTES));
    }
}
