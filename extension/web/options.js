// The options page: edits the settings, checks them with the core's working-time rules, and saves only a valid
// schedule to chrome.storage.sync under "settings". An invalid one is refused and what was stored stays.
import { checkSettings, settingsForm } from './core.js';
import { localize, t } from './i18n.js';

// The weekdays, the defaults and the hours of a day switched on are the core's.
const FORM = JSON.parse(settingsForm());
const DAYS = FORM.days;
const $ = (id) => document.getElementById(id);

localize();
buildDays();
buildTimezones();
load();
showRecord();

$('settings-form').addEventListener('submit', (e) => {
  e.preventDefault();
  save();
});
$('reset').addEventListener('click', () => {
  fill(FORM.defaults);
  check();
  status(t('resetStatus'), 'reset');
});
$('settings-form').addEventListener('change', () => check());
$('settings-form').addEventListener('input', () => check());

function buildDays() {
  const template = $('day-template');
  for (const day of DAYS) {
    const node = template.content.firstElementChild.cloneNode(true);
    node.id = `day-${day}`;
    node.dataset.day = day;
    node.querySelector('.day-name').textContent = t(day);
    node.querySelector('.enabled').id = `${day}-enabled`;
    node.querySelector('.start').id = `${day}-start`;
    node.querySelector('.end').id = `${day}-end`;
    const violations = node.querySelector('.violations');
    violations.id = `violations-${day}`;
    violations.dataset.field = day;
    for (const input of node.querySelectorAll('input')) {
      input.setAttribute('aria-describedby', violations.id);
    }
    localize(node);
    node.querySelector('.enabled').addEventListener('change', () => setEnabled(node, node.querySelector('.enabled').checked));
    node.querySelector('.add-break').addEventListener('click', () => {
      const added = addBreak(node, { start: '', end: '' });
      added.querySelector('.break-start').focus();
    });
    node.querySelector('.copy-day').addEventListener('click', () => copyToOtherWorkdays(day));
    $('days').append(node);
  }
}

/** One day's hours (start, end and breaks) onto every other working day. */
function copyToOtherWorkdays(day) {
  const source = collect().schedule[day];
  if (!source) {
    return;
  }
  for (const other of DAYS) {
    const node = $(`day-${other}`);
    if (other === day || !node.querySelector('.enabled').checked) {
      continue;
    }
    node.querySelector('.start').value = source.start;
    node.querySelector('.end').value = source.end;
    node.querySelector('.breaks').replaceChildren();
    source.breaks.forEach((range) => addBreak(node, range));
  }
  check();
  status(t('copiedStatus', t(day)), 'copied');
}

function addBreak(dayNode, range) {
  const item = $('break-template').content.firstElementChild.cloneNode(true);
  localize(item);
  for (const input of item.querySelectorAll('input')) {
    input.setAttribute('aria-describedby', `violations-${dayNode.dataset.day}`);
  }
  item.querySelector('.break-start').value = range.start || '';
  item.querySelector('.break-end').value = range.end || '';
  item.querySelector('.remove-break').addEventListener('click', () => {
    const next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    (next ? next.querySelector('input') : dayNode.querySelector('.add-break')).focus();
    check();
  });
  dayNode.querySelector('.breaks').append(item);
  return item;
}

function setEnabled(dayNode, enabled) {
  dayNode.dataset.enabled = String(enabled);
  dayNode.querySelector('.enabled').checked = enabled;
  for (const input of dayNode.querySelectorAll('input[type=time], .add-break, .remove-break, .copy-day')) {
    input.disabled = !enabled;
  }
}

function buildTimezones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const select = $('timezone');
  for (const zone of new Set([FORM.defaults.timezone, ...zones])) {
    select.append(new Option(zone, zone));
  }
}

async function load() {
  const { settings } = await chrome.storage.sync.get('settings');
  const stored = JSON.parse(checkSettings(JSON.stringify(settings ?? null)));
  fill(stored.ok ? stored.settings : FORM.defaults);
  check();
}

