// The service worker: answers the popup's plan requests and runs the fill job. The job is the core's: the worker
// keeps the last job the core made, stores it in chrome.storage.local (never a cookie or token) and broadcasts it.
// Every decision (which company, which days, what an answer means, how a run ends) is the core's.
import { AUTOPILOT_ALARM, createAutopilot } from './autopilot.js';
import { showReminder, showRun } from './badge.js';
import {
  autopilot, exportMonth, fill, jobAfterRestart, jobFailed, migrateSettings, preview, projects, recordRun, reminder,
  selfCheck, selfCheckValidate, startJob,
} from './core.js';
import { currentMonth, timeIn, todayIn } from './dates.js';
import {
  closeLeftoverTabs, openPersonioTabs, originOf, tenantOf, TenantTabs, whereTheUserIs, workerFetch,
} from './personio-tab.js';

const KEEPALIVE_MS = 20000;
// While a run goes on, an alarm wakes a worker that Chrome stopped, so that the run is taken up again.
const RESUME_ALARM = 'resume-run';
const POPUP_URL = chrome.runtime.getURL('popup.html');
const SELF_CHECK_URL = chrome.runtime.getURL('selfcheck.html');
// The core gets the values of the cookies it uses, and only the presence of the session's other cookies.
const COOKIE_VALUES_USED = new Set(['ATHENA-XSRF-TOKEN', 'product_language']);
const COOKIES_PRESENCE_ONLY = new Set(['ATHENA_SESSION', 'personio_session']);
const ports = new Set();
let job = null;
// Whether the job is an imported file's run: the file's text then goes with every request of it.
let jobImported = false;
let cancelRequested = false;
// Aborted when the user cancels: a request on its way is abandoned at once (the core decides what that means).
let cancelSignal = new AbortController();

// A job stored as running lost its worker: the core takes it up again, and this fresh worker runs it on. Tabs the
// lost worker opened are closed first.
const ready = chrome.storage.local.get(['job', 'runBasis', 'runImport']).then(async (stored) => {
  await closeLeftoverTabs();
  job = JSON.parse(jobAfterRestart(JSON.stringify(stored.job ?? null), Date.now()));
  jobImported = stored.runImport === true;
  if (stored.job !== undefined) {
    await chrome.storage.local.set({ job });
  }
  if (job && job.state === 'running') {
    run(job, stored.runBasis ?? null);
  }
});

// Only the extension's own pages and this worker may read or write its local storage (a Personio page's content
// script could otherwise); Firefox has no such switch, and needs none without content scripts.
if (chrome.storage.local.setAccessLevel) {
  chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch((e) => console.error('could not restrict the storage', e && e.message));
}

// The reminder badge is read again every few hours while the browser runs, a while after a run, and when a Personio
// page loads: the tab's address, which the host permission shows, names the company; nothing of the page is read.
const REMINDER_ALARM = 'reminder';
const REMINDER_PERIOD_MINUTES = 180;
const AFTER_RUN_ALARM = 'reminder-after-run';
// A worker that starts up reads the badge again only when it is older than this.
const REMINDER_FRESH_MS = 10 * 60 * 1000;

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
  if ((origins || []).some((o) => o.includes('app.personio.com'))) {
    if (job && job.state === 'running') {
      cancelRequested = true;
      cancelSignal.abort();
    }
    ready.then(refreshReminder);
  }
});

