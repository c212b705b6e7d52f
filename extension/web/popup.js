// The popup is a view: it asks the worker for a plan, starts, cancels and watches the run. It renders the plan and
// the job as the core made them; every count, outcome and code on screen comes from the core.
import { currentMonth, dayLabel, hoursText, monthLabel } from './dates.js';
import { download } from './download.js';
import { keepEdit, openEditor } from './day-editor.js';
import { localize, t, uiLanguage } from './i18n.js';
import { mayReachPersonio } from './personio-tab.js';
import {
  errorTexts, planRow, showOutcomes, showSummary,
} from './plan-rows.js';

const $ = (id) => document.getElementById(id);
const language = uiLanguage();
let port = null;

let plan = null; // the plan on screen: { month, days } once ready
let planRequest = 0;
let job = null;
let jobImported = false;
let shownError = null; // { code, detail, source }
let exporting = false;

localize();
// A notification of the autopilot opens the month it wrote: popup.html?month=YYYY-MM.
const askedMonth = new URLSearchParams(location.search).get('month');
$('month').value = askedMonth && /^\d{4}-\d{2}$/.test(askedMonth) ? askedMonth : currentMonth();
$('month-form').addEventListener('submit', (e) => {
  e.preventDefault();
  requestPlan();
});
$('fill').addEventListener('click', startFill);
showPermission();
$('permission-open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
chrome.permissions.onRemoved.addListener(showPermission);
chrome.permissions.onAdded.addListener(showPermission);

/** Whether the user took back the access to Personio's sites (Firefox's add-on settings, Chrome's). */
async function showPermission() {
  $('permission-missing').hidden = await mayReachPersonio();
}
chrome.storage.sync.get('settings').then(({ settings }) => {
  $('through-today').checked = !settings || settings.through_today !== false;
});
$('through-today').addEventListener('change', setThroughToday);
$('cancel').addEventListener('click', () => {
  $('cancel').disabled = true;
  send({ type: 'cancel' });
});
$('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
$('export').addEventListener('click', () => requestExport('csv'));
$('export-json').addEventListener('click', () => requestExport('json'));
$('error-action').addEventListener('click', () => {
  chrome.runtime.openOptionsPage();
});

/**
 * Listens on a port to the worker. When the port dies with its worker, a plan still loading is asked again, and a
 * run shown as going on is looked at again: connecting starts a fresh worker, which sends the job as it stands.
 */
function listen(connected) {
  port = connected;
  port.onMessage.addListener(receive);
  port.onDisconnect.addListener(() => {
    port = null;
    // An export asked of a worker that died is not coming: its buttons work again.
    if (exporting) {
      exporting = false;
      render();
    }
    if ($('plan').dataset.state === 'loading') {
      send({ type: 'plan', id: planRequest, month: $('plan').dataset.month });
    } else if (job && job.state === 'running') {
      listen(chrome.runtime.connect({ name: 'popup' }));
    }
  });
}

/** Posts to the worker, connecting again when the port was lost. */
function send(message) {
  if (port === null) {
    listen(chrome.runtime.connect({ name: 'popup' }));
  }
  port.postMessage(message);
}

function receive(message) {
  if (message.type === 'plan' && message.id === planRequest) {
    showPlan(message.month, message.result);
  } else if (message.type === 'job') {
    const previous = job;
    job = message.job;
    // A run of an imported file is the options page's: its days are not this plan's rows.
    jobImported = Boolean(message.imported);
    const justEnded = Boolean(job && job.state !== 'running' && previous && previous.state === 'running');
    if (justEnded && job.error && !jobImported) {
      showError(job.error, 'job');
    } else if (job && job.state === 'running' && shownError && shownError.source === 'job') {
      showError(null);
    }
    render();
    // The plan on screen is stale once a run over its month ends well: read it again, outcomes stay in the rows.
    // After a stop, the rows and the error say what happened, and stay.
    if (justEnded && plan && plan.month === job.month
      && (job.state !== 'stopped' || (job.error && job.error.code === 'plan_changed'))) {
      requestPlan();
    }
  } else if (message.type === 'export') {
    exporting = false;
    if (message.result.ok) {
      download(message.result.filename, message.result.content, message.result.mime);
    } else {
      showError(message.result.error, 'export');
    }
    render();
  } else if (message.type === 'refused') {
    showError(message.error, 'job');
    render();
  }
}

/**
 * Early in a month, the reminder the core counted also spans last month: when last month still has days a plan would
 * fill, the popup says so and offers it in one click.
 */
function offerPreviousMonth(reminder) {
  const box = $('previous-month');
  const current = currentMonth();
  const earlier = reminder && reminder.ok ? reminder.months.filter((m) => m < current) : [];
  if (earlier.length === 0) {
    box.hidden = true;
    return;
  }
  const month = earlier[earlier.length - 1];
  const days = reminder.days.filter((d) => d.startsWith(month)).length;
  $('previous-month-text').textContent = t('previousMonthOpen', String(days), monthLabel(month, language));
  $('previous-month-show').textContent = t('previousMonthShow', monthLabel(month, language));
  $('previous-month-show').onclick = () => {
    $('month').value = month;
    box.hidden = true;
    requestPlan();
  };
  box.hidden = false;
}
chrome.storage.local.get('reminder').then(({ reminder }) => offerPreviousMonth(reminder));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.reminder) {
    offerPreviousMonth(changes.reminder.newValue);
  }
});

// popup-early.js has asked for this month's plan already: take over its port and what came in meanwhile.
const early = window.earlyPlan;
if (early && early.month === $('month').value) {
  early.port.onMessage.removeListener(early.listener);
  planRequest = early.id;
  showLoading(early.month);
  listen(early.port);
  early.messages.forEach(receive);
} else {
  requestPlan();
}