function fill(settings) {
  const schedule = settings.schedule || {};
  for (const day of DAYS) {
    const node = $(`day-${day}`);
    const value = schedule[day];
    node.querySelector('.breaks').replaceChildren();
    node.querySelector('.start').value = (value || FORM.working_day).start || '';
    node.querySelector('.end').value = (value || FORM.working_day).end || '';
    for (const range of (value && Array.isArray(value.breaks) ? value.breaks : [])) {
      addBreak(node, range);
    }
    setEnabled(node, Boolean(value));
  }
  $('project-id').value = settings.project_id ?? '';
  $('comment').value = settings.comment ?? '';
  const zone = settings.timezone;
  if (![...$('timezone').options].some((o) => o.value === zone)) {
    $('timezone').append(new Option(zone, zone));
  }
  $('timezone').value = zone;
  $('tenant').value = settings.tenant ?? '';
  $('employee-id').value = settings.employee_id ?? '';
  $('always-my-hours').checked = Boolean(settings.always_my_hours);
  $('through-today').checked = settings.through_today !== false;
  $('reminder-badge').checked = settings.reminder_badge !== false;
}

function collect() {
  const schedule = {};
  for (const day of DAYS) {
    const node = $(`day-${day}`);
    schedule[day] = node.querySelector('.enabled').checked ? {
      start: node.querySelector('.start').value,
      end: node.querySelector('.end').value,
      breaks: [...node.querySelectorAll('.break')].map((b) => ({
        start: b.querySelector('.break-start').value,
        end: b.querySelector('.break-end').value,
      })),
    } : null;
  }
  // As typed: the core reads blanks as unset and normalises the rest.
  return {
    schedule,
    project_id: $('project-id').value,
    comment: $('comment').value,
    timezone: $('timezone').value,
    tenant: $('tenant').value,
    employee_id: $('employee-id').value,
    always_my_hours: $('always-my-hours').checked,
    through_today: $('through-today').checked,
    reminder_badge: $('reminder-badge').checked,
  };
}

/** Minutes as hours, H:MM. */
function hours(minutes) {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Shows each violation next to its day or field; returns the core's verdict. */
function check() {
  const result = JSON.parse(checkSettings(JSON.stringify(collect())));
  for (const list of document.querySelectorAll('.violations')) {
    list.replaceChildren();
  }
  for (const el of document.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
  }
  for (const day of DAYS) {
    const minutes = result.work_minutes[day];
    $(`day-${day}`).querySelector('.day-sum').textContent = minutes === null ? '' : t('daySum', hours(minutes));
  }
  $('week-sum').textContent = t('weekSum', hours(result.work_minutes.week));
  for (const violation of result.violations) {
    const list = $(`violations-${violation.field}`) || $('violations-other');
    const item = document.createElement('li');
    item.dataset.code = violation.code;
    if (violation.warning) {
      item.className = 'warning';
      list.append(item);
      item.textContent = t(`violation_${violation.code}`, ...violation.args);
      continue;
    }
    item.textContent = t(`violation_${violation.code}`, ...violation.args);
    list.append(item);
    const owner = list.closest('fieldset.day, .field');
    if (owner) {
      owner.querySelectorAll('input, select').forEach((el) => el.setAttribute('aria-invalid', 'true'));
    }
  }
  return result;
}

async function save() {
  const result = check();
  if (!result.ok) {
    status(t('notSavedStatus', result.violations.filter((v) => !v.warning).length), 'refused');
    const first = document.querySelector('.violations li:not(.warning)');
    const target = first && first.closest('fieldset.day, .field');
    if (target) {
      target.querySelector('input, select').focus();
    }
    return;
  }
  // Only what differs from the defaults is stored, so that a default never changed follows new defaults.
  await chrome.storage.sync.set({ settings: result.stored });
  status(t('savedStatus'), 'saved');
}

function status(text, state) {
  $('status').textContent = text;
  $('status').dataset.state = state;
}

/** The local record of writes, newest first: what each run sent for each day and what Personio answered. */
async function showRecord() {
  const { writeRecord } = await chrome.storage.local.get('writeRecord');
  const entries = Array.isArray(writeRecord) ? [...writeRecord].reverse() : [];
  $('write-record-rows').replaceChildren(...entries.map((entry) => {
    const tr = document.createElement('tr');
    tr.dataset.date = entry.date;
    tr.dataset.outcome = entry.outcome;
    const cells = [
      entry.date,
      entry.periods.map((p) => `${p.type === 'break' ? `${t('breakLabel')} ` : ''}${p.start}–${p.end}`
        + `${p.project_id ? ` #${p.project_id}` : ''}${p.comment ? ` „${p.comment}“` : ''}`).join(' · '),
      entry.answer ? t('outcome_failed', t(`detail_${entry.answer.code}`, ...entry.answer.args)) : t('outcome_filled'),
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
  const url = URL.createObjectURL(new Blob([JSON.stringify(writeRecord ?? [], null, 2)],
    { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'personio-attendance-record.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});
