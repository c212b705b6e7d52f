// The service worker (Firefox: the background page), started up: it takes up a stored run, routes the pages'
// messages, and reacts to the browser's events (an update, access taken back, alarms, a Personio page, a session that
// ends, the autopilot switched on). Each job lives in its own module: the run (worker-run.js), the reads
// (worker-reads.js), the reminder (worker-reminder.js), the edits (worker-edits.js), the core's host
// (core-host.js), the routes (worker-routes.js) and the autopilot (autopilot.js).
import { AUTOPILOT_ALARM, createAutopilot } from './autopilot.js';
import { autopilot, migrateSettings } from './core.js';
import {
  onPersonio, PERSONIO_SITES, SESSION_COOKIE, tenantOf,
} from './personio-site.js';
import { PORT } from './protocol.js';
import { KEPT_READS } from './read-ahead.js';
import { askCore, COOKIES_PRESENCE_ONLY, request } from './core-host.js';
import { createReads } from './worker-reads.js';
import {
  AFTER_RUN_ALARM, createReminder, REMINDER_ALARM, REMINDER_PERIOD_MINUTES,
} from './worker-reminder.js';
import { route } from './worker-routes.js';
import { createRuns } from './worker-run.js';

/** @type {Set<chrome.runtime.Port>} */
const ports = new Set();
// The reminder asks whether a run is on only once the runs exist.
const reminder = createReminder({ running: () => runs.running() });
const runs = createRuns({
  reminder,
  autopilotBusy: () => pilot.busy(),
  broadcast: (message) => {
    for (const port of ports) {
      if (port.name === PORT.SELF_CHECK) {
        continue;
      }
      try {
        port.postMessage(message);
      } catch {
        // A popup that closed a moment ago; the run goes on without it.
        ports.delete(port);
      }
    }
  },
});
const reads = createReads({ reminder });
const ready = runs.takeUp();
route({
  ready, runs, reads, ports,
});
const pilot = createAutopilot({
  ask: (requestOf) => askCore('autopilot', autopilot, requestOf),
  request,
  runJob: (month, confirmed, basis) => runs.autopilotRun(month, confirmed, basis),
  running: () => runs.running(),
  done: () => runs.startWaiting(),
});

// Only the extension's own pages and this worker may read or write its local storage (a Personio page's content
// script could otherwise); Firefox has no such switch, and needs none without content scripts.
if (chrome.storage.local.setAccessLevel) {
  chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch((e) => console.error('could not restrict the storage', e && e.message));
}

// Settings stored by an older version spelled out every default, which would hide new ones: on an update, the core
// keeps only what differs from the defaults.
chrome.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'update') {
    return;
  }
  const { settings } = await chrome.storage.sync.get('settings');
  if (settings !== undefined) {
    const migrated = JSON.parse(migrateSettings(JSON.stringify(settings)));
    await chrome.storage.sync.set({ settings: migrated });
  }
});

// Access to Personio's sites taken back (the user's choice in the browser): a run stops at once, and the badge's
// reminder is read again, which empties it.
chrome.permissions.onRemoved.addListener(({ origins }) => {
  if ((origins || []).some((o) => o === PERSONIO_SITES || o.includes('.app.personio.com'))) {
    if (runs.running()) {
      runs.cancel();
    }
    ready.then(reminder.refresh);
  }
});

// The resume alarm only wakes the worker; starting up is what resumes a run.
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM || alarm.name === AFTER_RUN_ALARM) {
    ready.then(reminder.refresh);
  }
  if (alarm.name === AUTOPILOT_ALARM || alarm.name === REMINDER_ALARM) {
    ready.then(() => pilot.check());
  }
  return ready;
});
chrome.alarms.get(REMINDER_ALARM).then((alarm) => {
  if (!alarm) {
    chrome.alarms.create(REMINDER_ALARM, { periodInMinutes: REMINDER_PERIOD_MINUTES });
  }
});
// A Personio page loaded: the tab's address, which the host permission shows, names the company; nothing of the page
// is read.
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  const tenant = change.status === 'complete' ? tenantOf(tab.url || '') : null;
  if (tenant) {
    chrome.storage.local.set({ lastTenant: tenant })
      .catch((e) => console.error('could not keep the company', e && e.message));
    ready.then(reminder.refresh);
  }
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) {
    const { oldValue, newValue } = /** @type {{ oldValue?: any, newValue?: any }} */ (changes.settings);
    if (newValue && newValue.autopilot === true && !(oldValue && oldValue.autopilot === true)) {
      // Switched on: it runs once right away, then daily at its time.
      ready.then(() => pilot.check({ switchedOn: true }));
    }
    ready.then(reminder.refresh);
  }
});
// A session that ends (signed out, or its cookie expired or was deleted) empties the badge at once: the reminder is
// read again, and asks nothing without a session; and the popup's reads kept for sending ahead are dropped, since
// the next session may be someone else's (read-ahead.js). A cookie that Personio merely renews ('overwrite') changes
// nothing.
chrome.cookies.onChanged.addListener(({ removed, cookie, cause }) => {
  if (!onPersonio(cookie.domain)) {
    return;
  }
  if (!removed && cookie.name === SESSION_COOKIE) {
    // A session appeared: an autopilot that found none tries again.
    ready.then(() => pilot.check());
  }
  if (removed && cause !== 'overwrite' && COOKIES_PRESENCE_ONLY.has(cookie.name)) {
    chrome.storage.local.remove(KEPT_READS).catch((e) => console.error('could not drop the kept reads', e && e.message));
    ready.then(reminder.refresh);
  }
});
// The browser started, or the worker woke: the autopilot looks whether the day's time has come, and a reminder that
// has grown old is read again.
ready.then(() => pilot.check());
ready.then(reminder.refreshIfStale);
