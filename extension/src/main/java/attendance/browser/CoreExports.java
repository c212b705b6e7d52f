package attendance.browser;

import attendance.api.RecorderApi;
import attendance.run.RunOptions;
import attendance.settings.Zones;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** The functions {@code core.js} exports. No decisions here: each one hands over to {@link RecorderApi}. */
public final class CoreExports {
    static {
        Zones.use(CoreExports::knownZone);
    }

    private CoreExports() {
    }

    /** Whether the browser knows a time zone, as {@code Intl} does. */
    @JSBody(params = "zone", script = "try { new Intl.DateTimeFormat('en', { timeZone: zone }); return true; }"
            + " catch (e) { return false; }")
    private static native boolean knownZone(String zone);

    @JSExport
    public static String settingsForm(String managedJson) {
        return RecorderApi.settingsForm(managedJson);
    }

    @JSExport
    public static String checkSettings(String settingsJson, String managedJson) {
        return RecorderApi.checkSettings(settingsJson, managedJson);
    }

    @JSExport
    public static JSPromise<JSString> preview(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.preview(tenant -> HostPorts.of(host, tenant),
                host::today, requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> projects(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.projects(tenant -> HostPorts.of(host, tenant),
                requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> reminder(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.reminder(tenant -> HostPorts.of(host, tenant),
                host::today, requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> exportMonth(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.exportMonth(tenant -> HostPorts.of(host, tenant),
                requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> autopilot(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.autopilot(tenant -> HostPorts.of(host, tenant),
                host::today, host::time, requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static String autopilotOutcome(String jobJson) {
        return RecorderApi.autopilotOutcome(jobJson);
    }

    @JSExport
    public static String importOnlyPerson(String text, String person) {
        return RecorderApi.importOnlyPerson(text, person);
    }

    @JSExport
    public static String startJob(String requestJson) {
        return RecorderApi.startJob(requestJson);
    }

    @JSExport
    public static JSPromise<JSString> fill(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.fill(tenant -> HostPorts.of(host, tenant),
                host::today, requestJson, RunOptions.defaults(), host::job)));
    }

    @JSExport
    public static String recordRun(String recordJson, String jobJson, double now) {
        return RecorderApi.recordRun(recordJson, jobJson, now);
    }

    @JSExport
    public static String checkDayEdit(String date, String editJson, String contextJson) {
        return RecorderApi.checkDayEdit(date, editJson, contextJson);
    }

    @JSExport
    public static String migrateSettings(String settingsJson) {
        return RecorderApi.migrateSettings(settingsJson);
    }

    @JSExport
    public static JSPromise<JSString> selfCheck(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.selfCheck(tenant -> HostPorts.of(host, tenant),
                host::today, requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static JSPromise<JSString> selfCheckValidate(Host host, String requestJson) {
        return JSPromise.callAsync(() -> JSString.valueOf(RecorderApi.selfCheckValidate(
                tenant -> HostPorts.of(host, tenant), host::today, requestJson, RunOptions.defaults())));
    }

    @JSExport
    public static String selfCheckReport(String requestJson) {
        return RecorderApi.selfCheckReport(requestJson);
    }

    @JSExport
    public static String jobAfterRestart(String jobJson, double now) {
        return RecorderApi.jobAfterRestart(jobJson, (long) now);
    }

    @JSExport
    public static String jobFailed(String jobJson) {
        return RecorderApi.jobFailed(jobJson);
    }
}
