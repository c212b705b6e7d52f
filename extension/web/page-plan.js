// A month's plan, made by the core in the page that shows it (the popup, the options page's import) rather than in
// the worker: the browser stops an idle worker after 30 s, and starting it again takes longer than the whole plan. A
// plan only reads, and Personio answers reads from the extension's pages as from its worker (it refuses only their
// writes), so no Personio tab is opened for it. The worker still runs, exports and counts the reminder.
import { preview } from './core.js';
import { askCore, importedFile, request } from './core-host.js';
import { PlanReads } from './read-ahead.js';

/**
 * The plan of a month: of the user's schedule, or with `imported` of the file the options page stored (its days
 * alone; then a month without one is `no_import_file`).
 * @param {string} month
 * @param {boolean} imported
 * @returns {Promise<import('./protocol.js').CoreAnswer>}
 */
export async function planHere(month, imported) {
  if (!imported) {
    // What the core is asked is gathered while the reads sent ahead are taken.
    const asked = request(month);
    asked.catch(() => {});
    const reads = await PlanReads.take();
    const result = await askCore('plan', preview, () => asked, reads);
    if (result.ok) {
      await chrome.storage.local.set({ lastTenant: result.tenant, ...reads.kept(result.tenant) });
    }
    return result;
  }
  const file = await importedFile();
  if (file === null) {
    return { ok: false, error: { code: 'no_import_file', detail: null, violations: [] } };
  }
  return askCore('import plan', preview, async () => ({
    ...(await request(month)), import: file.text, import_answers: file.answers, import_edits: file.edits,
  }));
}
