// The popup's reads, begun before the core asks for them. A popup's first plan keeps the reads it sent (the projects,
// who the user is, the month's timesheet: GETs only, each once); the next popup's first plan sends them again as it
// begins (in the worker, or in the page while it still loads the core; plan-start.js), and the core's request that
// is the same read is answered by what came back. Only a popup's first plan is answered so, and only once per read:
// the core still decides every answer, a read it sends that nobody read ahead goes out as usual, and once the core
// reads the cookies again (after a session refresh) no answer from before is given any more. A header whose value was
// a cookie's (the XSRF token) is kept as that cookie's name and filled from the cookie as it is now; a read with any
// other header but the standard `accept` and `content-type` is not kept.
// What is kept is the addresses and headers of the reads, never an answer or a cookie's value; the worker drops it
// when the session ends (background.js), so that the next person's popup never sends the last one's reads.
import { extensionFetch } from './page-fetch.js';
import { originOf, SESSION_COOKIE, tenantOf } from './personio-site.js';

/** Where a plan's reads are kept, in chrome.storage.local. */
export const KEPT_READS = 'readAhead';
// Headers kept as they are: standard ones that carry no secret. Any other must carry a cookie's value.
const PLAIN_HEADERS = new Set(['accept', 'content-type']);

/**
 * @typedef {{ method: string, path: string, headers: Object<string, string | { cookie: string }>, body: null,
 *   timeout_ms: number }} StoredRead
 * @typedef {{ tenant: string, cookies: chrome.cookies.Cookie[], answers: Map<string, Promise<string>> }} Early
 */

/**
 * One request as the core described it, the same whatever the order of its keys and headers.
 * @param {string} requestJson
 */
export function sameRead(requestJson) {
  const r = JSON.parse(requestJson);
  return JSON.stringify([r.method, r.path, Object.entries(r.headers || {}).sort(), r.body, r.timeout_ms]);
}

/**
 * A read as it is kept: a header whose value is one of the cookies' named by that cookie. Null for what is not a
 * read (a write is never sent ahead).
 * @param {string} requestJson
 * @param {Object<string, string>} cookieValues
 * @returns {StoredRead | null}
 */
export function storedRead(requestJson, cookieValues) {
  const request = JSON.parse(requestJson);
  if (!isRead(request)) {
    return null;
  }
  /** @type {Object<string, string | { cookie: string }>} */
  const headers = {};
  for (const [name, value] of Object.entries(request.headers || {})) {
    const cookie = Object.keys(cookieValues).find((c) => cookieValues[c] === value);
    if (cookie !== undefined) {
      headers[name] = { cookie };
    } else if (PLAIN_HEADERS.has(name.toLowerCase())) {
      headers[name] = value;
    } else {
      return null;
    }
  }
  return { ...request, headers };
}

/**
 * Whether a request, as the core describes it or as it was kept, is a read of an address of the company: a GET
 * without a body, to a path.
 * @param {any} request
 */
function isRead(request) {
  return Boolean(request) && request.method === 'GET' && request.body === null && typeof request.path === 'string'
    && request.path.startsWith('/') && !request.path.startsWith('//');
}

/**
 * A kept read as a request again, with the cookies' values of now; null when a cookie it needs is gone.
 * @param {StoredRead} read
 * @param {Object<string, string>} cookieValues
 */
export function requestOfRead(read, cookieValues) {
  /** @type {Object<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(read.headers)) {
    if (typeof value === 'string') {
      headers[name] = value;
    } else if (value && typeof cookieValues[value.cookie] === 'string') {
      headers[name] = cookieValues[value.cookie];
    } else {
      return null;
    }
  }
  return JSON.stringify({ ...read, headers });
}

/** @param {chrome.cookies.Cookie[]} cookies */
function valuesOf(cookies) {
  return Object.fromEntries(cookies.filter((c) => c.value !== '').map((c) => [c.name, c.value]));
}

/**
 * Sends the last plan's reads again, when someone is signed in to its company: a plan's first step, before the core
 * has asked for anything.
 * @returns {Promise<Early | null>}
 */
export function readAhead() {
  return chrome.storage.local.get(KEPT_READS).then(async ({ [KEPT_READS]: kept }) => {
    const tenant = kept && typeof kept.tenant === 'string' && Array.isArray(kept.reads)
      ? tenantOf(`${originOf(kept.tenant)}/`) : null;
    if (!tenant) {
      return null;
    }
    const origin = originOf(tenant);
    const cookies = await chrome.cookies.getAll({ url: `${origin}/` });
    const values = valuesOf(cookies);
    if (!values[SESSION_COOKIE]) {
      return null;
    }
    const answers = new Map();
    for (const read of kept.reads.filter(isRead)) {
      const requestJson = requestOfRead(read, values);
      if (requestJson !== null) {
        answers.set(sameRead(requestJson), extensionFetch(origin, requestJson));
      }
    }
    return { tenant, cookies, answers };
  }).catch((e) => {
    console.error('could not read ahead', e && e.message);
    return null;
  });
}

/** One plan's reads: answered from what was read ahead (once), and kept for the next opening. */
export class PlanReads {
  /**
   * @param {Early | null} ahead
   * @param {boolean} keeps whether this plan's reads are kept for the next opening
   */
  constructor(ahead, keeps = true) {
    this.ahead = ahead;
    this.keeps = keeps;
    /** @type {Object<string, string>} */
    this.cookieValues = {};
    /** @type {Map<string, StoredRead>} */
    this.sent = new Map();
  }

  /**
   * The cookies read ahead with the reads, the first time the core asks for the company's; else null.
   * @param {string} tenant
   */
  cookiesOf(tenant) {
    const ahead = this.aheadFor(tenant);
    if (!ahead) {
      return null;
    }
    if (this.cookiesGiven) {
      // The core reads the cookies again after a session refresh: an answer from before it is not given any more.
      ahead.answers.clear();
      return null;
    }
    this.cookiesGiven = true;
    return ahead.cookies;
  }

  /** @param {chrome.cookies.Cookie[]} cookies the cookies the core was given */
  noteCookies(cookies) {
    Object.assign(this.cookieValues, valuesOf(cookies));
  }

  /**
   * The answer to a request of the core when the same read went out ahead (each is given once); else null. Every
   * read is kept for the next opening.
   * @param {string} tenant
   * @param {string} requestJson
   * @returns {Promise<string> | null}
   */
  answer(tenant, requestJson) {
    const read = storedRead(requestJson, this.cookieValues);
    if (read) {
      this.sent.set(sameRead(JSON.stringify(read)), read);
    }
    const ahead = this.aheadFor(tenant);
    const key = sameRead(requestJson);
    const answer = ahead ? ahead.answers.get(key) : undefined;
    if (answer === undefined) {
      return null;
    }
    ahead.answers.delete(key);
    return answer;
  }

  /**
   * What was read ahead, when it was for this company.
   * @param {string} tenant
   */
  aheadFor(tenant) {
    return this.ahead && this.ahead.tenant === tenant ? this.ahead : null;
  }

  /**
   * This plan's reads as the next popup finds them in the extension's storage: the company, and each read once;
   * nothing for a plan that keeps none.
   * @param {string} tenant
   */
  kept(tenant) {
    return this.keeps ? { [KEPT_READS]: { tenant, reads: [...this.sent.values()] } } : {};
  }
}
