// The service worker: answers the popup's plan requests and runs the fill job. The job lives here, so closing the
// popup does not stop it; its state is kept in chrome.storage.local (never a cookie or token) so that a restarted
// worker can report an interrupted run.
import { checkSettings, defaultSettings, fill, preview } from './core.js';
import { todayIn } from './dates.js';
import { uiLanguage } from './i18n.js';
import { PersonioError, resolveTenant, TenantTab } from './personio-tab.js';

const KEEPALIVE_MS = 20000;
const ports = new Set();
let job = null;

// A job stored as running but not running here belongs to a worker that was stopped mid-run.
const ready = chrome.storage.local.get('job').then(({ job: stored }) => {
  if (stored && stored.state === 'running') {
    stored.state = 'stopped';
    stored.error = { code: 'interrupted', detail: null };
    settle(stored.days);
    return chrome.storage.local.set({ job: stored }).then(() => stored);
  }
  return stored || null;
}).then((stored) => {
  job = stored;
});

/** Days a run ended without reaching, whichever way it ended, are marked so. */
function settle(days) {
  for (const day of Object.values(days || {})) {
    if (day.outcome === 'pending' || day.outcome === 'writing') {
      day.outcome = 'not_reached';
      day.message = null;
    }
  }
}

chrome.runtime.onInstalled.addListener(async () => {
  const { settings } = await chrome.storage.sync.get('settings');
  if (settings === undefined) {
    await chrome.storage.sync.set({ settings: JSON.parse(defaultSettings()) });
  }
});

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'popup') {
    return;
  }
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener((message) => {
    ready.then(() => handle(port, message)).catch((e) => console.error('popup message failed', e.message));
  });
  ready.then(() => port.postMessage({ type: 'job', job }));
});

async function handle(port, message) {
  if (message.type === 'plan') {
    const result = await plan(message.month);
    // The popup may have closed meanwhile.
    if (ports.has(port)) {
      port.postMessage({ type: 'plan', id: message.id, month: message.month, result });
    }
  } else if (message.type === 'fill') {
    startFill(port, message.month, message.confirmed);
  } else if (message.type === 'cancel' && job && job.state === 'running') {
    job.cancelling = true;
    await save();
  }
}

async function loadSettings() {
  const { settings } = await chrome.storage.sync.get('settings');
  const checked = JSON.parse(checkSettings(JSON.stringify(settings ?? null), uiLanguage()));
  if (!checked.ok) {
    throw new PersonioError('invalid_settings', checked.violations.map((v) => v.text).join(' '));
  }
  return checked.settings;
}

function today(settings) {
  try {
    return todayIn(settings.timezone);
  } catch (e) {
    throw new PersonioError('invalid_settings', `unknown time zone ${settings.timezone}`);
  }
}

function errorResult(e) {
  if (e instanceof PersonioError) {
    return { ok: false, error: { code: e.code, detail: e.code === e.message ? null : e.message } };
  }
  console.error('unexpected failure', e && e.message);
  return { ok: false, error: { code: 'internal', detail: String(e && e.message) } };
}

function host(tab, onProgress, cancelled) {
  return {
    fetch: (requestJson) => tab.fetch(requestJson),
    cookies: async () => JSON.stringify(Object.fromEntries(
      (await chrome.cookies.getAll({ url: `${tab.origin}/` })).map((c) => [c.name, c.value]))),
    progress: (eventJson) => onProgress(JSON.parse(eventJson)),
    cancelled,
    uuid: () => crypto.randomUUID(),
  };
}

/** The core's request for a month, with the stored settings, and a tab of the company to run it in. */
async function prepare(month) {
  const settings = await loadSettings();
  const request = { month, today: today(settings), lang: uiLanguage(), settings };
  return { request, tab: new TenantTab(await resolveTenant(settings)) };
}

async function plan(month) {
  let tab = null;
  try {
    const prepared = await prepare(month);
    tab = prepared.tab;
    const result = JSON.parse(await preview(host(tab, () => {}, () => false), JSON.stringify(prepared.request)));
    if (result.ok) {
      await chrome.storage.local.set({ lastTenant: tab.tenant });
    }
    return result;
  } catch (e) {
    return errorResult(e);
  } finally {
    if (tab) {
      await tab.close();
    }
  }
}

function broadcast() {
  const snapshot = { type: 'job', job };
  for (const port of ports) {
    try {
      port.postMessage(snapshot);
    } catch (e) {
      // A popup that closed a moment ago; the run goes on without it.
      ports.delete(port);
    }
  }
}

async function save() {
  await chrome.storage.local.set({ job });
  broadcast();
}

async function startFill(port, month, confirmed) {
  if (job && job.state === 'running') {
    port.postMessage({ type: 'refused', error: { code: 'already_running', detail: null } });
    return;
  }
  const days = Object.fromEntries((confirmed || []).map((date) => [date, { outcome: 'pending', message: null }]));
  job = {
    month, state: 'running', startedAt: Date.now(), done: 0, total: (confirmed || []).length, days,
    error: null, cancelling: false,
  };
  await save();
  const keepalive = setInterval(() => chrome.runtime.getPlatformInfo(), KEEPALIVE_MS);
  let tab = null;
  try {
    const prepared = await prepare(month);
    tab = prepared.tab;
    const request = { ...prepared.request, confirmed };
    const onProgress = (event) => {
      job.days[event.date] = { outcome: event.outcome, message: event.message };
      job.done = event.done;
      job.total = event.total;
      save();
    };
    const summary = JSON.parse(await fill(host(tab, onProgress, () => job.cancelling), JSON.stringify(request)));
    for (const day of summary.days) {
      job.days[day.date] = { outcome: day.outcome, reason: day.reason, message: day.message };
    }
    job.error = summary.error;
    job.state = summary.state;
  } catch (e) {
    job.error = errorResult(e).error;
    job.state = 'stopped';
  } finally {
    clearInterval(keepalive);
    if (tab) {
      await tab.close();
    }
    if (job.state === 'running') {
      job.state = 'stopped';
    }
    settle(job.days);
    await save();
  }
}
