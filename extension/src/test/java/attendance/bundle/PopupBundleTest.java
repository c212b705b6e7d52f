package attendance.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The assembled extension's popup script and the plan it may load are each one file (bundle.mjs): the only module
 * either still imports is the core, which the popup's script loads only when it plans itself.
 */
class PopupBundleTest {
    private static final Path BUILT = Path.of("target", "extension");
    private static final Pattern STATIC_IMPORT = Pattern.compile("^import [^;]*? from \"([^\"]+)\";",
            Pattern.MULTILINE | Pattern.DOTALL);

    private static List<String> staticImports(String file) throws IOException {
        Matcher m = STATIC_IMPORT.matcher(Files.readString(BUILT.resolve(file)));
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void thePopupScriptIsOneFileThatLoadsThePlanAndTheCoreOnlyWhenItPlansItself() throws IOException {
        assertEquals(List.of(), staticImports("popup.js"));
        String popup = Files.readString(BUILT.resolve("popup.js"));
        assertTrue(popup.contains("import(\"./month-plan.js\")"), "the plan is loaded when the popup plans itself");
        assertTrue(popup.contains("function createRunClient("), "the run client is in the popup's file");
    }

    @Test
    void thePlanTheWorkerOrThePopupMakesIsOneFileBesideTheCore() throws IOException {
        assertEquals(List.of("./core.js"), staticImports("month-plan.js"));
        String plan = Files.readString(BUILT.resolve("month-plan.js"));
        assertTrue(plan.contains("function planMonth("));
        // pageFetch goes to chrome.scripting as a function of its own: no helper of the bundle may wrap it.
        assertTrue(plan.contains("function pageFetch("));
        assertFalse(plan.contains("__name("), "names kept as written, by no helper");
    }
}
