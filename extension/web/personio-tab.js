// Where requests to Personio run: in the page of a Personio tab of the tenant, so that they carry the tenant's own
// Origin and the browser's cookies (Personio refuses writes from the extension's origin). With no such tab open,
// one is opened in the background and closed afterwards.

const HOST = /^https:\/\/([a-z0-9-]+)\.app\.personio\.com(?:[/:?#]|$)/;
const TAB_LOAD_TIMEOUT_MS = 20000;

export class PersonioError extends Error {
  constructor(code, detail) {
    super(detail || code);
    this.code = code;
  }
}

export function tenantOf(url) {
  const match = HOST.exec(url || '');
  return match ? match[1] : null;
}

export function originOf(tenant) {
  return `https://${tenant}.app.personio.com`;
}

/**
 * The company to work for: the settings' override, the active tab, any open Personio tab, the last company seen,
 * or a cookie set for one company's host only.
 */
export async function resolveTenant(settings) {
  if (settings && settings.tenant) {
    return settings.tenant;
  }
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  const fromActive = tenantOf(active && active.url);
  if (fromActive) {
    return fromActive;
  }
  const open = await chrome.tabs.query({ url: 'https://*.app.personio.com/*' });
  for (const tab of open) {
    const tenant = tenantOf(tab.url);
    if (tenant) {
      return tenant;
    }
  }
  const { lastTenant } = await chrome.storage.local.get('lastTenant');
  if (lastTenant) {
    return lastTenant;
  }
  const cookies = await chrome.cookies.getAll({ domain: 'app.personio.com' });
  for (const cookie of cookies) {
    const tenant = tenantOf(`https://${cookie.domain.replace(/^\./, '')}/`);
    if (tenant && cookie.hostOnly) {
      return tenant;
    }
  }
  // Without any Personio session, signing in is what the user needs to do first.
  const signedIn = cookies.some((cookie) => cookie.name === 'ATHENA_SESSION');
  throw new PersonioError(signedIn ? 'no_personio_tab' : 'not_signed_in');
}

/**
 * A lazily acquired tab of the tenant: the user's own when one is open, else a background tab. Only tabs this object
 * opened are closed by close(); a user's tab is never closed.
 */
export class TenantTab {
  constructor(tenant) {
    this.tenant = tenant;
    this.origin = originOf(tenant);
    this.tabId = null;
    this.opened = new Set();
  }

  /** Never rejects: whatever goes wrong comes back as an answer the core understands. */
  async fetch(requestJson) {
    for (let attempt = 0; attempt < 2; attempt++) {
      let tabId;
      try {
        tabId = await this.acquire();
      } catch (e) {
        return JSON.stringify(e.code === 'session_expired' ? { signed_out: e.message }
          : { network_error: String(e.message) });
      }
      try {
        const [injection] = await chrome.scripting.executeScript({
          target: { tabId },
          func: pageFetch,
          args: [requestJson],
        });
        if (injection && typeof injection.result === 'string') {
          return injection.result;
        }
        return JSON.stringify({ network_error: 'the Personio tab returned nothing' });
      } catch (e) {
        // The tab was closed or navigated away meanwhile: take another one once.
        this.tabId = null;
        if (attempt === 1) {
          return JSON.stringify({ network_error: `the Personio tab is not usable (${e.message})` });
        }
      }
    }
    return JSON.stringify({ network_error: 'no Personio tab' });
  }

  async acquire() {
    if (this.tabId !== null) {
      return this.tabId;
    }
    const tabs = await chrome.tabs.query({ url: `${this.origin}/*` });
    const usable = tabs.filter((t) => t.status === 'complete' && !t.discarded && tenantOf(t.url) === this.tenant);
    const chosen = usable.find((t) => t.active) || usable[0];
    if (chosen) {
      this.tabId = chosen.id;
      return this.tabId;
    }
    const tab = await chrome.tabs.create({ url: `${this.origin}/`, active: false });
    this.opened.add(tab.id);
    await waitForLoad(tab.id);
    const loaded = await chrome.tabs.get(tab.id);
    if (tenantOf(loaded.url) !== this.tenant) {
      throw new PersonioError('session_expired', 'Personio sent the new tab away from the company\'s address');
    }
    this.tabId = tab.id;
    return this.tabId;
  }

  async close() {
    for (const id of this.opened) {
      await chrome.tabs.remove(id).catch(() => {});
    }
    this.opened.clear();
    this.tabId = null;
  }
}

function waitForLoad(tabId) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      chrome.tabs.onUpdated.removeListener(listener);
      reject(new PersonioError('personio_unavailable', 'Personio did not load in time'));
    }, TAB_LOAD_TIMEOUT_MS);
    function listener(id, change) {
      if (id === tabId && change.status === 'complete') {
        clearTimeout(timer);
        chrome.tabs.onUpdated.removeListener(listener);
        resolve();
      }
    }
    chrome.tabs.onUpdated.addListener(listener);
    chrome.tabs.get(tabId).then((tab) => {
      if (tab.status === 'complete' && tab.url && tab.url !== 'about:blank') {
        listener(tabId, { status: 'complete' });
      }
    }).catch(() => {});
  });
}

/**
 * Runs inside the Personio page (it is serialised by executeScript, so it must stand alone). The request and the
 * answer travel as JSON text because Chromium drops null properties of objects passed into a tab.
 */
async function pageFetch(requestJson) {
  const request = JSON.parse(requestJson);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeout_ms || 10000);
  try {
    const response = await fetch(request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body === null ? undefined : request.body,
      credentials: 'include',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
    const body = await response.text();
    const finalUrl = new URL(response.url || location.href);
    return JSON.stringify({
      status: response.status,
      content_type: response.headers.get('content-type'),
      body,
      redirected: response.redirected,
      final_path: finalUrl.pathname + finalUrl.search,
      retry_after: response.headers.get('retry-after'),
    });
  } catch (e) {
    return JSON.stringify({ network_error: e && e.name === 'AbortError' ? 'timed out' : String(e && e.message) });
  } finally {
    clearTimeout(timer);
  }
}
