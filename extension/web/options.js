// The options page: edits the settings, checks them with the core's working-time rules, and saves only a valid
// schedule to chrome.storage.sync under "settings". An invalid one is refused and what was stored stays.
import { checkSettings, settingsForm } from './core.js';
import { hoursText } from './dates.js';
import { download } from './download.js';
import { localize, t, uiLanguage } from './i18n.js';
import { mayReachPersonio, PERSONIO_SITES } from './personio-tab.js';

// The weekdays and the hours of a day switched on are the core's; so are the defaults, which the company's policy
// (Chrome's managed storage) may change: they are read again once it has been read.
let FORM = JSON.parse(settingsForm(null));
let MANAGED = 'null';
const DAYS = FORM.days;
const $ = (id) => document.getElementById(id);

// The company's projects as Personio lists them ({ id, name, active }); empty until they have been read.
let projects = [];

// Everything the page does waits for this. The days are built and filled in one go, once the company's policy and
// the stored settings are read, so that a day on the page always shows what is stored.
const ready = Promise.all([chrome.storage.managed.get(null).catch(() => ({})),
  chrome.storage.sync.get('settings')]).then(([managed, { settings }]) => {
  MANAGED = JSON.stringify(managed);
  FORM = JSON.parse(settingsForm(MANAGED));
  buildDays();
  buildTimezones();
  buildWorkRules();
  showCompanyLocks();
  showIgnoredCompanyValues();
  const stored = JSON.parse(checkSettings(JSON.stringify(settings ?? null), MANAGED));
  fill(stored.ok ? stored.settings : FORM.defaults);
  check();
});

localize();
showAccess();
chrome.permissions.onAdded.addListener(showAccess);
chrome.permissions.onRemoved.addListener(showAccess);
// The browser's prompt must be the first thing the click does: asked later, it is refused as not from a user action.
$('grant-access').addEventListener('click', () => {
  chrome.permissions.request({ origins: [PERSONIO_SITES] }).then(showAccess, showAccess);
});
ready.then(loadProjects);
showAutopilot();
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes.autopilotLast || changes.autopilotStopped)) {
    showAutopilot();
  }
});
showRecord();
$('project-pick').addEventListener('change', () => {
  $('project-id').value = $('project-pick').value;
  ready.then(check);
});
$('project-id').addEventListener('input', () => ready.then(showProjects));

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
  if (FORM.locked.includes('schedule')) {
    // A schedule the company locked: a break added when the page fills is locked too.
    for (const control of item.querySelectorAll('input, button')) {
      control.disabled = true;
      control.dataset.locked = 'true';
    }
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
  for (const input of dayNode.querySelectorAll('input[type=time], .add-break, .remove-break, .copy-day, '
    + '.day-project, .day-comment')) {
    input.disabled = !enabled || input.dataset.locked === 'true';
  }
}

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
      addBreak(node, range);
    }
    node.querySelector('.day-project').dataset.value = (value && value.project_id) || '';
    node.querySelector('.day-comment').value = (value && value.comment) || '';
    setEnabled(node, Boolean(value));
  }
  $('project-id').value = settings.project_id ?? '';
  showProjects();
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
  $('work-rules').value = settings.work_rules ?? 'de';
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

/** Asks the worker for the company's projects (one read-only request), to offer them by name. */
async function loadProjects() {
  $('project-pick-status').textContent = t('projectsLoading');
  const result = await chrome.runtime.sendMessage({ type: 'projects' });
  projects = result && result.ok ? result.projects : [];
  $('project-pick-status').textContent = result && result.ok ? ''
    : t('projectsUnavailable', t(`error_${result && result.error ? result.error.code : 'internal'}`));
  showProjects();
}

/** A project as text: its name, and whether Personio still takes time on it. */
function projectLabel(id) {
  const project = projects.find((p) => p.id === id);
  if (!project) {
    return t('projectNotListed', id);
  }
  return project.active ? project.name : t('projectNoLongerActive', project.name);
}

/**
 * The pickers offer the active projects by name; a project set before that is no longer active, or not listed, is
 * shown as such and stays selected, never dropped.
 */
function showProjects() {
  const current = $('project-id').value.trim();
  fillPicker($('project-pick'), current, t('projectNone'));
  $('project-id-name').textContent = current ? projectLabel(current) : '';
  for (const day of DAYS) {
    const select = $(`day-${day}`).querySelector('.day-project');
    fillPicker(select, select.dataset.value ?? select.value, t('projectSameAsAbove'));
  }
}

