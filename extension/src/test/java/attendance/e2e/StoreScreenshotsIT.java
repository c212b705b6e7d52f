package attendance.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import personio.simulator.PersonioSimulator;
import personio.simulator.SimulatorConfig;

/**
 * The stores' screenshots, made from the real extension against the simulator at the stores' size (1280×800), in
 * English and German: the popup with a month's plan, and the options page. Written to dist/store-screenshots/.
 */
class StoreScreenshotsIT {
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(1);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void thePopupAndTheOptionsPageAtTheStoresSize(String language) throws Exception {
        Path folder = Files.createDirectories(Chromium.extensionDir().getParent().resolve("store-screenshots"));
        try (PersonioSimulator simulator = PersonioSimulator.start(SimulatorConfig.defaults().withMonth(MONTH)
                .withToday(MONTH.atEndOfMonth().minusDays(3)));
                Chromium chromium = Chromium.start(simulator.port(), language, true)) {
            chromium.signIn(simulator.tenant());
            chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH,
                    "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
            chromium.driver().get(chromium.extensionUrl("popup.html?month=" + MONTH));
            chromium.waitFor(Duration.ofSeconds(30), d -> "ready".equals(chromium.element("#plan")
                    .getAttribute("data-state")) ? true : null);
            save(chromium, folder.resolve(language + "-1-popup.png"));

            chromium.driver().get(chromium.extensionUrl("options.html"));
            chromium.waitFor(d -> !chromium.elements("#day-monday .start").isEmpty() ? true : null);
            save(chromium, folder.resolve(language + "-2-options.png"));
        }
    }

    private static void save(Chromium chromium, Path file) throws Exception {
        byte[] png = chromium.driver().getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH + "x" + HEIGHT, image.getWidth() + "x" + image.getHeight(), "the stores' size");
        Files.write(file, png);
    }
}
