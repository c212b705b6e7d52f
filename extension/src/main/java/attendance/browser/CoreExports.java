package attendance.browser;

import attendance.api.RecorderApi;
import attendance.run.RunOptions;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** The functions {@code core.js} exports. No decisions here: each one hands over to {@link RecorderApi}. */
public final class CoreExports {
    private CoreExports() {
    }

    @JSExport
    public static String defaultSettings() {
        return RecorderApi.defaultSettings();
    }

    @JSExport
    public static String checkSettings(String settingsJson, String languageTag) {
        return RecorderApi.checkSettings(settingsJson, languageTag);
    }

    @JSExport
    public static JSPromise<JSString> preview(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(
                RecorderApi.preview(HostPorts.of(host), requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> fill(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(
                RecorderApi.fill(HostPorts.of(host), requestJson, RunOptions.defaults())));
    }
}
