package attendance.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** What the service worker hands the core: a Personio tab's fetch, the cookie jar, progress and cancel. */
public interface Host extends JSObject {
    /** Runs a request (JSON text, see {@code HttpJson}) in the Personio tab; resolves to the answer as JSON text. */
    JSPromise<JSString> fetch(String requestJson);

    /** Resolves to the cookies the tenant's origin would be sent, as a JSON object of name to value. */
    JSPromise<JSString> cookies();

    void progress(String eventJson);

    boolean cancelled();

    String uuid();
}