// The resume alarm only wakes the worker; starting up is what resumes a run.
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM || alarm.name === AFTER_RUN_ALARM) {
    ready.then(refreshReminder);
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
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  const tenant = change.status === 'complete' ? tenantOf(tab.url || '') : null;
  if (tenant) {
    chrome.storage.local.set({ lastTenant: tenant })
      .catch((e) => console.error('could not keep the company', e && e.message));
    ready.then(refreshReminder);
  }
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) {
    const { oldValue, newValue } = changes.settings;
    if (newValue && newValue.autopilot === true && !(oldValue && oldValue.autopilot === true)) {
      // Switched on: it runs once right away, then daily at its time.
      ready.then(() => pilot.check({ switchedOn: true }));
    }
    ready.then(refreshReminder);
  }
});
// A session that ends (signed out, or its cookie expired or was deleted) empties the badge at once: the reminder is
// read again, and asks nothing without a session. A cookie that Personio merely renews ('overwrite') changes nothing.
chrome.cookies.onChanged.addListener(({ removed, cookie, cause }) => {
  if (!removed && cookie.name === 'ATHENA_SESSION' && /(^|\.)app\.personio\.com$/.test(cookie.domain)) {
    // A session appeared: an autopilot that found none tries again.
    ready.then(() => pilot.check());
  }
  if (removed && cause !== 'overwrite' && COOKIES_PRESENCE_ONLY.has(cookie.name)
    && /(^|\.)app\.personio\.com$/.test(cookie.domain)) {
    ready.then(refreshReminder);
  }
});
// The browser started, or the worker woke: the autopilot looks whether the day's time has come.
ready.then(() => pilot.check());
ready.then(async () => {
  const { reminderAt } = await chrome.storage.local.get('reminderAt');
  if (!reminderAt || Date.now() - reminderAt > REMINDER_FRESH_MS) {
    await refreshReminder();
  }
});

let reminderRunning = null;
let reminderAgain = false;

/**
 * Reads the reminder again (read-only, from the worker; never a tab) and shows it, unless a run shows its progress.
 * Refreshes asked for while one is under way come together into one more.
 */
async function refreshReminder({ afterPlan = false } = {}) {
  if (afterPlan) {
    // After a plan, only a reminder that has grown old is read again (early in a month, when it spans two months).
    const { reminderAt } = await chrome.storage.local.get('reminderAt');
    if (reminderAt && Date.now() - reminderAt < REMINDER_FRESH_MS) {
      return null;
    }
  }
  if (reminderRunning) {
    reminderAgain = true;
    return reminderRunning;
  }
  reminderRunning = (async () => {
    do {
      reminderAgain = false;
      if (job && job.state === 'running') {
        return;
      }
      const result = await askCore('reminder', reminder, () => request(currentMonth()));
      if (!(job && job.state === 'running')) {
        await showReminder(result);
      }
      // Kept for the popup, which offers last month early in a month when it still has days to fill.
      await chrome.storage.local.set({ reminderAt: Date.now(), reminder: result.ok ? result : null });
    } while (reminderAgain);
  })().finally(() => {
    reminderRunning = null;
  });
  return reminderRunning;
}

// The options page asks for the company's projects, to offer them by name; its import plans and runs a file the
// way the popup plans and runs a month, over a port of its own.
const OPTIONS_URL = chrome.runtime.getURL('options.html');
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id) {
    return false;
  }
  const from = sender.url || '';
  if (from.startsWith(OPTIONS_URL) && message.type === 'projects') {
    projectsOf().then(reply);
    return true;
  }
  if (from.startsWith(POPUP_URL) && message.type === 'edit' && typeof message.month === 'string'
    && typeof message.date === 'string') {
    keepEdit(message.month, message.date, message.edit ?? null).then(() => reply({ ok: true }), (e) => {
      console.error('could not keep the edit', e && e.message);
      reply({ ok: false });
    });
    return true;
  }
  return false;
});

/** The company's projects as the core read them (the session refresh's answer, from the worker). */
function projectsOf() {
  return askCore('projects', projects, () => request(currentMonth()));
}

