// What the worker reads for the pages, never writing: a month's plan (of the user's schedule, or of an imported
// file), the month as a file, the company's projects, and the self-check. Each is one question to the core.
import {
  exportMonth, preview, projects, selfCheck, selfCheckValidate,
} from './core.js';
import { currentMonth } from './dates.js';
import { openPersonioTabs, whereTheUserIs } from './personio-site.js';
import {
  askCore, companySettings, importedFile, request,
} from './worker-core.js';

/**
 * The worker's reads; a plan counts the reminder when it can (`reminder`).
 * @param {{ reminder: { show: (counted: object) => Promise<void>, refreshIfStale: () => Promise<void> } }} worker
 */
export function createReads({ reminder }) {
  /** @param {string} month */
  async function plan(month) {
    const result = await askCore('plan', preview, () => request(month));
    if (result.ok) {
      await chrome.storage.local.set({ lastTenant: result.tenant });
      if (result.reminder) {
        // The plan of this month already counts the reminder: no read of its own.
        reminder.show(result.reminder);
      } else if (month === currentMonth()) {
        reminder.refreshIfStale();
      }
    }
    return result;
  }

  /**
   * A month of the imported file's plan: the file the options page stored goes with the request, and the core plans
   * its days alone. Read-only; the reminder is not counted from it.
   * @param {string} month
   */
  async function importPlan(month) {
    const file = await importedFile();
    if (file === null) {
      return { ok: false, error: { code: 'no_import_file', detail: null, violations: [] } };
    }
    return askCore('import plan', preview, async () => ({
      ...(await request(month)), import: file.text, import_answers: file.answers, import_edits: file.edits,
    }));
  }

  return {
    /** @param {import('./protocol.js').PlanRequest} message */
    plan: (message) => (message.import ? importPlan(message.month) : plan(message.month)),
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