function fillPicker(select, current, emptyLabel) {
  const options = [new Option(emptyLabel, '')];
  for (const project of projects.filter((p) => p.active)) {
    options.push(new Option(project.name, project.id));
  }
  if (current && !projects.some((p) => p.active && p.id === current)) {
    options.push(new Option(projectLabel(current), current));
  }
  select.replaceChildren(...options);
  select.value = current || '';
  delete select.dataset.value;
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
    $(`day-${day}`).querySelector('.day-sum').textContent = minutes === null ? '' : t('daySum', hoursText(minutes));
  }
  $('week-sum').textContent = t('weekSum', hoursText(result.work_minutes.week));
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
  download('personio-attendance-record.json', JSON.stringify(writeRecord ?? [], null, 2), 'application/json');
});

// Forget everything: settings, the last run, edits, the record of writes and the remembered company. It asks first,
// in words, and nothing is cleared until the user says yes.
$('forget-start').addEventListener('click', () => {
  $('forget-confirm').hidden = false;
  $('forget-no').focus();
});
$('forget-no').addEventListener('click', () => {
  $('forget-confirm').hidden = true;
  $('forget-start').focus();
});
$('forget-yes').addEventListener('click', async () => {
  const { job } = await chrome.storage.local.get('job');
  if (job && job.state === 'running') {
    // The worker keeps a running job and the tabs it opened in storage; they are forgotten once the run ended.
    $('forget-confirm').hidden = true;
    $('forget-status').textContent = t('forgetWhileRunning');
    return;
  }
  await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
  $('forget-confirm').hidden = true;
  $('forget-status').textContent = t('forgetDone');
  fill(FORM.defaults);
  check();
  showRecord();
});

/** Whether the extension may reach Personio's sites; without it, a button asks the browser to allow it again. */
async function showAccess() {
  const granted = await mayReachPersonio();
  $('access-status').dataset.state = granted ? 'granted' : 'missing';
  $('access-status').textContent = t(granted ? 'accessGranted' : 'accessMissing');
  $('grant-access').hidden = granted;
}

/** What the autopilot last did, or why it switched itself off: the same as its notification says. */
async function showAutopilot() {
  const { autopilotLast, autopilotStopped } = await chrome.storage.local.get(['autopilotLast', 'autopilotStopped']);
  const lines = [];
  if (autopilotStopped && (!autopilotLast || autopilotStopped.at >= autopilotLast.at)) {
    lines.push(t('autopilotSwitchedOff'));
  } else if (autopilotLast && (autopilotLast.filled.length || autopilotLast.failed.length)) {
    lines.push(t('autopilotLastRun', new Date(autopilotLast.at).toLocaleString(uiLanguage()),
      String(autopilotLast.filled.length), String(autopilotLast.failed.length)));
  }
  $('autopilot-status').textContent = lines.join(' ');
}

/**
 * The company's values the core ignored, each with why: the rest of the company's settings applies. The key is the
 * policy's own name, which an administrator looks for.
 */
function showIgnoredCompanyValues() {
  const section = $('policy-ignored');
  const list = section.querySelector('ul');
  list.replaceChildren(...FORM.ignored.map((violation) => {
    const item = document.createElement('li');
    item.dataset.key = violation.field;
    item.dataset.code = violation.code;
    item.textContent = t('policyIgnored', violation.field, t(`violation_${violation.code}`, ...violation.args));
    return item;
  }));
  section.hidden = FORM.ignored.length === 0;
}

/** A value the company set and locked is shown as set by the company, and cannot be changed here. */
function showCompanyLocks() {
  const controls = {
    schedule: () => [...document.querySelectorAll('#days input, #days button, #days select')],
    project_id: () => [$('project-id'), $('project-pick')],
    comment: () => [$('comment')],
    timezone: () => [$('timezone')],
    tenant: () => [$('tenant')],
    employee_id: () => [$('employee-id')],
    always_my_hours: () => [$('always-my-hours')],
    through_today: () => [$('through-today')],
    reminder_badge: () => [$('reminder-badge')],
    work_rules: () => [$('work-rules')],
    autopilot: () => [$('autopilot')],
    autopilot_delay_days: () => [$('autopilot-delay')],
    autopilot_time: () => [$('autopilot-time')],
  };
  for (const key of FORM.locked) {
    for (const control of (controls[key] || (() => []))()) {
      control.disabled = true;
      control.dataset.locked = 'true';
      const owner = control.closest('.field, fieldset') || control.parentElement;
      if (owner && !owner.querySelector(':scope > .company-note')) {
        const note = document.createElement('small');
        note.className = 'company-note';
        note.dataset.lockedKey = key;
        note.textContent = t('setByCompany');
        owner.append(note);
      }
    }
  }
}