chrome.runtime.onConnect.addListener((port) => {
  const sender = port.sender || {};
  if (port.name === 'selfcheck' && sender.id === chrome.runtime.id && (sender.url || '').startsWith(SELF_CHECK_URL)) {
    port.onMessage.addListener((message) => {
      selfCheckAnswer(message).then((result) => port.postMessage({ type: message.type, id: message.id, result }))
        .catch((e) => console.error('self-check message failed', e && e.message));
    });
    return;
  }
  const page = { popup: POPUP_URL, options: OPTIONS_URL }[port.name];
  if (!page || sender.id !== chrome.runtime.id || !(sender.url || '').startsWith(page)) {
    port.disconnect();
    return;
  }
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener((message) => {
    ready.then(() => handle(port, message)).catch((e) => console.error(`${port.name} message failed`, e.message));
  });
  ready.then(() => port.postMessage({ type: 'job', job, imported: jobImported }));
});

async function handle(port, message) {
  if (message.type === 'plan') {
    const result = message.import ? await importPlan(message.month) : await plan(message.month);
    // The popup may have closed meanwhile.
    if (ports.has(port)) {
      port.postMessage({
        type: 'plan', id: message.id, month: message.month, import: Boolean(message.import), result,
      });
    }
  } else if (message.type === 'fill') {
    const started = JSON.parse(startJob(JSON.stringify({
      month: message.month, confirmed: message.confirmed, current: job,
    })));
    if (started.ok) {
      cancelRequested = false;
      cancelSignal = new AbortController();
      jobImported = Boolean(message.import);
      publish(started.job);
      run(started.job, message.basis);
    } else {
      port.postMessage({ type: 'refused', error: started.error });
    }
  } else if (message.type === 'export') {
    const result = await exportOf(message.month, message.format);
    if (ports.has(port)) {
      port.postMessage({ type: 'export', month: message.month, result });
    }
  } else if (message.type === 'cancel') {
    cancelRequested = true;
    cancelSignal.abort();
  }
}

/** What the core needs to know about a month's request: the stored settings as they are, and where the user is. */
async function request(month) {
  const [{ settings }, { edits }, managed, where] = await Promise.all([chrome.storage.sync.get('settings'),
    chrome.storage.local.get('edits'), companySettings(), whereTheUserIs()]);
  return { month, settings: settings ?? null, managed, edits: (edits && edits[month]) || {}, ...where };
}

/**
 * A month of the imported file's plan: the file the options page stored goes with the request, and the core plans
 * its days alone. Read-only; the reminder is not counted from it.
 */
async function importPlan(month) {
  const file = await importedFile();
  if (file === null) {
    return { ok: false, error: { code: 'no_import_file', detail: null, violations: [] } };
  }
  return askCore('import plan', preview, async () => ({
    ...(await request(month)), import: file.text, import_answers: file.answers, import_edits: file.edits,
  }));
}

// A chosen file is kept this long, then dropped: it may hold a month of someone's working life.
const IMPORT_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The file the user chose to import, as the options page stored it, with what the user answered about it (whose
 * entries, which date order); null when there is none, or when it was chosen more than 30 days ago (then dropped).
 */
async function importedFile() {
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

/** What the company set through Chrome's policy (managed storage); empty when nothing is. */
function companySettings() {
  return chrome.storage.managed.get(null).catch(() => ({}));
}

// The stored edits have one writer, this worker, and its changes go one after another: an edit the popup keeps as a
// run ends is never lost to the run dropping the days it wrote.
let editsWritten = Promise.resolve();

/** Changes the stored edits of a month, after every change asked for before it. */
function changeEdits(month, change) {
  editsWritten = editsWritten.catch(() => {}).then(async () => {
    const { edits } = await chrome.storage.local.get('edits');
    const ofMonth = change({ ...((edits && edits[month]) || {}) });
    await chrome.storage.local.set({ edits: { ...(edits || {}), [month]: ofMonth } });
  });
  return editsWritten;
}

/** Keeps (or, with null, drops) one day's edit, as the popup's editor asks. */
function keepEdit(month, date, edit) {
  return changeEdits(month, (ofMonth) => {
    if (edit === null) {
      delete ofMonth[date];
    } else {
      ofMonth[date] = edit;
    }
    return ofMonth;
  });
}

/** A day's edit is kept until the day is written: a run that filled it drops it. */
function dropWrittenEdits(ended) {
  return changeEdits(ended.month, (ofMonth) => {
    for (const day of ended.days) {
      if (day.outcome === 'filled') {
        delete ofMonth[day.date];
      }
    }
    return ofMonth;
  });
}

/**
 * A request's answer, or, once the user cancels, a report that it was abandoned: a request in a frozen tab may never
 * answer, and a cancel must not wait for it.
 */
function untilCancelled(answer, signal) {
  if (signal.aborted) {
    return Promise.resolve(JSON.stringify({ network_error: 'cancelled' }));
  }
  return Promise.race([answer, new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(JSON.stringify({ network_error: 'cancelled' })), { once: true });
  })]);
}

