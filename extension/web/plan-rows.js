// A plan's rows and a run's outcomes, as the popup and the options page's import show them. Text only: every count,
// reason and outcome is the core's; this module only words them in the user's language.
import { dayLabel, durationText } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';

const language = uiLanguage();

/** A message of the core's, in the user's language; Personio's own words inside it stay as they came. */
export function messageText(message) {
  return t(`detail_${message.code}`, ...message.args);
}

/** Why a day is left alone, and what more the core said about it. */
export function reasonText(reason, message) {
  const why = reason ? t(`reason_${reason}`) : t('outcome_skipped');
  return message ? `${why} (${messageText(message)})` : why;
}

/**
 * A day's periods as lines: each period on its own, a work period with its own project or comment (against the
 * plan's, given as `{ project, comment, projectNames }`, the names by id) named beside it; then one line with the
 * day's length against Personio's target and what sets the day apart (a project the settings gave, a part-day
 * absence, an edit).
 */
export function periodLines(day, plan) {
  const lines = day.periods.map((p) => {
    if (p.type === 'break') {
      return `${t('breakLabel')} ${p.start}–${p.end}`;
    }
    const parts = [`${p.start}–${p.end}`];
    if (plan && (p.project_id ?? null) !== (plan.project ?? null)) {
      const id = p.project_id ?? null;
      const named = id && plan.projectNames && plan.projectNames[id] ? `${plan.projectNames[id]} (${id})` : id;
      parts.push(id ? t('dayProject', named) : t('dayNoProject'));
    }
    if (plan && (p.comment ?? null) !== (plan.comment ?? null)) {
      parts.push(p.comment ? t('dayComment', p.comment) : t('dayNoComment'));
    }
    return parts.join(' · ');
  });
  const notes = [];
  if (day.project_from_settings) {
    notes.push(t('projectFromSettings'));
  }
  if (day.partial) {
    notes.push(t('partialDay'));
  }
  if (day.pending) {
    notes.push(t('pendingAbsence'));
  }
  if (day.edited && !(plan && plan.imported)) {
    notes.push(t('editedDay'));
  }
  // A plan's day has its length from the core; a run's day shows its times only.
  const length = typeof day.work_minutes !== 'number' ? '' : `= ${t('dayHours', durationText(day.work_minutes, language))}${
    day.differs ? ` · ${t('targetDiffers', durationText(day.target_minutes, language))}` : ''}`;
  const summary = [length, notes.length ? `(${notes.join(', ')})` : ''].filter(Boolean).join(' ');
  return summary ? [...lines, summary] : lines;
}

/** Puts a day's period lines into a cell, one block each. */
function showPeriods(cell, day, plan) {
  cell.replaceChildren(...periodLines(day, plan).map((line) => {
    const span = document.createElement('span');
    span.className = 'period-line';
    span.textContent = line;
    return span;
  }));
}

/**
 * One planned day as a table row: `data-date`, `data-action`, and `data-reason` on a skip (the element contract),
 * with its date, what will be written or why not, and an empty status cell for the run's outcome.
 */
export function planRow(day, plan) {
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
  what.className = 'what';
  const notes = [];
  if (day.time_off_in_file) {
    notes.push(t('importTimeOffInFile'));
  }
  if (day.comment_cut) {
    notes.push(t('importCommentCut'));
  }
  if (day.action === 'fill') {
    showPeriods(what, day, plan);
    if (notes.length) {
      what.append(notes.join(' · '));
    }
  } else {
    what.textContent = reasonText(day.reason, skipDetail(day)) + (day.pending ? ` (${t('pendingAbsence')})` : '')
      + rulesText(day) + (notes.length ? ` · ${notes.join(' · ')}` : '');
  }
  if (day.differs) {
    tr.dataset.differs = 'true';
  }
  if (day.edited) {
    tr.dataset.edited = 'true';
  }
  const status = document.createElement('td');
  status.className = 'status';
  tr.append(date, what, status);
  return tr;
}

/** The working-time rules an imported day breaks, in words. */
function rulesText(day) {
  const broken = day.violations || [];
  return broken.length ? `: ${broken.map((v) => t(`violation_${v.code}`, ...v.args)).join(' ')}` : '';
}

/** What more the core said about a skipped day: the field it could not read, or that Personio sent no card. */
function skipDetail(day) {
  if (day.field) {
    return { code: 'field_unreadable', args: [day.field] };
  }
  return day.no_card ? { code: 'no_card', args: [] } : null;
}

function statusText(day) {
  if (day.outcome === 'failed') {
    return t('outcome_failed', day.message ? messageText(day.message) : '');
  }
  if (day.outcome === 'changed') {
    return t('outcome_changed', day.reason ? reasonText(day.reason, day.message) : messageText(day.message));
  }
  if (day.outcome === 'skipped') {
    return reasonText(day.reason, day.message);
  }
  return t(`outcome_${day.outcome}`);
}

/** Each row's outcome in the run (`data-outcome` on its status cell); a filled day shows the times it got. */
export function showOutcomes(rows, job, plan) {
  const days = new Map(job.days.map((day) => [day.date, day]));
  for (const tr of rows.children) {
    const day = days.get(tr.dataset.date);
    if (day && (tr.dataset.action === 'fill' || day.outcome !== 'skipped')) {
      const cell = tr.querySelector('.status');
      cell.dataset.outcome = day.outcome;
      cell.textContent = statusText(day);
      if (day.periods.length > 0) {
        showPeriods(tr.querySelector('.what'), day, plan);
      }
    }
  }
}

/** The run's summary line: its progress while it runs, then its counts and the error that stopped it. */
function summaryText(job) {
  let text = job.state === 'running' ? plural('summary_running', job.total, job.done, job.total)
    : t(`summary_${job.state}`, job.filled, job.failed, job.skipped);
  if (job.state !== 'running' && job.error) {
    text += ` ${t(`error_${job.error.code}`)}`;
  }
  return text;
}

/**
 * A run's summary box (`data-state`, `data-month` and the counts, the element contract's `#summary` attributes), its
 * line of text after `prefix`, and its progress bar while it runs.
 */
export function showSummary(box, line, progress, job, prefix) {
  box.hidden = false;
  box.dataset.state = job.state;
  box.dataset.month = job.month;
  box.dataset.filled = job.filled;
  box.dataset.failed = job.failed;
  box.dataset.skipped = job.skipped;
  line.textContent = prefix + summaryText(job);
  progress.hidden = job.state !== 'running';
  progress.max = Math.max(job.total, 1);
  progress.value = job.done;
}

/** A refusal's words: the error's own, then its detail or the rules it names. */
export function errorTexts(error) {
  const own = t(`error_${error.code}`);
  return {
    text: own === `error_${error.code}` ? t('error_internal') : own,
    detail: error.detail ? messageText(error.detail)
      : (error.violations || []).map((v) => t(`violation_${v.code}`, ...v.args)).join(' '),
  };
}
