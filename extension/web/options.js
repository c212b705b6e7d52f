// The options page: edits the settings, checks them with the core's working-time rules, and saves only a valid
// schedule to chrome.storage.sync under "settings". An invalid one is refused and what was stored stays.
import { checkSettings, settingsForm } from './core.js';
import { durationText } from './dates.js';
import {
  localize, plural, t, uiLanguage,
} from './i18n.js';
import {
  offerToForget, showRecord, watchAccess, watchAutopilot,
} from './options-extras.js';
import {
  loadProjects, showCompanyLocks, showIgnoredCompanyValues, showProjects,
} from './options-company.js';
import { addBreak, buildDays, setEnabled } from './options-days.js';

// The weekdays and the hours of a day switched on are the core's; so are the defaults, which the company's policy
// (Chrome's managed storage) may change: they are read again once it has been read.
let FORM = JSON.parse(settingsForm(null));
let MANAGED = 'null';
const DAYS = FORM.days;
/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);


// Everything the page does waits for this. The days are built and filled in one go, once the company's policy and
// the stored settings are read, so that a day on the page always shows what is stored.
const ready = Promise.all([chrome.storage.managed.get(null).catch(() => ({})),
  chrome.storage.sync.get('settings')]).then(([managed, { settings }]) => {
  MANAGED = JSON.stringify(managed);
  FORM = JSON.parse(settingsForm(MANAGED));
  buildDays(DAYS, {
    locked: FORM.locked.includes('schedule'),
    changed: check,
    copied: (day) => status(t('copiedStatus', t(day)), 'copied'),
  });
  buildTimezones();
  buildWorkRules();
  showCompanyLocks(FORM.locked);
  showIgnoredCompanyValues(FORM.ignored);
  const stored = JSON.parse(checkSettings(JSON.stringify(settings ?? null), MANAGED));
  fill(stored.ok ? stored.settings : FORM.defaults);
  check();
});

localize();
watchAccess();
watchAutopilot();
showRecord();
// Forgotten: the page shows the defaults again.
offerToForget(() => {
  fill(FORM.defaults);
  check();
});
ready.then(() => loadProjects(DAYS));
$('project-pick').addEventListener('change', () => {
  $('project-id').value = $('project-pick').value;
  ready.then(check);
});
$('project-id').addEventListener('input', () => ready.then(() => showProjects(DAYS)));

$('settings-form').addEventListener('submit', (e) => {
  e.preventDefault();
  ready.then(save);
});
$('reset').addEventListener('click', () => ready.then(() => {
  fill(FORM.defaults);
  check();
  status(t('resetStatus'), 'reset');
}));
$('settings-form').addEventListener('change', () => ready.then(check));
$('settings-form').addEventListener('input', () => ready.then(check));

/** The countries whose rules the core knows, each by its name in the user's language. */
function buildWorkRules() {
  $('work-rules').replaceChildren(...FORM.work_rules.map((code) => new Option(t(`workRules_${code}`), code)));
}

function buildTimezones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const select = $('timezone');
  for (const zone of new Set([FORM.defaults.timezone, ...zones])) {
    select.append(new Option(zone, zone));
  }
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
      addBreak(node, range, FORM.locked.includes('schedule'), check);
    }
    node.querySelector('.day-project').dataset.value = (value && value.project_id) || '';
    node.querySelector('.day-comment').value = (value && value.comment) || '';
    setEnabled(node, Boolean(value));
  }
  $('project-id').value = settings.project_id ?? '';
  showProjects(DAYS);
  $('comment').value = settings.comment ?? '';
  const zone = settings.timezone;
  if (![...$('timezone').options].some((o) => o.value === zone)) {
    $('timezone').append(new Option(zone, zone));
  }
  $('timezone').value = zone;
  $('tenant').value = settings.tenant ?? '';
  $('employee-id').value = settings.employee_id ?? '';
  $('always-my-hours').checked = Boolean(settings.always_my_hours);
  // The settings come normalised by the core, every default in place.
  $('through-today').checked = settings.through_today === true;
  $('reminder-badge').checked = settings.reminder_badge === true;
  $('work-rules').value = settings.work_rules;
  $('autopilot').checked = settings.autopilot === true;
  $('autopilot-delay').value = settings.autopilot_delay_days ?? '';
  $('autopilot-time').value = settings.autopilot_time ?? '';
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
      project_id: node.querySelector('.day-project').value,
      comment: node.querySelector('.day-comment').value,
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
    work_rules: $('work-rules').value,
    autopilot: $('autopilot').checked,
    autopilot_delay_days: $('autopilot-delay').value,
    autopilot_time: $('autopilot-time').value,
  };
}

/** Shows each violation next to its day or field; returns the core's verdict. */
function check() {
  const result = JSON.parse(checkSettings(JSON.stringify(collect()), MANAGED));
  for (const list of document.querySelectorAll('.violations')) {
    list.replaceChildren();
  }
  for (const el of document.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
  }
  for (const day of DAYS) {
    const minutes = result.work_minutes[day];
    $(`day-${day}`).querySelector('.day-sum').textContent = minutes === null ? '' : t('daySum', durationText(minutes, uiLanguage()));
  }
  $('week-sum').textContent = t('weekSum', durationText(result.work_minutes.week, uiLanguage()));
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
    const refusals = result.violations.filter((v) => !v.warning).length;
    status(plural('notSavedStatus', refusals, refusals), 'refused');
    const first = document.querySelector('.violations li:not(.warning)');
    const target = first && first.closest('fieldset.day, .field');
    if (target) {
      /** @type {HTMLElement} */ (target.querySelector('input, select')).focus();
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
