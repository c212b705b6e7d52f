// The imported file beside its plan: the answers the user gives about it (whose entries, which date order), the
// edits of its days, kept with the file, and a refusal with each bad line of the file.
import { importOnlyPerson } from './core.js';
import { dayLabel } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';
import { errorTexts, messageText } from './plan-rows.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
const language = uiLanguage();

/**
 * An answer to the page's question, kept with the file until it is forgotten. Once a person is chosen, only their
 * lines are kept: other people's names, e-mails and descriptions are dropped from storage.
 */
export async function answer(key, value) {
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
export function showQuestion(asking) {
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
      option.textContent = plural('importPersonOption', p.entries, p.id, p.entries);
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

export function hideQuestions() {
  $('import-person-field').hidden = true;
  $('import-date-order-field').hidden = true;
}

/**
 * Edits of the file's days, kept with the file until it is forgotten: `importFile.edits`, by date. The options page
 * is their one writer.
 */
export const importEdits = {
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

/**
 * An error of the import's: its words, and for a bad file each bad line (or JSON value) and each day that breaks a
 * rule, one to a line, with where it is.
 */
export function showImportError(error, extra = null, problems = []) {
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
