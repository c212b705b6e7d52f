// The options page's days: one fieldset per weekday, built from the page's template, with its hours, breaks, project
// and comment. The page fills, reads and checks them; this module only builds and changes them.
import { localize, t } from './i18n.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);

/**
 * Builds a day's fieldset for each of `days` from the page's template: its hours, breaks, project and comment, a
 * switch, and a button that copies its hours to the other working days.
 * @param {string[]} days
 * @param {{ locked: boolean, changed: () => void, copied: (day: string) => void }} page
 */
export function buildDays(days, { locked, changed, copied }) {
  const template = $('day-template');
  for (const day of days) {
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
    const enabled = node.querySelector('.enabled');
    enabled.addEventListener('change', () => setEnabled(node, enabled.checked));
    node.querySelector('.add-break').addEventListener('click', () => {
      const added = addBreak(node, { start: '', end: '' }, locked, changed);
      added.querySelector('.break-start').focus();
    });
    node.querySelector('.copy-day').addEventListener('click', () => {
      copyToOtherWorkdays(day, days, locked, changed);
      copied(day);
    });
    $('days').append(node);
  }
}

/** One day's hours (start, end and breaks) onto every other working day. */
function copyToOtherWorkdays(day, days, locked, changed) {
  const from = $(`day-${day}`);
  if (!from.querySelector('.enabled').checked) {
    return;
  }
  const source = {
    start: from.querySelector('.start').value,
    end: from.querySelector('.end').value,
    breaks: [...from.querySelectorAll('.break')].map((b) => ({
      start: b.querySelector('.break-start').value,
      end: b.querySelector('.break-end').value,
    })),
  };
  for (const other of days) {
    const node = $(`day-${other}`);
    if (other === day || !node.querySelector('.enabled').checked) {
      continue;
    }
    node.querySelector('.start').value = source.start;
    node.querySelector('.end').value = source.end;
    node.querySelector('.breaks').replaceChildren();
    source.breaks.forEach((range) => addBreak(node, range, locked, changed));
  }
  changed();
}

/**
 * Adds a break to a day's fieldset; a schedule the company locked gets it locked too.
 * @param {HTMLElement} dayNode
 * @param {{ start?: string, end?: string }} range
 * @param {boolean} locked
 * @param {() => void} changed
 */
export function addBreak(dayNode, range, locked, changed) {
  const item = $('break-template').content.firstElementChild.cloneNode(true);
  localize(item);
  for (const input of item.querySelectorAll('input')) {
    input.setAttribute('aria-describedby', `violations-${dayNode.dataset.day}`);
  }
  if (locked) {
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
    changed();
  });
  dayNode.querySelector('.breaks').append(item);
  return item;
}

/**
 * Switches a day on or off: its controls follow, a control the company locked stays locked.
 * @param {any} dayNode
 * @param {boolean} enabled
 */
export function setEnabled(dayNode, enabled) {
  dayNode.dataset.enabled = String(enabled);
  dayNode.querySelector('.enabled').checked = enabled;
  for (const input of dayNode.querySelectorAll('input[type=time], .add-break, .remove-break, .copy-day, '
    + '.day-project, .day-comment')) {
    input.disabled = !enabled || input.dataset.locked === 'true';
  }
}
