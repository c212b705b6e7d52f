// The options page's panels beside the settings: access to Personio, the autopilot's last run, the record of writes,
// and forgetting everything.
import { download } from './download.js';
import { plural, t, uiLanguage } from './i18n.js';
import { mayReachPersonio, PERSONIO_SITES } from './personio-site.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);

/** The local record of writes, newest first: what each run sent for each day and what Personio answered. */
export async function showRecord() {
  const { writeRecord } = await chrome.storage.local.get('writeRecord');
  const entries = Array.isArray(writeRecord) ? [...writeRecord].reverse() : [];
  $('write-record-rows').replaceChildren(...entries.map((entry) => {
    const tr = document.createElement('tr');
    tr.dataset.date = entry.date;
    tr.dataset.outcome = entry.outcome;
    tr.dataset.kind = entry.kind || 'month';
    const cells = [
      entry.date,
      entry.periods.map((p) => `${p.type === 'break' ? `${t('breakLabel')} ` : ''}${p.start}–${p.end}`
        + `${p.project_id ? ` #${p.project_id}` : ''}${p.comment ? ` „${p.comment}“` : ''}`).join(' · '),
      (entry.answer ? t('outcome_failed', t(`detail_${entry.answer.code}`, ...entry.answer.args)) : t('outcome_filled'))
        + (entry.kind === 'autopilot' ? ` · ${t('recordByAutopilot')}` : ''),
      new Date(entry.at).toLocaleString(document.documentElement.lang),
    ];
    tr.append(...cells.map((text) => {
      const td = document.createElement('td');
      td.textContent = text;
      return td;
    }));
    return tr;
  }));
  $('write-record-empty').hidden = entries.length > 0;
  $('write-record').hidden = entries.length === 0;
  $('export-record').disabled = entries.length === 0;
}

$('export-record').addEventListener('click', async () => {
  const { writeRecord } = await chrome.storage.local.get('writeRecord');
  download('personio-attendance-record.json', JSON.stringify(writeRecord ?? [], null, 2), 'application/json');
});

/**
 * Forget everything: settings, the last run, edits, the record of writes and the remembered company. It asks first,
 * in words, and nothing is cleared until the user says yes; `forgotten` then shows the defaults.
 * @param {() => void} forgotten
 */
export function offerToForget(forgotten) {
  $('forget-start').addEventListener('click', () => {
    $('forget-confirm').hidden = false;
    $('forget-no').focus();
  });
  $('forget-no').addEventListener('click', () => {
    $('forget-confirm').hidden = true;
    $('forget-start').focus();
  });
  $('forget-yes').addEventListener('click', async () => {
    const { job } = await chrome.storage.local.get('job');
    if (job && job.state === 'running') {
      // The worker keeps a running job and the tabs it opened in storage; they are forgotten once the run ended.
      $('forget-confirm').hidden = true;
      $('forget-status').textContent = t('forgetWhileRunning');
      return;
    }
    await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
    $('forget-confirm').hidden = true;
    $('forget-status').textContent = t('forgetDone');
    forgotten();
    showRecord();
  });
}

/** Whether the extension may reach Personio's sites; without it, a button asks the browser to allow it again. */
async function showAccess() {
  const granted = await mayReachPersonio();
  $('access-status').dataset.state = granted ? 'granted' : 'missing';
  $('access-status').textContent = t(granted ? 'accessGranted' : 'accessMissing');
  $('grant-access').hidden = granted;
}

/** Shows the access to Personio's sites, and again whenever it changes. */
export function watchAccess() {
  showAccess();
  chrome.permissions.onAdded.addListener(showAccess);
  chrome.permissions.onRemoved.addListener(showAccess);
  // The browser's prompt must be the first thing the click does: asked later, it is refused as not from a user action.
  $('grant-access').addEventListener('click', () => {
    chrome.permissions.request({ origins: [PERSONIO_SITES] }).then(showAccess, showAccess);
  });
}

/** What the autopilot last did, or why it switched itself off: the same as its notification says. */
async function showAutopilot() {
  const { autopilotLast, autopilotStopped } = await chrome.storage.local.get(['autopilotLast', 'autopilotStopped']);
  const lines = [];
  if (autopilotStopped && (!autopilotLast || autopilotStopped.at >= autopilotLast.at)) {
    lines.push(t('autopilotSwitchedOff'));
  } else if (autopilotLast && (autopilotLast.filled.length || autopilotLast.failed.length)) {
    lines.push(plural('autopilotLastRun', autopilotLast.filled.length,
      new Date(autopilotLast.at).toLocaleString(uiLanguage()), autopilotLast.filled.length,
      autopilotLast.failed.length));
  }
  $('autopilot-status').textContent = lines.join(' ');
}

/** Shows what the autopilot last did, and again whenever that changes. */
export function watchAutopilot() {
  showAutopilot();
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.autopilotLast || changes.autopilotStopped)) {
      showAutopilot();
    }
  });
}
