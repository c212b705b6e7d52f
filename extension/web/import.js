// The options page's import: a file the user chooses becomes a plan, one month at a time, and one click writes the
// shown month, the way the popup fills one. A view: the worker asks the core, which reads the file on every plan and
// run, decides every day (never over an entry) and names every bad line of a bad file.
import { currentMonth, monthLabel } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';
import { editControl } from './day-editor.js';
import {
  answer, hideQuestions, importEdits, showImportError, showQuestion,
} from './import-file.js';
import { planRow, showOutcomes, showSummary } from './plan-rows.js';
import { PORT } from './protocol.js';
import { createRunClient } from './run-client.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
const language = uiLanguage();
let plan = null; // the month of the file on screen, once ready
let job = null;
let jobImported = false;
const runs = createRunClient({
  portName: PORT.OPTIONS,
  imported: true,
  onPlan: (month, result) => showPlan(result),
  onJob: jobChanged,
  onRefused: (error) => {
    showImportError(error);
    render();
  },
});

$('import-file').addEventListener('change', chooseFile);
$('import-person').addEventListener('change', () => answer('person', $('import-person').value));
$('import-date-order').addEventListener('change', () => answer('dateOrder', $('import-date-order').value));
$('import-month').addEventListener('change', () => requestPlan($('import-month').value));
$('import-fill').addEventListener('click', startFill);
$('import-cancel').addEventListener('click', () => {
  $('import-cancel').disabled = true;
  runs.cancel();
});
$('import-forget').addEventListener('click', async () => {
  await chrome.storage.local.remove('importFile');
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes.importFile) {
    return;
  }
  const { oldValue, newValue } = /** @type {{ oldValue?: any, newValue?: any }} */ (changes.importFile);
  if (!newValue) {
    // Forgotten here, in another tab, or by "forget everything".
    clearView();
  } else if (!oldValue || oldValue.text !== newValue.text || oldValue.person !== newValue.person
    || oldValue.dateOrder !== newValue.dateOrder
    || JSON.stringify(oldValue.edits || {}) !== JSON.stringify(newValue.edits || {})) {
    // Another file, or an answer about it, here or in another tab: its plan.
    showChosen(newValue.name);
    requestPlan(null);
  }
});
chrome.storage.local.get('importFile').then(({ importFile }) => {
  if (importFile) {
    showChosen(importFile.name);
    requestPlan(null);
  }
});
// The run going on, if any, and whether it is a file's.
runs.connect();

/**
 * The chosen file is kept as it is, for the worker to hand to the core with every plan and run of it; its plan follows
 * from the stored change. The chooser is emptied, so that the same file, fixed, can be chosen again.
 */
async function chooseFile() {
  const file = $('import-file').files[0];
  if (!file) {
    return;
  }
  $('import-file').value = '';
  try {
    await chrome.storage.local.set({ importFile: { name: file.name, text: await file.text(), storedAt: Date.now() } });
  } catch (e) {
    clearView();
    showImportError({ code: 'import_unreadable', detail: null, violations: [] }, e && e.message);
  }
}

function showChosen(name) {
  $('import-status').textContent = t('importChosen', name);
  $('import-forget').hidden = false;
}

/** A month of the file; with none, the current month if the file has days in it, else its first (the core picks). */
function requestPlan(month) {
  plan = null;
  $('import-plan').dataset.state = 'loading';
  $('import-plan').dataset.month = month || '';
  $('import-plan').setAttribute('aria-busy', 'true');
  $('import-caption').textContent = t('planLoading');
  showImportError(null);
  render();
  runs.plan(month || currentMonth());
}

/** The job changed: a file's run that ended shows its error, and its month is planned again. */
function jobChanged(change) {
  job = change.job;
  jobImported = Boolean(job && job.kind === 'import');
  const justEnded = jobImported && change.justEnded;
  if (justEnded && job.error) {
    showImportError(job.error);
  }
  render();
  // The rows are stale once the file's run of this month ends: read again, the outcomes stay in the rows.
  if (justEnded && plan && plan.month === job.month) {
    requestPlan(plan.month);
  }
}

