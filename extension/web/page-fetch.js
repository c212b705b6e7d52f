// A request to Personio as the core describes it, sent with fetch: from the extension itself (the worker, a page of
// the extension) or, serialised by executeScript, from inside a Personio page. What comes back goes to the core as it
// was: the core alone decides what it means.

/** A read from the extension itself, which Personio allows (only writes must come from its page); cancel aborts it. */
export function extensionFetch(origin, requestJson, signal) {
  return pageFetch(requestJson, origin, false, signal);
}

/**
 * Runs inside the Personio page (it is serialised by executeScript, so it must stand alone), or in the extension. The
 * address is made absolute from the company's origin, and in a page nothing is sent unless the page is still on that
 * origin: a tab the user moved to another company never receives our requests. The request and the answer travel as
 * JSON text because Chromium drops null properties of objects passed into a tab. Redirects are not followed, so the
 * XSRF header never travels on to another address; a redirect means a lost session, which the core decides.
 */
export async function pageFetch(requestJson, origin, inPage, cancel) {
  if (inPage && location.origin !== origin) {
    return JSON.stringify({ network_error: 'tab_unusable', reason: 'the tab left the company', not_sent: true });
  }
  const request = JSON.parse(requestJson);
  const url = new URL(request.path, origin);
  if (url.origin !== origin) {
    return JSON.stringify({ network_error: 'failed', reason: 'not an address of the company', not_sent: true });
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeout_ms);
  if (cancel) {
    cancel.addEventListener('abort', () => controller.abort(), { once: true });
  }
  try {
    const response = await fetch(url.href, {
      method: request.method,
      headers: request.headers,
      body: request.body === null ? undefined : request.body,
      credentials: 'include',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect') {
      return JSON.stringify({ status: 0, content_type: null, body: '', redirected: true, final_url: url.href,
        retry_after: null });
    }
    const body = await response.text();
    return JSON.stringify({
      status: response.status,
      content_type: response.headers.get('content-type'),
      body,
      redirected: response.redirected,
      final_url: response.url || url.href,
      retry_after: response.headers.get('retry-after'),
    });
  } catch (e) {
    if (cancel && cancel.aborted) {
      return JSON.stringify({ network_error: 'cancelled' });
    }
    return JSON.stringify(e && e.name === 'AbortError' ? { network_error: 'timeout' }
      : { network_error: 'failed', reason: String(e && e.message) });
  } finally {
    clearTimeout(timer);
  }
}
