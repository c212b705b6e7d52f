// What the worker reads for the pages, never writing: the month as a file, the company's projects, and the
// self-check, each one question to the core; and the reminder a page's plan counted.
import {
  exportMonth, projects, selfCheck, selfCheckValidate,
} from './core.js';
import { currentMonth } from './dates.js';
import { openPersonioTabs, whereTheUserIs } from './personio-site.js';
import { askCore, companySettings, request } from './core-host.js';

/**
 * The worker's reads, and the icon's reminder (`reminder`).
 * @param {{ reminder: { show: (counted: object) => Promise<void>, refreshIfStale: () => Promise<void> } }} worker
 */
export function createReads({ reminder }) {
  return {
    /**
     * The popup made a plan (page-plan.js): the reminder it counted shows on the icon; a plan of this month that
     * could not count it has the reminder read again when it is old.
     * @param {import('./protocol.js').PlannedMessage} message
     */
    async planned(message) {
      if (message.reminder) {
        await reminder.show(message.reminder);
      } else if (message.month === currentMonth()) {
        await reminder.refreshIfStale();
      }
    },
    /** The month as Personio holds it, as a file the core made. */
    exportOf: (/** @type {string} */ month, /** @type {string} */ format) => askCore('export', exportMonth,
      async () => ({ ...(await request(month)), format })),
    /** The company's projects as the core read them (the session refresh's answer). */
    projects: () => askCore('projects', projects, () => request(currentMonth())),
    /**
     * The self-check page's request: the checks (`check`), or the validation of the day they showed (`validate`,
     * with its date and digest). Read-only but for that one validation, which saves nothing; it runs in a Personio
     * tab. The self-check is no run: a run's cancel neither abandons its requests nor stops its waits.
     * @param {import('./protocol.js').SelfCheckRequest} message
     */
    selfCheck(message) {
      const checkRequest = async () => {
        const [{ settings }, managed, where, open] = await Promise.all([chrome.storage.sync.get('settings'),
          companySettings(), whereTheUserIs(), openPersonioTabs()]);
        return {
          settings: settings ?? null, managed, ...where, tabs: open,
        };
      };
      if (message.type === 'validate') {
        return askCore('self-check', selfCheckValidate, async () => ({
          ...(await checkRequest()), date: message.date ?? null, digest: message.digest ?? null,
        }));
      }
      return askCore('self-check', selfCheck, checkRequest);
    },
  };
}