function showPlan(result) {
  const table = $('import-plan');
  table.setAttribute('aria-busy', 'false');
  if (result.asking) {
    showQuestion(result.asking);
    render();
    return;
  }
  hideQuestions();
  if (!result.ok) {
    table.dataset.state = 'error';
    $('import-caption').textContent = '';
    $('import-rows').replaceChildren();
    $('import-view').hidden = true;
    showImportError(result.error, null, result.problems);
    render();
    return;
  }
  plan = {
    month: result.month, days: result.days, fills: result.fill_count, basis: result.basis, imported: true,
    project: result.project ? result.project.id : null, comment: result.comment,
    projectNames: result.project_names || {},
  };
  table.dataset.month = result.month;
  table.dataset.state = 'ready';
  const select = $('import-month');
  select.replaceChildren(...result.import.months.map((month) => {
    const option = document.createElement('option');
    option.value = month;
    option.textContent = monthLabel(month, language);
    return option;
  }));
  select.value = result.month;
  $('import-caption').textContent = `${plural('importFills', result.fill_count, result.fill_count)} ${
    plural('importSkips', result.skip_count, result.skip_count)}`;
  const months = result.import.months;
  const span = [months[0], months[months.length - 1]].filter((m, i) => i === 0 || m !== months[0])
    .map((m) => monthLabel(m, language)).join(' – ');
  const leftOut = [];
  if (result.import.left_out > 0) {
    leftOut.push(plural('importLeftOutDays', result.import.left_out, result.import.left_out));
  }
  if (result.import.too_short > 0) {
    leftOut.push(plural('importTooShort', result.import.too_short, result.import.too_short));
  }
  $('import-summary-file').textContent = [t('importFileSummary', t(`importFormat_${result.import.format}`),
    String(result.import.days), span), ...leftOut].join(' ');
  $('import-rows').replaceChildren(...result.days.map((day) => importRow(day)));
  $('import-view').hidden = false;
  render();
}

/**
 * A row of the file's plan, with the popup's editor on a day to write and on a day left out for a broken rule. The
 * plan follows from the stored change.
 */
function importRow(day) {
  const tr = planRow(day, plan);
  const edit = editControl(day, tr, {
    month: plan.month, fillable: ['breaks_rules'], replan: () => {}, store: importEdits,
  });
  if (edit) {
    tr.querySelector('.what').append(' ', edit);
  }
  return tr;
}

function startFill() {
  if (!plan) {
    return;
  }
  // The rows on screen are the confirmation: exactly their days, each held to what it showed.
  const confirmed = plan.days.filter((d) => d.action === 'fill').map((d) => ({ date: d.date, digest: d.digest }));
  showImportError(null);
  $('import-fill').disabled = true;
  runs.fill(plan.month, plan.basis, confirmed);
}

function clearView() {
  plan = null;
  runs.dropPlan();
  $('import-view').hidden = true;
  $('import-rows').replaceChildren();
  $('import-plan').dataset.state = 'empty';
  $('import-status').textContent = '';
  $('import-forget').hidden = true;
  hideQuestions();
  showImportError(null);
  render();
}

function render() {
  const running = Boolean(job && job.state === 'running');
  const fills = plan ? plan.fills : 0;
  const fill = $('import-fill');
  fill.disabled = running || !plan || fills === 0;
  fill.textContent = fills > 0 ? plural('importFillButton', fills, fills) : t('fillButtonNone');
  $('import-cancel').disabled = !(running && jobImported) || job.cancelling === true;
  $('import-forget').disabled = running && jobImported;
  $('import-file').disabled = running && jobImported;

  const summary = $('import-summary');
  if (!job || !jobImported) {
    summary.hidden = true;
    return;
  }
  const other = plan && plan.month !== job.month ? `${t('summaryMonth', monthLabel(job.month, language))} · ` : '';
  showSummary(summary, $('import-summary-text'), $('import-progress'), job, other);
  if (plan && plan.month === job.month) {
    showOutcomes($('import-rows'), job, plan);
  }
}
