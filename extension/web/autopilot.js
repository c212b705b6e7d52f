// The autopilot: once a day, the working days before today that a plan would fill are written by the same run the
// popup starts (each day read again right before it is written, at the pace, never over an entry, never today). The
// core decides whether it is due, which days, and what an ended run means; this module only asks, runs and tells.
import { autopilotOutcome } from './core.js';
import { currentMonth, monthLabel } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';

export const AUTOPILOT_ALARM = 'autopilot';
// How often a running browser looks whether the day's time has come.
const CHECK_MINUTES = 15;
const NOTIFICATION = 'autopilot';

/**
 * Wires the autopilot to the worker: `ask(requestOf)` asks the core with a request built by `requestOf`,
 * `request(month)` builds the worker's usual request, `runJob(month, confirmed, basis)` starts a run and resolves to
 * the job as it ended (null when none could start), `running()` says whether a run is on, and `done()` is told when a
 * look (and whatever it ran) is over.
 */
export function createAutopilot({
  ask, request, runJob, running, done = () => {},
}) {
  let busy = false;

  /** Looks whether it is due, and runs it; `switchedOn` runs it at once, as when the user has just switched it on. */
  async function check({ switchedOn = false } = {}) {
    if (busy || running()) {
      return;
    }
    busy = true;
    try {
      const { autopilotLastDay, edits } = await chrome.storage.local.get(['autopilotLastDay', 'edits']);
      const month = currentMonth();
      const decision = await ask(async () => ({
        ...(await request(month)),
        edits: {},
        edits_by_month: edits || {},
        last_day: autopilotLastDay ?? null,
        switched_on: switchedOn,
      }));
      if (decision.state === 'due') {
        await chrome.storage.local.set({ autopilotLastDay: decision.today });
        await runAll(decision.runs);
      } else if (decision.state === 'switch_off') {
        await switchOff(decision.error);
      } else if (decision.state === 'wait') {
        // Tried again the next day.
        await chrome.storage.local.set({ autopilotLastDay: decision.today });
      }
    } catch (e) {
      console.error('autopilot failed', e && e.message);
    } finally {
      busy = false;
      // A run the user asked for meanwhile starts now, once all of the autopilot's work is over.
      done();
    }
  }

  async function runAll(runs) {
    const filled = [];
    const failed = [];
    let lastMonth = null;
    for (const { month, confirmed, basis } of runs) {
      if (running()) {
        break;
      }
      const ended = await runJob(month, confirmed, basis);
      if (!ended) {
        break;
      }
      lastMonth = month;
      const outcome = JSON.parse(autopilotOutcome(JSON.stringify(ended)));
      filled.push(...outcome.filled);
      failed.push(...outcome.failed);
      if (outcome.switch_off) {
        await switchOff(ended.error);
        break;
      }
      if (ended.state !== 'done') {
        // A session that expired, Personio unavailable: the rest waits for the next day.
        break;
      }
    }
    await tell(filled, failed, lastMonth);
  }

  /** Says what it wrote: a notification, and the options page reads the same from storage. */
  async function tell(filled, failed, month) {
    const last = {
      at: Date.now(), filled, failed, month,
    };
    await chrome.storage.local.set({ autopilotLast: last });
    if (filled.length === 0 && failed.length === 0) {
      return;
    }
    const language = uiLanguage();
    const message = [
      filled.length ? plural('autopilotFilled', filled.length, filled.length, monthLabel(month, language)) : '',
      failed.length ? t('autopilotFailed', failed.join(', ')) : '',
    ].filter(Boolean).join(' ');
    await chrome.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: t('autopilotTitle'),
      message,
    });
  }

  /** What needs the user switches it off, and says so in a notification and on the options page. */
  async function switchOff(error) {
    const { settings } = await chrome.storage.sync.get('settings');
    if (settings && settings.autopilot === true) {
      const next = { ...settings };
      delete next.autopilot;
      await chrome.storage.sync.set({ settings: next });
    }
    await chrome.storage.local.set({ autopilotStopped: { at: Date.now(), error: error ?? null } });
    await chrome.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: t('autopilotTitle'),
      message: t('autopilotSwitchedOff'),
    });
  }

  chrome.alarms.get(AUTOPILOT_ALARM).then((alarm) => {
    if (!alarm) {
      chrome.alarms.create(AUTOPILOT_ALARM, { periodInMinutes: CHECK_MINUTES });
    }
  });
  chrome.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION) {
      return;
    }
    chrome.storage.local.get('autopilotLast').then(({ autopilotLast }) => {
      const month = (autopilotLast && autopilotLast.month) || currentMonth();
      chrome.tabs.create({ url: chrome.runtime.getURL(`popup.html?month=${month}`) });
    });
  });
  return { check, busy: () => busy };
}
