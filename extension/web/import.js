// The options page's import: a file the user chooses becomes a plan, one month at a time, and one click writes the
// shown month, the way the popup fills one. A view: the worker asks the core, which reads the file on every plan and
// run, decides every day (never over an entry) and names every bad line of a bad file.
import { importOnlyPerson } from './core.js';
import { currentMonth, dayLabel, monthLabel } from './dates.js';
import { t, uiLanguage } from './i18n.js';
import { openEditor } from './day-editor.js';
import {
  errorTexts, messageText, planRow, showOutcomes, showSummary,
} from './plan-rows.js';

const $ = (id) => document.getElementById(id);
const language = uiLanguage();
let port = null;
let plan = null; // the month of the file on screen, once ready
let planRequest = 0;
let askedMonth = null; // the month the plan on its way was asked for
let job = null;
let jobImported = false;

$('import-file').addEventListener('change', chooseFile);
$('import-person').addEventListener('change', () => answer('person', $('import-person').value));
$('import-date-order').addEventListener('change', () => answer('dateOrder', $('import-date-order').value));
$('import-month').addEventListener('change', () => requestPlan($('import-month').value));
$('import-fill').addEventListener('click', startFill);
$('import-cancel').addEventListener('click', () => {
  $('import-cancel').disabled = true;
  send({ type: 'cancel' });
});
$('import-forget').addEventListener('click', async () => {
  await chrome.storage.local.remove('importFile');
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes.importFile) {
    return;
  }
  const { oldValue, newValue } = changes.importFile;
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
send({ type: 'hello' });

function listen(connected) {
  port = connected;
  port.onMessage.addListener(receive);
  port.onDisconnect.addListener(() => {
    port = null;
    if ($('import-plan').dataset.state === 'loading') {
      send({ type: 'plan', id: planRequest, month: askedMonth, import: true });
    } else if (job && job.state === 'running') {
      listen(chrome.runtime.connect({ name: 'options' }));
    }
  });
}

/** Posts to the worker, connecting again when the port was lost; connecting is what a hello needs. */
function send(message) {
  if (port === null) {
    listen(chrome.runtime.connect({ name: 'options' }));
  }
  if (message.type !== 'hello') {
    port.postMessage(message);
  }
}

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
    showError({ code: 'import_unreadable', detail: null, violations: [] }, e && e.message);
  }
}

/**
 * An answer to the page's question, kept with the file until it is forgotten. Once a person is chosen, only their
 * lines are kept: other people's names, e-mails and descriptions are dropped from storage.
 */
async function answer(key, value) {
  const { importFile } = await chrome.storage.local.get('importFile');
  if (!importFile || !value) {
    return;
  }
  const next = { ...importFile, [key]: value };
  if (key === 'person') {
    next.text = importOnlyPerson(importFile.text, value);
  }
  await chrome.storage.local.set({ importFile: next });
}

/** Asks whose entries to take, or how the dates are written; nothing is chosen at first. The plan has no rows. */
function showQuestion(asking) {
  const table = $('import-plan');
  table.dataset.state = 'asking';
  $('import-rows').replaceChildren();
  $('import-caption').textContent = '';
  $('import-view').hidden = true;
  const person = asking.kind === 'person';
  $('import-person-field').hidden = !person;
  $('import-date-order-field').hidden = person;
  if (person) {
    const select = $('import-person');
    select.replaceChildren(...asking.persons.map((p) => {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = t('importPersonOption', p.id, String(p.entries));
      return option;
    }));
    select.selectedIndex = -1;
    select.focus();
  } else {
    const select = $('import-date-order');
    select.options[0].textContent = t('importDayFirst', asking.date, dayLabel(asking.day_first, language));
    select.options[1].textContent = t('importMonthFirst', asking.date, dayLabel(asking.month_first, language));
    select.selectedIndex = -1;
    $('import-date-order-help').textContent = t('importDateOrderHelp');
    select.focus();
  }
}

function hideQuestions() {
  $('import-person-field').hidden = true;
  $('import-date-order-field').hidden = true;
}

function showChosen(name) {
  $('import-status').textContent = t('importChosen', name);
  $('import-forget').hidden = false;
}

/** A month of the file; with none, the current month if the file has days in it, else its first (the core picks). */
function requestPlan(month) {
  planRequest += 1;
  plan = null;
  $('import-plan').dataset.state = 'loading';
  $('import-plan').dataset.month = month || '';
  $('import-plan').setAttribute('aria-busy', 'true');
  $('import-caption').textContent = t('planLoading');
  showError(null);
  render();
  askedMonth = month || currentMonth();
  send({ type: 'plan', id: planRequest, month: askedMonth, import: true });
}

