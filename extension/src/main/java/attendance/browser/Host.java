package attendance.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** What the service worker hands the core: a company's Personio tab, its cookies, the date, progress and cancel. */
public interface Host extends JSObject {
    /**
     * Runs a request (JSON text, see {@code HttpJson}) for the company, in the page of one of its Personio tabs when
     * {@code inTab}, else from the worker; resolves to what the browser saw, as JSON text.
     */
    JSPromise<JSString> fetch(String tenant, String requestJson, boolean inTab);

    /** Resolves to the cookies the company's origin would be sent, as a JSON object of name to value. */
    JSPromise<JSString> cookies(String tenant);

    /** Today ({@code YYYY-MM-DD}) in an IANA zone, or null for a zone the browser does not know. */
    String today(String timeZone);

    /** The time of day ({@code HH:MM}) in an IANA zone, or null for a zone the browser does not know. */
    String time(String timeZone);

    /** Receives the job, as JSON text, after each of its transitions. */
    void job(String jobJson);

    boolean cancelled();

    String uuid();
}
