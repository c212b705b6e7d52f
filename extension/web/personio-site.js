// Personio's sites as the extension knows them: which addresses are a company's, its session cookie, the host
// permission a user can take back, and where the user is (the companies of open tabs, the last one seen, cookies).

const HOST = /^([a-z0-9][a-z0-9-]*)\.app\.personio\.com$/;

/** The company of a Personio address, or null: only https, no user name, and the host itself must match. */
export function tenantOf(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) {
    return null;
  }
  const match = HOST.exec(parsed.hostname);
  return match ? match[1] : null;
}

/** Personio's session cookie: its presence says someone is signed in. */
export const SESSION_COOKIE = 'ATHENA_SESSION';

/** Whether a cookie's domain is Personio's (the app's domain or a company's host under it). */
export function onPersonio(domain) {
  return /(^|\.)app\.personio\.com$/.test(domain);
}

/** The host permission the manifest asks for, which a user can take back in the browser. */
export const PERSONIO_SITES = 'https://*.app.personio.com/*';

/** Whether the extension may still reach Personio's sites; true when the browser cannot tell. */
export function mayReachPersonio() {
  return chrome.permissions.contains({ origins: [PERSONIO_SITES] }).catch(() => true);
}

export function originOf(tenant) {
  return `https://${tenant}.app.personio.com`;
}

/**
 * Where the user is, for the core to pick the company: the companies of the active tab, the other open Personio tabs,
 * the last one seen and host-only cookies, in that order; and whether any Personio session cookie exists at all.
 */
export async function whereTheUserIs() {
  const [[active], open, { lastTenant }, cookies] = await Promise.all([
    chrome.tabs.query({ active: true, lastFocusedWindow: true }),
    chrome.tabs.query({ url: PERSONIO_SITES }),
    chrome.storage.local.get('lastTenant'),
    chrome.cookies.getAll({ domain: 'app.personio.com' }),
  ]);
  const tenants = [active && active.url, ...open.map((tab) => tab.url)].map(tenantOf);
  tenants.push(lastTenant || null);
  for (const cookie of cookies) {
    if (cookie.hostOnly) {
      tenants.push(tenantOf(`https://${cookie.domain}/`));
    }
  }
  return {
    tenants: [...new Set(tenants.filter(Boolean))],
    signed_in: cookies.some((cookie) => cookie.name === SESSION_COOKIE),
  };
}

/**
 * The open Personio tabs as the self-check judges them: each page's origin, and whether a script could run in it now
 * (loaded and awake). The core decides which are the company's and whether their origin takes writes.
 */
export async function openPersonioTabs() {
  const tabs = await chrome.tabs.query({ url: PERSONIO_SITES });
  return tabs.map((tab) => ({ origin: originOfUrl(tab.url), ready: tab.status === 'complete' && !tab.discarded }))
    .filter((tab) => tab.origin !== null);
}

/** The origin of an address, or null. */
export function originOfUrl(url) {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
