// The popup's smaller parts beside the plan: access to Personio taken back, last month offered early in a month, and
// an export handed to a tab of the extension.
import { currentMonth, durationText, monthLabel } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';
import { mayReachPersonio } from './personio-site.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);

/** Says when the user took back the access to Personio's sites (Firefox's add-on settings, Chrome's), and after. */
export function watchPermission() {
  const show = async () => {
    $('permission-missing').hidden = await mayReachPersonio();
  };
  show();
  $('permission-open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
  chrome.permissions.onRemoved.addListener(show);
  chrome.permissions.onAdded.addListener(show);
}

/**
 * Early in a month, the reminder the core counted also spans last month: when last month still has days a plan would
 * fill, the popup says so and offers it in one click (`show(month)`).
 * @param {(month: string) => void} show
 */
export function offerPreviousMonth(show) {
  const offer = (/** @type {any} */ reminder) => {
    const box = $('previous-month');
    const current = currentMonth();
    const earlier = reminder && reminder.ok ? reminder.months.filter((/** @type {string} */ m) => m < current) : [];
    if (earlier.length === 0) {
      box.hidden = true;
      return;
    }
    const month = earlier[earlier.length - 1];
    const days = reminder.days.filter((/** @type {string} */ d) => d.startsWith(month)).length;
    const language = uiLanguage();
    $('previous-month-text').textContent = plural('previousMonthOpen', days, days, monthLabel(month, language));
    $('previous-month-show').textContent = t('previousMonthShow', monthLabel(month, language));
    $('previous-month-show').onclick = () => {
      box.hidden = true;
      show(month);
    };
    box.hidden = false;
  };
  chrome.storage.local.get('reminder').then(({ reminder }) => offer(reminder));
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.reminder) {
      offer(changes.reminder.newValue);
    }
  });
}

/**
 * Hands a file to a tab of the extension, which saves it: a download started here can die with the popup's panel.
 * The file waits in the session's storage under a key of its own, until the tab takes it.
 * @param {{ filename: string, content: string, mime: string }} file
 */
export async function handOver({ filename, content, mime }) {
  const id = crypto.randomUUID();
  await chrome.storage.session.set({ [`export:${id}`]: { filename, content, mime } });
  await chrome.tabs.create({ url: chrome.runtime.getURL(`export.html#${id}`) });
}

/** The month's work to write against Personio's target for the same days, and how many days differ. */
export function showTotals(totals) {
  const box = $('plan-totals');
  const parts = [t('planTotals', durationText(totals.work_minutes, uiLanguage()),
    durationText(totals.target_minutes, uiLanguage()))];
  if (totals.differing_days > 0) {
    parts.push(plural('planTotalsDiffer', totals.differing_days, totals.differing_days));
  }
  box.textContent = parts.join(' ');
  box.dataset.differing = String(totals.differing_days);
  box.hidden = false;
}

/** The project and comment every work period gets, as text: both may come from Personio or the user. */
export function showContext(project, comment) {
  const lines = [];
  if (project) {
    lines.push(project.known
      ? `${t('projectLine', project.name)}${project.active ? '' : ` ${t('projectInactive')}`}`
      : t('projectUnknown', project.id));
  }
  if (comment) {
    lines.push(t('commentLine', comment));
  }
  $('plan-context').textContent = lines.join(' · ');
  $('plan-context').hidden = lines.length === 0;
}

/** Whose month this is: the company and the employee the plan was read for. */
export function showWhose(tenant, employee) {
  const context = $('context');
  context.dataset.tenant = tenant;
  context.dataset.employee = String(employee);
  context.textContent = t('contextLine', tenant, String(employee));
  context.hidden = false;
}

/**
 * Today planned or left for later: stored with the other settings (only what differs from the defaults, as the core
 * says); the caller plans the month again.
 */
export async function setThroughToday() {
  // The core is loaded only here: the popup itself never needs it, and loads faster without it.
  const [{ settings }, managed, { checkSettings }] = await Promise.all([chrome.storage.sync.get('settings'),
    chrome.storage.managed.get(null).catch(() => ({})), import('./core.js')]);
  const checked = JSON.parse(checkSettings(JSON.stringify({ ...(settings ?? {}),
    through_today: $('through-today').checked }), JSON.stringify(managed)));
  if (checked.ok) {
    await chrome.storage.sync.set({ settings: checked.stored });
  }
}
