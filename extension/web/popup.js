// The popup is a view: it has the core plan the month (run-client.js), asks the worker to start or cancel a run, and
// watches it. It renders the plan and the job as the core made them; every count, outcome and code on screen comes
// from the core.
import { currentMonth, monthLabel } from './dates.js';
import { editControl } from './day-editor.js';
import { localize, plural, t, uiLanguage } from './i18n.js';
import {
  errorTexts, planRow, showOutcomes, showSummary,
} from './plan-rows.js';
import {
  handOver, offerPreviousMonth, setThroughToday, showContext, showTotals, showWhose, watchPermission,
} from './popup-extras.js';
import { PORT } from './protocol.js';
import { createRunClient } from './run-client.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
const language = uiLanguage();

let plan = null; // the plan on screen: { month, days } once ready
let job = null;
// The user's run waits while the autopilot writes; it starts when the autopilot's run ends.
let waiting = false;
let shownError = null; // { code, detail, source }
const runs = createRunClient({
  portName: PORT.POPUP,
  onPlan: showPlan,
  onJob: jobChanged,
  onExport: exported,
  onRefused: (error) => {
    showError(error, 'job');
    render();
  },
});

localize();
// A notification of the autopilot opens the month it wrote: popup.html?month=YYYY-MM.
const askedMonth = new URLSearchParams(location.search).get('month');
$('month').value = askedMonth && /^\d{4}-\d{2}$/.test(askedMonth) ? askedMonth : currentMonth();
// The plan first: what follows asks the browser too, and the plan's own questions should not queue behind it.
const firstPlan = requestPlan();
$('month-form').addEventListener('submit', (e) => {
  e.preventDefault();
  requestPlan();
});
$('fill').addEventListener('click', startFill);
watchPermission();
chrome.storage.sync.get('settings').then(({ settings }) => {
  $('through-today').checked = !settings || settings.through_today !== false;
});
$('through-today').addEventListener('change', () => setThroughToday().then(requestPlan));
$('cancel').addEventListener('click', () => {
  $('cancel').disabled = true;
  runs.cancel();
});
$('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
$('export').addEventListener('click', () => requestExport('csv'));
$('export-json').addEventListener('click', () => requestExport('json'));
$('error-action').addEventListener('click', () => {
  chrome.runtime.openOptionsPage();
});

/** The job changed: errors of the popup's own runs shown, the plan read again once a run over its month ended. */
function jobChanged(change) {
  job = change.job;
  waiting = change.waiting;
  if (change.justEnded && job.error && job.kind !== 'import') {
    showError(job.error, 'job');
  } else if (job && job.state === 'running' && shownError && shownError.source === 'job') {
    showError(null);
  }
  render();
  // The plan on screen is stale once a run over its month ends well: read it again, outcomes stay in the rows.
  // After a stop, the rows and the error say what happened, and stay.
  if (change.justEnded && plan && plan.month === job.month
    && (job.state !== 'stopped' || (job.error && job.error.code === 'plan_changed'))) {
    requestPlan();
  }
}

/** The month's file arrived (or, with null, never will): a tab of the extension saves it. */
function exported(result) {
  if (result && result.ok) {
    handOver(result).catch((e) => console.error('export not handed over', e && e.message));
  } else if (result) {
    showError(result.error, 'export');
  }
  render();
}

offerPreviousMonth((month) => {
  $('month').value = month;
  requestPlan();
});

// Connecting wakes the worker, which sends the job as it stands: at once when the stored job is a run going on, else
// once the plan is on screen, since a stopped worker's start would slow the plan down.
chrome.storage.local.get('job').then(({ job: stored }) => {
  if (stored && stored.state === 'running') {
    runs.connect();
  }
});
firstPlan.finally(() => runs.connect());

function requestPlan() {
  const month = $('month').value || currentMonth();
  showLoading(month);
  return runs.plan(month);
}

/** The plan table waits for a fresh plan of this month. */
function showLoading(month) {
  plan = null;
  $('plan').dataset.month = month;
  $('plan').dataset.state = 'loading';
  $('plan').setAttribute('aria-busy', 'true');
  $('plan-caption').textContent = t('planLoading');
  $('plan-rows').replaceChildren();
  $('plan-context').hidden = true;
  $('plan-totals').hidden = true;
  $('context').hidden = true;
  if (shownError && shownError.source === 'plan') {
    showError(null);
  }
  render();
}

function showPlan(month, result) {
  $('plan').dataset.month = month;
  $('plan').setAttribute('aria-busy', 'false');
  if (!result.ok) {
    $('plan').dataset.state = 'error';
    $('plan-caption').textContent = '';
    showError(result.error, 'plan');
    render();
    return;
  }
  plan = {
    month, days: result.days, fills: result.fill_count, basis: result.basis,
    project: result.project ? result.project.id : null, comment: result.comment,
    projectNames: result.project_names || {},
  };
  $('plan').dataset.state = 'ready';
  $('plan-caption').textContent = `${plural('planFills', result.fill_count, result.fill_count)} ${
    plural('planSkips', result.skip_count, result.skip_count)}`;
  showTotals(result.totals);
  $('plan-rows').replaceChildren(...plan.days.map(row));
  showContext(result.project, result.comment);
  showWhose(result.tenant, result.employee_id);
  // The plan was made with this value, the user's or the company's; a value the company locks cannot be changed here.
  const throughToday = $('through-today');
  throughToday.checked = result.through_today;
  throughToday.disabled = result.locked.includes('through_today');
  throughToday.title = throughToday.disabled ? t('setByCompany') : '';
  render();
  // Read by bench/: the time from opening the popup to a rendered plan.
  performance.mark('plan-ready');
}

function row(day) {
  const tr = planRow(day, plan);
  const edit = editControl(day, tr, {
    month: plan.month, fillable: ['off_day', 'not_workday', 'offsite_work'], replan: requestPlan,
  });
  if (edit) {
    tr.querySelector('.what').append(' ', edit);
  }
  return tr;
}

/** Asks the worker for the shown month as Personio holds it, as a file. */
function requestExport(format) {
  if (!plan || !runs.exportMonth(plan.month, format)) {
    return;
  }
  if (shownError && shownError.source === 'export') {
    showError(null);
  }
  render();
}

function startFill() {
  if (!plan) {
    return;
  }
  // The plan on screen is the confirmation: exactly its rows to fill, each held to what it showed.
  const confirmed = plan.days.filter((d) => d.action === 'fill').map((d) => ({ date: d.date, digest: d.digest }));
  showError(null);
  $('fill').disabled = true;
  runs.fill(plan.month, plan.basis, confirmed);
}

function showError(error, source) {
  shownError = error ? { ...error, source } : null;
  const box = $('error');
  if (!error) {
    box.hidden = true;
    delete box.dataset.code;
    return;
  }
  box.hidden = false;
  box.dataset.code = error.code;
  const words = errorTexts(error);
  $('error-text').textContent = words.text;
  $('error-detail').textContent = words.detail;
  const action = $('error-action');
  action.hidden = !['invalid_settings', 'no_employee_id', 'employee_mismatch'].includes(error.code);
  action.textContent = t('optionsLink');
}

/** A keyboard user whose button just disabled itself lands on the next sensible one. */
function keepFocus(running) {
  const focused = /** @type {any} */ (document.activeElement);
  if (focused && focused !== document.body && !focused.disabled) {
    return;
  }
  const next = running && !$('cancel').disabled ? $('cancel') : $('fill').disabled ? $('preview') : $('fill');
  next.focus();
}

function render() {
  const running = Boolean(job && job.state === 'running');
  // While the autopilot writes, the user's run may be asked for: it waits for the autopilot's run to end.
  const mayWait = running && job.kind === 'autopilot' && !waiting;
  const fills = plan ? plan.fills : 0;
  $('fill').disabled = (running && !mayWait) || !plan || fills === 0;
  $('fill').textContent = waiting && running ? t('fillWaits')
    : fills > 0 ? plural('fillButton', fills, fills) : t('fillButtonNone');
  $('cancel').disabled = !running || job.cancelling === true;
  for (const control of /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('.edit-day'))) {
    control.disabled = running;
  }
  $('export').disabled = !plan || runs.exporting;
  $('export-json').disabled = !plan || runs.exporting;
  keepFocus(running);

  const summary = $('summary');
  if (!job) {
    summary.hidden = true;
    return;
  }
  const other = job.kind === 'import' ? `${t('summaryImport', monthLabel(job.month, language))} · `
    : job.kind === 'autopilot' ? `${t('summaryAutopilot', monthLabel(job.month, language))} · `
      : plan && plan.month !== job.month ? `${t('summaryMonth', monthLabel(job.month, language))} · ` : '';
  showSummary(summary, $('summary-text'), $('progress'), job, other);

  // A run of an imported file is the options page's: its days are not this plan's rows.
  if (plan && plan.month === job.month && job.kind !== 'import') {
    showOutcomes($('plan-rows'), job, plan);
  }
}
