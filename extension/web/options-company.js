// The company on the options page: its projects, offered by name; the values its policy locks; and the values of its
// policy the core ignored.
import { t } from './i18n.js';
import { MESSAGE } from './protocol.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);

// The company's projects as Personio lists them ({ id, name, active }); empty until they have been read.
let projects = [];

/**
 * Asks the worker for the company's projects (one read-only request), and offers them by name on the page and in
 * each of the `days`.
 * @param {string[]} days
 */
export async function loadProjects(days) {
  $('project-pick-status').textContent = t('projectsLoading');
  const result = await chrome.runtime.sendMessage({ type: MESSAGE.PROJECTS });
  projects = result && result.ok ? result.projects : [];
  $('project-pick-status').textContent = result && result.ok ? ''
    : t('projectsUnavailable', t(`error_${result && result.error ? result.error.code : 'internal'}`));
  showProjects(days);
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
 * @param {string[]} days
 */
export function showProjects(days) {
  const current = $('project-id').value.trim();
  fillPicker($('project-pick'), current, t('projectNone'));
  $('project-id-name').textContent = current ? projectLabel(current) : '';
  for (const day of days) {
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

/**
 * The company's values the core ignored, each with why: the rest of the company's settings applies. The key is the
 * policy's own name, which an administrator looks for.
 * @param {Array<{ field: string, code: string, args: string[] }>} ignored
 */
export function showIgnoredCompanyValues(ignored) {
  const section = $('policy-ignored');
  const list = section.querySelector('ul');
  list.replaceChildren(...ignored.map((violation) => {
    const item = document.createElement('li');
    item.dataset.key = violation.field;
    item.dataset.code = violation.code;
    item.textContent = t('policyIgnored', violation.field, t(`violation_${violation.code}`, ...violation.args));
    return item;
  }));
  section.hidden = ignored.length === 0;
}

/**
 * A value the company set and locked is shown as set by the company, and cannot be changed here.
 * @param {string[]} locked
 */
export function showCompanyLocks(locked) {
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
  for (const key of locked) {
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
