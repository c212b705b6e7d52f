package attendance.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Firefox's manifest is made from Chrome's at package time; the Chrome manifest in the repository stays as it is. */
class FirefoxBuildTest {
    private static JSONObject chrome() throws IOException {
        return new JSONObject(Files.readString(Path.of("..", "manifest.json")));
    }

    @Test
    void firefoxGetsBackgroundScriptsAsAModuleAGeckoIdAndTheDataCollectionStatement() throws IOException {
        JSONObject firefox = FirefoxBuild.manifest(chrome());
        JSONObject background = firefox.getJSONObject("background");
        assertTrue(new JSONArray().put("background.js").similar(background.getJSONArray("scripts")));
        assertEquals("module", background.getString("type"));
        assertFalse(background.has("service_worker"), "Firefox refuses a manifest with a service worker only");
        JSONObject gecko = firefox.getJSONObject("browser_specific_settings").getJSONObject("gecko");
        assertEquals(FirefoxBuild.GECKO_ID, gecko.getString("id"));
        assertEquals("140.0", gecko.getString("strict_min_version"));
        assertTrue(new JSONObject("{\"required\": [\"none\"]}").similar(gecko.getJSONObject(
                "data_collection_permissions")));
    }

    @Test
    void firefoxGetsNoChromeOnlyKeysAndEverythingElseAsChromeHasIt() throws IOException {
        JSONObject chrome = chrome();
        JSONObject firefox = FirefoxBuild.manifest(chrome);
        for (String chromeOnly : new String[] {"key", "minimum_chrome_version", "storage"}) {
            assertTrue(chrome.has(chromeOnly), chromeOnly + " is Chrome's");
            assertFalse(firefox.has(chromeOnly), chromeOnly + " is not Firefox's");
        }
        for (String same : new String[] {"name", "version", "permissions", "host_permissions", "action", "options_ui",
            "content_security_policy", "default_locale", "icons"}) {
            assertTrue(new JSONObject().put("v", chrome.get(same)).similar(new JSONObject().put("v",
                    firefox.get(same))), same);
        }
    }

    @Test
    void theChromeWebStoresPackageHasNoKeyAndEverythingElse() throws IOException {
        JSONObject chrome = chrome();
        JSONObject store = FirefoxBuild.forTheStore(chrome);
        assertFalse(store.has("key"), "the Web Store refuses a manifest with a key");
        chrome.remove("key");
        assertTrue(chrome.similar(store));
    }
}
