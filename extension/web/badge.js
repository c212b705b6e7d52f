// The extension's icon as a reminder: how many working days before today a plan would fill (the core counts them),
// and, while a run goes on, its progress and then its end. Text only; every number comes from the core.
import { monthLabel } from './dates.js';
import { plural, t, uiLanguage } from './i18n.js';

const REMINDER_COLOR = '#b3261e';
const RUN_COLOR = '#1a5fb4';

/** The reminder as the core counted it; empty when there is nothing to fill, nobody is signed in, or it is off. */
export async function showReminder(result) {
  const count = result && result.ok ? result.count : 0;
  await chrome.action.setBadgeBackgroundColor({ color: REMINDER_COLOR });
  await chrome.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  const months = count > 0 ? result.months.map((m) => monthLabel(m, uiLanguage())).join(t('listAnd')) : '';
  await chrome.action.setTitle({ title: count > 0 ? plural('badgeReminderTitle', count, count, months)
    : t('actionTitle') });
}

/**
 * A run's progress on the icon (days done of all); once it ended, how it ended, in the tooltip only: outside a run
 * the icon's text is the reminder's.
 */
export async function showRun(job) {
  if (job.state === 'running') {
    await chrome.action.setBadgeBackgroundColor({ color: RUN_COLOR });
    const text = `${job.done}/${job.total}`;
    await chrome.action.setBadgeText({ text: text.length <= 5 ? text
      : `${Math.floor((100 * job.done) / Math.max(job.total, 1))}%` });
    await chrome.action.setTitle({ title: plural('badgeRunTitle', job.total, job.done, job.total) });
    return;
  }
  await chrome.action.setTitle({ title: t(`summary_${job.state}`, job.filled, job.failed, job.skipped) });
}
