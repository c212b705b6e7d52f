// Hosting the core, in the worker and in the pages that plan a month: what a request to the core holds (the stored
// settings as they are, the company's policy, where the user is, the month's edits, an imported file), and the host
// through which the core reaches the browser (requests, cookies, today, the job's progress, a cancel). The core
// decides; this module only gathers facts.
import { timeIn, todayIn } from './dates.js';
import { originOf, SESSION_COOKIE, whereTheUserIs } from './personio-site.js';
import { extensionFetch } from './page-fetch.js';
import { TenantTabs } from './personio-tab.js';
import { errorAnswer } from './protocol.js';

// The core gets the values of the cookies it uses, and only the presence of the session's other cookies.
const COOKIE_VALUES_USED = new Set(['ATHENA-XSRF-TOKEN', 'product_language']);
export const COOKIES_PRESENCE_ONLY = new Set([SESSION_COOKIE, 'personio_session']);
// A chosen file is kept this long, then dropped: it may hold a month of someone's working life.
const IMPORT_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** What the company set through the browser's policy (managed storage); empty when nothing is. */
export function companySettings() {
  return chrome.storage.managed.get(null).catch(() => ({}));
}

/**
 * What the core needs to know about a month's request: the stored settings as they are, and where the user is.
 * @param {string} month
 */
export async function request(month) {
  const [{ settings }, { edits }, managed, where] = await Promise.all([chrome.storage.sync.get('settings'),
    chrome.storage.local.get('edits'), companySettings(), whereTheUserIs()]);
  return {
    month, settings: settings ?? null, managed, edits: (edits && edits[month]) || {}, ...where,
  };
}

/**
 * The file the user chose to import, as the options page stored it, with what the user answered about it (whose
 * entries, which date order) and the edits of its days; null when there is none, or when it was chosen more than 30
 * days ago (then dropped).
 */
export async function importedFile() {
  const { importFile } = await chrome.storage.local.get('importFile');
  if (!importFile || typeof importFile.text !== 'string') {
    return null;
  }
  if (typeof importFile.storedAt === 'number' && Date.now() - importFile.storedAt > IMPORT_KEPT_MS) {
    await chrome.storage.local.remove('importFile');
    return null;
  }
  return {
    text: importFile.text,
    answers: { person: importFile.person ?? null, date_order: importFile.dateOrder ?? null },
    edits: importFile.edits || {},
  };
}

/**
 * A request's answer, or, once the user cancels, a report that it was abandoned: a request in a frozen tab may never
 * answer, and a cancel must not wait for it.
 * @param {Promise<string>} answer
 * @param {AbortSignal} signal
 */
function untilCancelled(answer, signal) {
  if (signal.aborted) {
    return Promise.resolve(JSON.stringify({ network_error: 'cancelled' }));
  }
  return Promise.race([answer, new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(JSON.stringify({ network_error: 'cancelled' })), { once: true });
  })]);
}

/** @param {() => string} what */
function orNull(what) {
  try {
    return what();
  } catch {
    return null;
  }
}

/**
 * The core's way out to the browser, for one plan or run. Only a run has a `signal`: its requests are abandoned on
 * cancel, and `cancelled()` tells the core the user asked to stop; a plan's, an export's or the reminder's never are.
 * A popup's plan also has its `reads`: answered from what the popup read ahead, and kept for the next opening.
 * @param {TenantTabs} tabs
 * @param {(job: object) => void} onJob
 * @param {AbortSignal | null} signal
 * @param {import('./read-ahead.js').PlanReads | null} reads
 */
export function host(tabs, onJob = () => {}, signal = null, reads = null) {
  return {
    fetch: (/** @type {string} */ tenant, /** @type {string} */ requestJson, /** @type {boolean} */ inTab) => {
      const answer = (!inTab && reads && reads.answer(tenant, requestJson))
        || (inTab ? tabs.of(tenant).fetch(requestJson)
          : extensionFetch(originOf(tenant), requestJson, signal || undefined));
      return signal ? untilCancelled(answer, signal) : answer;
    },
    cookies: async (/** @type {string} */ tenant) => {
      const cookies = (reads && reads.cookiesOf(tenant))
        || await chrome.cookies.getAll({ url: `${originOf(tenant)}/` });
      const used = cookies.filter((c) => c.value !== ''
        && (COOKIE_VALUES_USED.has(c.name) || COOKIES_PRESENCE_ONLY.has(c.name)));
      if (reads) {
        reads.noteCookies(used.filter((c) => COOKIE_VALUES_USED.has(c.name)));
      }
      return JSON.stringify(Object.fromEntries(used.map((c) => [c.name, COOKIE_VALUES_USED.has(c.name) ? c.value
        : true])));
    },
    today: (/** @type {string} */ timeZone) => orNull(() => todayIn(timeZone)),
    time: (/** @type {string} */ timeZone) => orNull(() => timeIn(timeZone)),
    job: (/** @type {string} */ jobJson) => onJob(JSON.parse(jobJson)),
    cancelled: () => signal !== null && signal.aborted,
    uuid: () => crypto.randomUUID(),
  };
}

/**
 * Asks the core one question that is not a run, with tabs of its own that are closed afterwards; an answer the core
 * could not give is `internal`.
 * @param {string} what
 * @param {(host: object, requestJson: string) => Promise<string>} question
 * @param {() => Promise<object>} requestOf
 * @param {import('./read-ahead.js').PlanReads | null} reads a popup's plan's reads (see read-ahead.js)
 */
export async function askCore(what, question, requestOf, reads = null) {
  const tabs = new TenantTabs();
  try {
    return JSON.parse(await question(host(tabs, undefined, null, reads), JSON.stringify(await requestOf())));
  } catch (e) {
    console.error(`${what} failed`, e && e.message);
    return errorAnswer('internal');
  } finally {
    await tabs.close();
  }
}