/** The core's way out to the browser, for one plan or run. */
function host(tabs, onJob = () => {}, signal = null) {
  return {
    // Only a run's requests are abandoned on cancel; a plan's, an export's or the reminder's never are.
    fetch: (tenant, requestJson, inTab) => {
      const answer = inTab ? tabs.of(tenant).fetch(requestJson)
        : workerFetch(originOf(tenant), requestJson, signal || undefined);
      return signal ? untilCancelled(answer, signal) : answer;
    },
    cookies: async (tenant) => JSON.stringify(Object.fromEntries(
      (await chrome.cookies.getAll({ url: `${originOf(tenant)}/` }))
        .filter((c) => c.value !== '' && (COOKIE_VALUES_USED.has(c.name) || COOKIES_PRESENCE_ONLY.has(c.name)))
        .map((c) => [c.name, COOKIE_VALUES_USED.has(c.name) ? c.value : true]))),
    today: (timeZone) => {
      try {
        return todayIn(timeZone);
      } catch {
        return null;
      }
    },
    time: (timeZone) => {
      try {
        return timeIn(timeZone);
      } catch {
        return null;
      }
    },
    job: (jobJson) => onJob(JSON.parse(jobJson)),
    // Only a run is cancelled; a plan, an export or the reminder after a cancelled run is not.
    cancelled: () => signal !== null && cancelRequested,
    uuid: () => crypto.randomUUID(),
  };
}

/**
 * Asks the core one question that is not a run, with tabs of its own that are closed afterwards; an answer the core
 * could not give is `internal`.
 */
async function askCore(what, question, requestOf) {
  const tabs = new TenantTabs();
  try {
    return JSON.parse(await question(host(tabs), JSON.stringify(await requestOf())));
  } catch (e) {
    console.error(`${what} failed`, e && e.message);
    return { ok: false, error: { code: 'internal', detail: null, violations: [] } };
  } finally {
    await tabs.close();
  }
}

async function plan(month) {
  const result = await askCore('plan', preview, () => request(month));
  if (result.ok) {
    await chrome.storage.local.set({ lastTenant: result.tenant });
    if (result.reminder) {
      // The plan of this month already counts the reminder: no read of its own.
      showReminderUnlessRun(result.reminder);
    } else if (month === currentMonth()) {
      refreshReminder({ afterPlan: true });
    }
  }
  return result;
}

/** The month as Personio holds it, as a file the core made (read-only, from the worker). */
function exportOf(month, format) {
  return askCore('export', exportMonth, async () => ({ ...(await request(month)), format }));
}

/**
 * The self-check page's request: the checks (`check`), or the validation of the day they showed (`validate`, with
 * its date and digest). Read-only but for that one validation, which saves nothing; it runs in a Personio tab. The
 * self-check is no run: a run's cancel neither abandons its requests nor stops its waits.
 */
function selfCheckAnswer(message) {
  const checkRequest = async () => {
    const [{ settings }, managed, where, open] = await Promise.all([chrome.storage.sync.get('settings'),
      companySettings(), whereTheUserIs(), openPersonioTabs()]);
    return { settings: settings ?? null, managed, ...where, tabs: open };
  };
  if (message.type === 'validate') {
    return askCore('self-check', selfCheckValidate, async () => ({
      ...(await checkRequest()), date: message.date ?? null, digest: message.digest ?? null,
    }));
  }
  return askCore('self-check', selfCheck, checkRequest);
}

