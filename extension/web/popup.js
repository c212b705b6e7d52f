// The popup is a view: it asks the worker for a plan, starts, cancels and watches the run, and keeps no state that
// the worker does not also hold.
import { currentMonth, dayLabel, monthLabel } from './dates.js';
import { localize, t, uiLanguage } from './i18n.js';

const $ = (id) => document.getElementById(id);
const language = uiLanguage();
let port = null;

let plan = null; // the plan on screen: { month, days } once ready
let planRequest = 0;
let job = null;
let shownError = null; // { code, detail, source }

localize();
$('month').value = currentMonth();
$('month-form').addEventListener('submit', (e) => {
  e.preventDefault();
  requestPlan();
});
$('fill').addEventListener('click', startFill);
$('cancel').addEventListener('click', () => {
  $('cancel').disabled = true;
  send({ type: 'cancel' });
});
$('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
$('error-action').addEventListener('click', () => {
  chrome.runtime.openOptionsPage();
});

/** Posts to the worker, connecting again when the worker was stopped while idle (the port then dies with it). */
function send(message) {
  if (port === null) {
    port = chrome.runtime.connect({ name: 'popup' });
    port.onMessage.addListener(receive);
    port.onDisconnect.addListener(() => {
      port = null;
      // A plan asked for on the lost connection is asked for again.
      if ($('plan').dataset.state === 'loading') {
        send({ type: 'plan', id: planRequest, month: $('plan').dataset.month });
      }
    });
  }
  port.postMessage(message);
}

function receive(message) {
  if (message.type === 'plan' && message.id === planRequest) {
    showPlan(message.month, message.result);
  } else if (message.type === 'job') {
    const previous = job;
    job = message.job;
    const justEnded = Boolean(job && job.state !== 'running' && previous && previous.state === 'running');
    const interrupted = Boolean(!previous && job && job.error && job.error.code === 'interrupted');
    if ((justEnded || interrupted) && job.error) {
      showError(job.error, 'job');
    } else if (job && job.state === 'running' && shownError && shownError.source === 'job') {
      showError(null);
    }
    render();
    // The plan on screen is stale once a run over its month ends well: read it again, outcomes stay in the rows.
    // After a stop, the rows and the error say what happened, and stay.
    if (justEnded && job.state !== 'stopped' && plan && plan.month === job.month) {
      requestPlan();
    }
  } else if (message.type === 'refused') {
    showError(message.error, 'job');
    render();
  }
}

requestPlan();

function requestPlan() {
  const month = $('month').value || currentMonth();
  planRequest += 1;
  plan = null;
  $('plan').dataset.month = month;
  $('plan').dataset.state = 'loading';
  $('plan').setAttribute('aria-busy', 'true');
  $('plan-caption').textContent = t('planLoading');
  $('plan-rows').replaceChildren();
  $('plan-context').hidden = true;
  if (shownError && shownError.source === 'plan') {
    showError(null);
  }
  render();
  send({ type: 'plan', id: planRequest, month });
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
  plan = { month, days: result.days };
  $('plan').dataset.state = 'ready';
  const fills = plan.days.filter((d) => d.action === 'fill').length;
  $('plan-caption').textContent = t('planCaption', fills, plan.days.length - fills);
  $('plan-rows').replaceChildren(...plan.days.map(row));
  showContext(result.project, result.comment);
  render();
  // Read by bench/: the time from opening the popup to a rendered plan.
  performance.mark('plan-ready');
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

function row(day) {
  const tr = document.createElement('tr');
  tr.dataset.date = day.date;
  tr.dataset.action = day.action;
  if (day.reason) {
    tr.dataset.reason = day.reason;
  }
  const date = document.createElement('th');
  date.scope = 'row';
  date.textContent = dayLabel(day.date, language);
  const what = document.createElement('td');
  what.textContent = day.action === 'fill' ? periodsText(day) : t(`reason_${day.reason}`);
  const status = document.createElement('td');
  status.className = 'status';
  tr.append(date, what, status);
  return tr;
}

function periodsText(day) {
  const parts = day.periods.map((p) => (p.type === 'break' ? `${t('breakLabel')} ${p.start}–${p.end}`
    : `${p.start}–${p.end}`));
  return parts.join(' · ') + (day.partial ? ` (${t('partialDay')})` : '');
}

function startFill() {
  if (!plan) {
    return;
  }
  const confirmed = plan.days.filter((d) => d.action === 'fill').map((d) => d.date);
  showError(null);
  $('fill').disabled = true;
  send({ type: 'fill', month: plan.month, confirmed });
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
  $('error-text').textContent = t(`error_${error.code}`) === `error_${error.code}` ? t('error_internal')
    : t(`error_${error.code}`);
  $('error-detail').textContent = error.detail || '';
  const action = $('error-action');
  action.hidden = !['invalid_settings', 'no_employee_id'].includes(error.code);
  action.textContent = t('optionsLink');
}

/** The counts of the job's days; once a run ends, its days are every day of the month as the core reported it. */
function counts() {
  const days = Object.values(job.days || {});
  const count = (outcome) => days.filter((d) => d.outcome === outcome).length;
  return { filled: count('filled'), failed: count('failed'), skipped: count('skipped') };
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

function statusText(day) {
  if (day.outcome === 'failed') {
    return t('outcome_failed', day.message || '');
  }
  if (day.outcome === 'skipped') {
    return t(`reason_${day.reason}`);
  }
  return t(`outcome_${day.outcome}`);
}

function render() {
  const running = Boolean(job && job.state === 'running');
  const fills = plan ? plan.days.filter((d) => d.action === 'fill').length : 0;
  $('fill').disabled = running || !plan || fills === 0;
  $('fill').textContent = fills > 0 ? t('fillButton', fills) : t('fillButtonNone');
  $('cancel').disabled = !running || job.cancelling === true;
  keepFocus(running);

  const summary = $('summary');
  if (!job) {
    summary.hidden = true;
    return;
  }
  const c = counts();
  summary.hidden = false;
  summary.dataset.state = job.state;
  summary.dataset.month = job.month;
  summary.dataset.filled = c.filled;
  summary.dataset.failed = c.failed;
  summary.dataset.skipped = c.skipped;
  let text = running ? t('summary_running', job.done, job.total)
    : t(`summary_${job.state}`, c.filled, c.failed, c.skipped);
  if (!running && job.error) {
    text += ` ${t(`error_${job.error.code}`)}`;
  }
  const other = plan && plan.month !== job.month ? `${t('summaryMonth', monthLabel(job.month, language))} · ` : '';
  $('summary-text').textContent = other + text;
  const progress = $('progress');
  progress.hidden = !running;
  progress.max = Math.max(job.total, 1);
  progress.value = job.done;

  if (plan && plan.month === job.month) {
    for (const tr of $('plan-rows').children) {
      const day = job.days[tr.dataset.date];
      if (day && (tr.dataset.action === 'fill' || day.outcome !== 'skipped')) {
        const cell = tr.querySelector('.status');
        cell.dataset.outcome = day.outcome;
        cell.textContent = statusText(day);
      }
    }
  }
}
