// Editing one day of the plan before it is written: its times, breaks, project and comment, or leaving it out; and
// filling a day off on purpose (a Saturday worked). The edit is checked by the core's working-time rules before it is
// kept; it is kept in chrome.storage.local for its month until the day is written or the edit is undone. The plan is
// then asked for again, and the core plans the day with the edit, so the row shows exactly what will be written.
import { dayLabel } from './dates.js';
import { t, uiLanguage } from './i18n.js';
import { MESSAGE } from './protocol.js';

/** The edits kept for a month, by date. */
async function editsOf(month) {
  const { edits } = await chrome.storage.local.get('edits');
  return { all: edits || {}, month: (edits && edits[month]) || {} };
}

/**
 * Where the popup's edits are kept: by month, written by the worker. The options page's import keeps its edits with
 * the file instead (`importEdits` in import.js); the editor works the same with either.
 */
export const POPUP_EDITS = {
  kept: async (month) => (await editsOf(month)).month,
  keep: (month, date, edit) => keepEdit(month, date, edit),
};

/**
 * Keeps (or, with null, drops) one day's edit. The worker is the one writer of the stored edits, so that an edit kept
 * as a run ends is not lost to the run dropping the days it wrote.
 */
export async function keepEdit(month, date, edit) {
  const answer = await chrome.runtime.sendMessage({
    type: MESSAGE.EDIT, month, date, edit,
  });
  if (!answer || !answer.ok) {
    throw new Error('the edit was not kept');
  }
}

/**
 * The control beside a row that changes the day before it is written: edit a day to fill, fill on purpose a day
 * skipped for one of `fillable` reasons, or undo leaving a day out. Other days get none (null). `replan` asks for the
 * plan again once an edit is kept or undone; `store` is where the page keeps its edits.
 * @param {any} day
 * @param {HTMLElement} tr
 * @param {{ month: string, fillable: string[], replan: () => void, store?: typeof POPUP_EDITS }} where
 * @returns {HTMLButtonElement | null}
 */
export function editControl(day, tr, {
  month, fillable, replan, store = POPUP_EDITS,
}) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link edit-day';
  if (day.reason === 'left_out') {
    button.textContent = t('undoEdit');
    button.classList.add('undo-edit');
    button.addEventListener('click', async () => {
      // Planned again either way: the row then shows whether the day is still left out.
      await store.keep(month, day.date, null).catch((e) => console.error('edit not undone', e.message));
      replan();
    });
    return button;
  }
  if (day.action !== 'fill' && !fillable.includes(day.reason)) {
    return null;
  }
  button.textContent = t(day.action === 'fill' ? 'editDay' : 'fillOnPurpose');
  button.setAttribute('aria-label', `${button.textContent}: ${dayLabel(day.date, uiLanguage())}`);
  button.addEventListener('click', () => {
    if (!document.querySelector(`.day-editor[data-editor-for="${day.date}"]`)) {
      openEditor(tr, day, month, replan, () => {}, store);
    }
  });
  return button;
}

