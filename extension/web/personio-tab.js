// Where requests to Personio run: in the page of a Personio tab of the company, so that they carry the company's own
// Origin and the browser's cookies (Personio refuses writes from the extension's origin). With no such tab open, one
// is opened in the background and closed afterwards. What a tab sees goes back to the core as it was: the core
// alone decides what it means.

import { pageFetch } from './page-fetch.js';
import { originOf, tenantOf } from './personio-site.js';

const TAB_LOAD_TIMEOUT_MS = 20000;
// A tab that hangs (a dialog, a frozen page) never answers executeScript; the page's own timeout cannot help then.
const TAB_ANSWER_MARGIN_MS = 5000;

/**
 * Closes the tabs a worker opened and could not close because the browser stopped it. Their ids are kept in
 * chrome.storage.session, which a browser restart empties (a restored tab of the user's can carry an old id), and a
 * tab is closed only while it still shows a Personio page.
 */
export async function closeLeftoverTabs() {
  const { openedTabs } = await chrome.storage.session.get('openedTabs');
  for (const id of openedTabs || []) {
    const tab = await chrome.tabs.get(id).catch(() => null);
    if (tab && tenantOf(tab.url || tab.pendingUrl || '') !== null) {
      await chrome.tabs.remove(id).catch(() => {});
    }
  }
  await chrome.storage.session.set({ openedTabs: [] });
}

async function rememberTab(id, open) {
  const { openedTabs } = await chrome.storage.session.get('openedTabs');
  const ids = new Set(openedTabs || []);
  if (open) {
    ids.add(id);
  } else {
    ids.delete(id);
  }
  await chrome.storage.session.set({ openedTabs: [...ids] });
}

/** The tabs one plan or run uses, one per company; close() closes only the tabs they opened. */
export class TenantTabs {
  constructor() {
    this.byTenant = new Map();
  }

  of(tenant) {
    if (!this.byTenant.has(tenant)) {
      this.byTenant.set(tenant, new TenantTab(tenant));
    }
    return this.byTenant.get(tenant);
  }

  async close() {
    await Promise.all([...this.byTenant.values()].map((tab) => tab.close()));
  }
}

/**
 * A lazily acquired tab of the company: the user's own when one is open, else a background tab. Only tabs this object
 * opened are closed by close(); a user's tab is never closed.
 */
class TenantTab {
  constructor(tenant) {
    this.tenant = tenant;
    this.origin = originOf(tenant);
    this.tabId = null;
    this.opened = new Set();
    this.avoided = new Set();
  }

  /**
   * Never rejects: whatever happens comes back as a report the core reads (see docs/bridge.md). A tab that left the
   * company answers before anything is sent, and another tab is taken; a save whose tab died on the way is never sent
   * again here: the core reads the day back to learn whether it landed.
   */
  async fetch(requestJson) {
    const request = JSON.parse(requestJson);
    const resendable = request.method !== 'PUT';
    for (let attempt = 0; attempt < 3; attempt++) {
      let tabId;
      try {
        tabId = await this.acquire();
      } catch (e) {
        // A report of what the new tab saw, or a tab that could not be had.
        return JSON.stringify(e instanceof Error ? { network_error: 'tab_unusable', reason: e.message } : e);
      }
      let report;
      try {
        report = await this.inTab(tabId, requestJson, request.timeout_ms);
      } catch (e) {
        // The tab was closed or navigated away meanwhile: the request may have gone out.
        this.leave(tabId);
        if (!resendable) {
          return JSON.stringify({ network_error: 'tab_unusable', reason: String(e && e.message) });
        }
        continue;
      }
      if (JSON.parse(report).not_sent) {
        // The page is no longer the company's: nothing went out, so another tab may send it.
        this.leave(tabId);
        continue;
      }
      return report;
    }
    return JSON.stringify({ network_error: 'tab_unusable', reason: 'no tab of the company' });
  }

  async inTab(tabId, requestJson, timeoutMs) {
    const timeout = timeoutMs + TAB_ANSWER_MARGIN_MS;
    let timer;
    const hung = new Promise((resolve) => {
      timer = setTimeout(() => resolve([{ result: JSON.stringify({ network_error: 'timeout' }) }]), timeout);
    });
    const [injection] = await Promise.race([chrome.scripting.executeScript({
      target: { tabId },
      func: pageFetch,
      args: [requestJson, this.origin, true],
    }), hung]).finally(() => clearTimeout(timer));
    if (injection && typeof injection.result === 'string') {
      return injection.result;
    }
    return JSON.stringify({ network_error: 'tab_unusable', reason: 'no result' });
  }

  /** Stops using a tab that left the company or went away; it is not chosen again by this object. */
  leave(tabId) {
    this.avoided.add(tabId);
    this.tabId = null;
  }

  /** A tab id; throws the report of a new tab that did not load or did not stay on the company's address. */
  async acquire() {
    if (this.tabId !== null) {
      return this.tabId;
    }
    const tabs = await chrome.tabs.query({ url: `${this.origin}/*` });
    const usable = tabs.filter((t) => t.status === 'complete' && !t.discarded && !this.avoided.has(t.id)
      && tenantOf(t.url) === this.tenant);
    const chosen = usable.find((t) => t.active) || usable[0];
    if (chosen) {
      this.tabId = chosen.id;
      return this.tabId;
    }
    const tab = await chrome.tabs.create({ url: `${this.origin}/`, active: false });
    this.opened.add(tab.id);
    await rememberTab(tab.id, true);
    await waitForLoad(tab.id);
    const loaded = await chrome.tabs.get(tab.id);
    if (tenantOf(loaded.url) !== this.tenant) {
      throw { status: 200, content_type: 'text/html', body: '', redirected: true, final_url: loaded.url };
    }
    this.tabId = tab.id;
    return this.tabId;
  }

  async close() {
    for (const id of this.opened) {
      await chrome.tabs.remove(id).catch(() => {});
      await rememberTab(id, false);
    }
    this.opened.clear();
    this.tabId = null;
  }
}

function waitForLoad(tabId) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      chrome.tabs.onUpdated.removeListener(listener);
      reject({ network_error: 'tab_not_loaded' });
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