/** A run the autopilot starts, as the popup starts one; resolves to the job as it ended, or null when none started. */
async function autopilotRun(month, confirmed, basis) {
  const started = JSON.parse(startJob(JSON.stringify({ month, confirmed, current: job })));
  if (!started.ok) {
    return null;
  }
  cancelRequested = false;
  cancelSignal = new AbortController();
  jobImported = false;
  publish(started.job);
  await run(started.job, basis);
  return job;
}

const pilot = createAutopilot({
  ask: (requestOf) => askCore('autopilot', autopilot, requestOf),
  request: (month) => request(month),
  runJob: autopilotRun,
  running: () => Boolean(job && job.state === 'running'),
});

/** Runs a started (or resumed) job, held to the basis of the plan the popup showed. */
async function run(started, basis) {
  const keepalive = setInterval(() => chrome.runtime.getPlatformInfo(), KEEPALIVE_MS);
  const tabs = new TenantTabs();
  try {
    await chrome.storage.local.set({ runBasis: basis ?? null });
    await chrome.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
    const fillRequest = { ...(await request(started.month)), job: started, basis: basis ?? null };
    if (jobImported) {
      // A file forgotten meanwhile is an empty one: the run stops as bad_file and writes nothing.
      const file = await importedFile();
      fillRequest.import = file ? file.text : '';
      fillRequest.import_answers = file ? file.answers : null;
      fillRequest.import_edits = file ? file.edits : {};
    }
    publish(JSON.parse(await fill(host(tabs, publish, cancelSignal.signal), JSON.stringify(fillRequest))));
  } catch (e) {
    console.error('run failed', e && e.message);
    publish(JSON.parse(jobFailed(JSON.stringify(job))));
  } finally {
    clearInterval(keepalive);
    await chrome.alarms.clear(RESUME_ALARM);
    await tabs.close();
  }
}

/** Shows a reminder the core counted, unless a run's progress or its end is on the icon. */
async function showReminderUnlessRun(counted) {
  if (job && job.state === 'running') {
    return;
  }
  await showReminder(counted);
  await chrome.storage.local.set({ reminderAt: Date.now(), reminder: counted });
}

/** Adds what a run that ended wrote to the local record of writes (the core keeps 90 days of it). */
async function keepRecord(ended) {
  const { writeRecord } = await chrome.storage.local.get('writeRecord');
  const record = recordRun(JSON.stringify(writeRecord ?? []), JSON.stringify(ended), Date.now());
  await chrome.storage.local.set({ writeRecord: JSON.parse(record) });
}

/** Keeps, stores and broadcasts the job as the core made it; the icon shows its progress, then its end. */
function publish(next) {
  const wasRunning = Boolean(job && job.state === 'running');
  job = next;
  if (job) {
    showRun(job).catch(() => {});
    if (wasRunning && job.state !== 'running') {
      // Outside a run the icon counts the days still to fill: read again now, and once more a minute later, when
      // Personio has settled; the run's end stays in the icon's tooltip.
      refreshReminder().then(() => showRun(job)).catch(() => {});
      chrome.alarms.create(AFTER_RUN_ALARM, { delayInMinutes: 1 });
      keepRecord(job).catch((e) => console.error('could not keep the record of writes', e.message));
      dropWrittenEdits(job).catch((e) => console.error('could not drop the written edits', e.message));
    }
  }
  // Stored together, so that a fresh worker takes a run up again as the kind of run it was.
  chrome.storage.local.set({ job, runImport: jobImported })
    .catch((e) => console.error('could not store the job', e.message));
  for (const port of ports) {
    try {
      port.postMessage({ type: 'job', job, imported: jobImported });
    } catch {
      // A popup that closed a moment ago; the run goes on without it.
      ports.delete(port);
    }
  }
}
