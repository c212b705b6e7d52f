// What the worker reads for the pages, never writing: a month's plan, the month as a file, the company's projects,
// and the self-check, each one question to the core; and the reminder a plan counted.
import {
  exportMonth, projects, selfCheck, selfCheckValidate,
} from './core.js';
import { currentMonth } from './dates.js';
import { openPersonioTabs, whereTheUserIs } from './personio-site.js';
import { askCore, companySettings, request } from './core-host.js';
import { planMonth } from './month-plan.js';
import { errorAnswer } from './protocol.js';
import { readAhead } from './read-ahead.js';

/**
 * The worker's reads, and the icon's reminder (`reminder`).
 * @param {{ reminder: { show: (counted: object) => Promise<void>, refreshIfStale: () => Promise<void> } }} worker
 */
export function createReads({ reminder }) {
  /**
   * A plan was made (month-plan.js): the reminder it counted shows on the icon; a plan of this month that
   * could not count it has the reminder read again when it is old.
   * @param {import('./protocol.js').PlannedMessage} message
   */
  async function planned(message) {
    if (message.reminder) {
      await reminder.show(message.reminder);
    } else if (message.month === currentMonth()) {
      await reminder.refreshIfStale();
    }
  }

  return {
    /**
     * A page's plan of a month, made here since the worker runs (month-plan.js). A popup's first plan sends the last
     * plan's reads ahead. Once it is answered (`answered`), the reminder it counted shows on the icon, as after a
     * plan the popup made itself.
     * @param {import('./protocol.js').PlanRequest} message
     * @param {(result: import('./protocol.js').CoreAnswer) => void} answered
     */
    async plan(message, answered) {
      const imported = Boolean(message.import);
      /** @type {import('./protocol.js').CoreAnswer} */
      let result;
      try {
        result = await planMonth(message.month, imported, message.first && !imported ? readAhead() : null);
      } catch (e) {
        console.error('plan failed', e && e.message);
        result = errorAnswer('internal');
      }
      answered(result);
      if (!imported && result.ok) {
        await planned({ type: 'planned', month: message.month, reminder: result.reminder ?? null });
      }
    },
    planned,
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