function requestPlan() {
  const month = $('month').value || currentMonth();
  planRequest += 1;
  showLoading(month);
  send({ type: 'plan', id: planRequest, month });
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
  $('plan-caption').textContent = t('planCaption', result.fill_count, result.skip_count);
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

/** The month's work to write against Personio's target for the same days, and how many days differ. */
function showTotals(totals) {
  const box = $('plan-totals');
  const parts = [t('planTotals', hoursText(totals.work_minutes), hoursText(totals.target_minutes))];
  if (totals.differing_days > 0) {
    parts.push(t('planTotalsDiffer', String(totals.differing_days)));
  }
  box.textContent = parts.join(' ');
  box.dataset.differing = String(totals.differing_days);
  box.hidden = false;
}

/** The project and comment every work period gets, as text: both may come from Personio or the user. */
function showContext(project, comment) {
  const lines = [];
  if (project) {
    lines.push(project.known
      ? `${t('projectLine', project.name)}${project.active ? '' : ` ${t('projectInactive')}`}`
      : t('projectUnknown', project.id));
  }
  if (comment) {
    lines.push(t('commentLine', comment));
  }
  $('plan-context').textContent = lines.join(' · ');
  $('plan-context').hidden = lines.length === 0;
}

/** Whose month this is: the company and the employee the plan was read for. */
function showWhose(tenant, employee) {
  const context = $('context');
  context.dataset.tenant = tenant;
  context.dataset.employee = String(employee);
  context.textContent = t('contextLine', tenant, String(employee));
  context.hidden = false;
}

function row(day) {
  const tr = planRow(day, plan);
  const edit = editControl(day, tr);
  if (edit) {
    tr.querySelector('.what').append(' ', edit);
  }
  return tr;
}

/**
 * The control that changes a day before it is written: edit a day to fill, fill a day off on purpose, or undo
 * leaving a day out. Days the core skips for any other reason can never be filled, and get none.
 */
function editControl(day, tr) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link edit-day';
  if (day.action === 'fill') {
    button.textContent = t('editDay');
  } else if (['off_day', 'not_workday', 'offsite_work'].includes(day.reason)) {
    button.textContent = t('fillOnPurpose');
  } else if (day.reason === 'left_out') {
    button.textContent = t('undoEdit');
    button.classList.add('undo-edit');
    button.addEventListener('click', async () => {
      // Planned again either way: the row then shows whether the day is still left out.
      await keepEdit(plan.month, day.date, null).catch((e) => console.error('edit not undone', e.message));
      requestPlan();
    });
    return button;
  } else {
    return null;
  }
  button.setAttribute('aria-label', `${button.textContent}: ${dayLabel(day.date, language)}`);
  button.addEventListener('click', () => {
    if (document.querySelector(`.day-editor[data-editor-for="${day.date}"]`)) {
      return;
    }
    openEditor(tr, day, plan.month, requestPlan, () => {});
  });
  return button;
}

/**
 * Today planned or left for later: stored with the other settings (only what differs from the defaults, as the core
 * says), then the month is planned again.
 */
async function setThroughToday() {
  // The core is loaded only here: the popup itself never needs it, and loads faster without it.
  const [{ settings }, managed, { checkSettings }] = await Promise.all([chrome.storage.sync.get('settings'),
    chrome.storage.managed.get(null).catch(() => ({})), import('./core.js')]);
  const checked = JSON.parse(checkSettings(JSON.stringify({ ...(settings ?? {}),
    through_today: $('through-today').checked }), JSON.stringify(managed)));
  if (checked.ok) {
    await chrome.storage.sync.set({ settings: checked.stored });
  }
  requestPlan();
}

/** Asks the worker for the shown month as Personio holds it, as a file. */
function requestExport(format) {
  if (!plan || exporting) {
    return;
  }
  exporting = true;
  if (shownError && shownError.source === 'export') {
    showError(null);
  }
  render();
  send({ type: 'export', month: plan.month, format });
}

function startFill() {
  if (!plan) {
    return;
  }
  // The plan on screen is the confirmation: exactly its rows to fill, each held to what it showed.
  const confirmed = plan.days.filter((d) => d.action === 'fill').map((d) => ({ date: d.date, digest: d.digest }));
  showError(null);
  $('fill').disabled = true;
  send({ type: 'fill', month: plan.month, basis: plan.basis, confirmed });
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
  const focused = document.activeElement;
  if (focused && focused !== document.body && !focused.disabled) {
    return;
  }
  const next = running && !$('cancel').disabled ? $('cancel') : $('fill').disabled ? $('preview') : $('fill');
  next.focus();
}

function render() {
  const running = Boolean(job && job.state === 'running');
  const fills = plan ? plan.fills : 0;
  $('fill').disabled = running || !plan || fills === 0;
  $('fill').textContent = fills > 0 ? t('fillButton', fills) : t('fillButtonNone');
  $('cancel').disabled = !running || job.cancelling === true;
  for (const control of document.querySelectorAll('.edit-day')) {
    control.disabled = running;
  }
  $('export').disabled = !plan || exporting;
  $('export-json').disabled = !plan || exporting;
  keepFocus(running);

  const summary = $('summary');
  if (!job) {
    summary.hidden = true;
    return;
  }
  const other = jobImported ? `${t('summaryImport', monthLabel(job.month, language))} · `
    : plan && plan.month !== job.month ? `${t('summaryMonth', monthLabel(job.month, language))} · ` : '';
  showSummary(summary, $('summary-text'), $('progress'), job, other);

  if (plan && plan.month === job.month && !jobImported) {
    showOutcomes($('plan-rows'), job, plan);
  }
}