function receive(message) {
  if (message.type === 'plan' && message.import && message.id === planRequest) {
    showPlan(message.result);
  } else if (message.type === 'job') {
    const previous = job;
    job = message.job;
    jobImported = Boolean(message.imported);
    const justEnded = Boolean(jobImported && job && job.state !== 'running' && previous
      && previous.state === 'running');
    if (justEnded && job.error) {
      showError(job.error);
    }
    render();
    // The rows are stale once the file's run of this month ends: read again, the outcomes stay in the rows.
    if (justEnded && plan && plan.month === job.month) {
      requestPlan(plan.month);
    }
  } else if (message.type === 'refused') {
    showError(message.error);
    render();
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
    showError(result.error, null, result.problems);
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
  $('import-caption').textContent = t('importCaption', result.fill_count, result.skip_count);
  const months = result.import.months;
  const span = [months[0], months[months.length - 1]].filter((m, i) => i === 0 || m !== months[0])
    .map((m) => monthLabel(m, language)).join(' – ');
  const leftOut = [];
  if (result.import.left_out > 0) {
    leftOut.push(t('importLeftOutDays', String(result.import.left_out)));
  }
  if (result.import.too_short > 0) {
    leftOut.push(t('importTooShort', String(result.import.too_short)));
  }
  $('import-summary-file').textContent = [t('importFileSummary', t(`importFormat_${result.import.format}`),
    String(result.import.days), span), ...leftOut].join(' ');
  $('import-rows').replaceChildren(...result.days.map((day) => importRow(day)));
  $('import-view').hidden = false;
  render();
}

/**
 * Edits of the file's days, kept with the file until it is forgotten: `importFile.edits`, by date. The options page
 * is their one writer.
 */
const importEdits = {
  kept: async () => {
    const { importFile } = await chrome.storage.local.get('importFile');
    return (importFile && importFile.edits) || {};
  },
  keep: async (month, date, edit) => {
    const { importFile } = await chrome.storage.local.get('importFile');
    if (!importFile) {
      throw new Error('no file');
    }
    const edits = { ...(importFile.edits || {}) };
    if (edit === null) {
      delete edits[date];
    } else {
      edits[date] = edit;
    }
    await chrome.storage.local.set({ importFile: { ...importFile, edits } });
  },
};

/** A row of the file's plan, with the popup's editor on a day to write and on a day left out for a broken rule. */
function importRow(day) {
  const tr = planRow(day, plan);
  if (day.action === 'fill' || day.reason === 'breaks_rules' || day.reason === 'left_out') {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link edit-day';
    button.textContent = t(day.action === 'fill' ? 'editDay' : 'fillOnPurpose');
    button.setAttribute('aria-label', `${button.textContent}: ${dayLabel(day.date, language)}`);
    button.addEventListener('click', () => {
      if (!document.querySelector(`.day-editor[data-editor-for="${day.date}"]`)) {
        // The plan follows from the stored change.
        openEditor(tr, day, plan.month, () => {}, () => {}, importEdits);
      }
    });
    tr.querySelector('.what').append(' ', button);
  }
  return tr;
}

function startFill() {
  if (!plan) {
    return;
  }
  // The rows on screen are the confirmation: exactly their days, each held to what it showed.
  const confirmed = plan.days.filter((d) => d.action === 'fill').map((d) => ({ date: d.date, digest: d.digest }));
  showError(null);
  $('import-fill').disabled = true;
  send({
    type: 'fill', month: plan.month, basis: plan.basis, confirmed, import: true,
  });
}

/**
 * An error of the import's: its words, and for a bad file each bad line (or JSON value) and each day that breaks a
 * rule, one to a line, with where it is.
 */
function showError(error, extra = null, problems = []) {
  const box = $('import-error');
  const list = $('import-problems');
  if (!error) {
    box.hidden = true;
    delete box.dataset.code;
    list.replaceChildren();
    return;
  }
  box.hidden = false;
  box.dataset.code = error.code;
  const words = errorTexts(error);
  $('import-error-text').textContent = words.text;
  $('import-error-detail').textContent = error.code === 'bad_file' ? '' : [words.detail, extra].filter(Boolean)
    .join(' ');
  const items = problems.map((p) => {
    const li = document.createElement('li');
    li.dataset.code = p.code;
    if (p.where !== null) {
      li.dataset.where = p.where;
    }
    const where = p.where === null ? '' : /^\d+$/.test(p.where) ? t('importWhereLine', p.where)
      : t('importWherePath', p.where);
    li.textContent = `${where ? `${where}: ` : ''}${messageText(p)}`;
    return li;
  });
  if (error.code === 'bad_file') {
    for (const v of error.violations || []) {
      const li = document.createElement('li');
      li.dataset.code = v.code;
      li.dataset.where = v.field;
      li.textContent = `${dayLabel(v.field, language)}: ${t(`violation_${v.code}`, ...v.args)}`;
      items.push(li);
    }
  }
  list.replaceChildren(...items);
}

function clearView() {
  plan = null;
  planRequest += 1;
  $('import-view').hidden = true;
  $('import-rows').replaceChildren();
  $('import-plan').dataset.state = 'empty';
  $('import-status').textContent = '';
  $('import-forget').hidden = true;
  hideQuestions();
  showError(null);
  render();
}

function render() {
  const running = Boolean(job && job.state === 'running');
  const fills = plan ? plan.fills : 0;
  const fill = $('import-fill');
  fill.disabled = running || !plan || fills === 0;
  fill.textContent = fills > 0 ? t('importFillButton', fills) : t('fillButtonNone');
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