/** The hours the editor starts from: the day as planned, else the weekday's schedule, else the default day. */
async function startingHours(day, core) {
  const work = day.periods.filter((p) => p.type === 'work');
  if (work.length > 0) {
    return {
      start: day.periods[0].start,
      end: day.periods[day.periods.length - 1].end,
      breaks: day.periods.filter((p) => p.type === 'break').map((p) => ({ start: p.start, end: p.end })),
      project_id: work[0].project_id || '',
      comment: work[0].comment || '',
    };
  }
  const { settings } = await chrome.storage.sync.get('settings');
  const [y, m, d] = day.date.split('-').map(Number);
  // The weekday keys, Monday first, and the default day are the core's.
  const form = JSON.parse(core.settingsForm(null));
  const key = form.days[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
  const schedule = settings && settings.schedule && settings.schedule[key];
  const base = schedule || form.working_day;
  return { start: base.start, end: base.end, breaks: base.breaks || [], project_id: '', comment: '' };
}

function labelled(labelKey, input) {
  const label = document.createElement('label');
  const text = document.createElement('span');
  text.textContent = t(labelKey);
  label.append(text, ' ', input);
  return label;
}

function input(type, value, className) {
  const el = document.createElement('input');
  el.type = type;
  el.value = value || '';
  el.className = className;
  return el;
}

function button(labelKey, className, onClick) {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = t(labelKey);
  el.addEventListener('click', onClick);
  return el;
}

/**
 * Opens the editor under a day's row. {@code changed} is called once an edit was kept or dropped, to plan again;
 * {@code closed} when the editor closes without a change.
 */
export async function openEditor(row, day, month, changed, closed, store = POPUP_EDITS) {
  const core = await import('./core.js');
  const hours = await startingHours(day, core);
  const kept = await store.kept(month);
  const editor = document.createElement('tr');
  editor.className = 'day-editor';
  editor.dataset.editorFor = day.date;
  const cell = document.createElement('td');
  cell.colSpan = 3;
  const form = document.createElement('form');
  form.noValidate = true;
  form.setAttribute('aria-label', t('editorLabel', day.date));

  const start = input('time', hours.start, 'edit-start');
  const end = input('time', hours.end, 'edit-end');
  const breaks = document.createElement('ul');
  breaks.className = 'edit-breaks';
  const addBreak = (range) => {
    const item = document.createElement('li');
    const from = input('time', range.start, 'edit-break-start');
    const to = input('time', range.end, 'edit-break-end');
    item.append(labelled('breakStartLabel', from), ' ', labelled('breakEndLabel', to), ' ',
      button('removeBreak', 'link remove-break', () => {
        item.remove();
        start.focus();
      }));
    breaks.append(item);
    return from;
  };
  hours.breaks.forEach(addBreak);
  const project = input('text', hours.project_id, 'edit-project');
  project.inputMode = 'numeric';
  const comment = input('text', hours.comment, 'edit-comment');
  // The longest comment is the core's.
  comment.maxLength = JSON.parse(core.settingsForm(null)).comment_max;
  const problems = document.createElement('ul');
  problems.className = 'violations';
  problems.setAttribute('role', 'alert');

  const close = () => {
    editor.remove();
    row.querySelector('.edit-day')?.focus();
  };
  const collect = () => ({
    start: start.value,
    end: end.value,
    breaks: [...breaks.querySelectorAll('li')].map((li) => ({
      start: /** @type {HTMLInputElement} */ (li.querySelector('.edit-break-start')).value,
      end: /** @type {HTMLInputElement} */ (li.querySelector('.edit-break-end')).value,
    })),
    project_id: project.value,
    comment: comment.value,
  });
  const save = async () => {
    const edit = collect();
    // Checked by the working-time rules the settings (or the company) choose.
    const [{ settings }, managed] = await Promise.all([chrome.storage.sync.get('settings'),
      chrome.storage.managed.get(null).catch(() => ({}))]);
    const checked = JSON.parse(core.checkDayEdit(day.date, JSON.stringify(edit),
      JSON.stringify({ settings: settings ?? null, managed })));
    problems.replaceChildren(...checked.violations.map((v) => {
      const li = document.createElement('li');
      li.dataset.code = v.code;
      li.textContent = t(`violation_${v.code}`, ...v.args);
      return li;
    }));
    if (!checked.ok) {
      start.focus();
      return;
    }
    await keep(edit);
  };

  /** Keeps the edit and plans again; an edit the worker could not keep is said so, and the editor stays open. */
  async function keep(edit) {
    try {
      await store.keep(month, day.date, edit);
    } catch {
      const li = document.createElement('li');
      li.dataset.code = 'edit_not_kept';
      li.textContent = t('error_edit_not_kept');
      problems.replaceChildren(li);
      return;
    }
    editor.remove();
    changed();
  }

  const fields = document.createElement('div');
  fields.className = 'edit-line';
  fields.append(labelled('startLabel', start), labelled('endLabel', end),
    button('addBreak', 'link add-break', () => addBreak({ start: '', end: '' }).focus()));
  const work = document.createElement('div');
  work.className = 'edit-line';
  work.append(labelled('dayProjectLabel', project), labelled('dayCommentLabel', comment));
  const actions = document.createElement('div');
  actions.className = 'edit-line';
  actions.append(button('saveEdit', 'primary save-edit', save));
  if (day.action === 'fill') {
    actions.append(button('leaveOut', 'leave-out', () => keep({ leave_out: true })));
  }
  if (kept[day.date]) {
    actions.append(button('undoEdit', 'undo-edit', () => keep(null)));
  }
  actions.append(button('closeEditor', 'link close-editor', () => {
    close();
    closed();
  }));
  form.append(fields, breaks, work, problems, actions);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save();
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      closed();
    }
  });
  cell.append(form);
  editor.append(cell);
  row.after(editor);
  start.focus();
}
