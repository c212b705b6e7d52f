// A month's plan, made by the core: in the worker when one is running (its core is loaded and warm), else in the
// page that shows it (the popup, the options page's import), which then loads the core itself, since starting the
// worker takes longer than the whole plan. A plan only reads, and Personio answers reads from the extension's pages
// and worker alike (it refuses only their writes), so no Personio tab is opened for it. Where it is made, the run
// client decides (run-client.js); this module is the same in both places.
import { preview } from './core.js';
import { askCore, importedFile, request } from './core-host.js';
import { errorAnswer } from './protocol.js';
import { PlanReads } from './read-ahead.js';

/**
 * The plan of a month: of the user's schedule, or with `imported` of the file the options page stored (its days
 * alone; then a month without one is `no_import_file`). A popup's first plan is given the reads it sent ahead
 * (`ahead`, read-ahead.js) and keeps its own for the next opening; any other plan reads as usual and keeps nothing.
 * @param {string} month
 * @param {boolean} imported
 * @param {Promise<import('./read-ahead.js').Early | null> | null} ahead
 * @returns {Promise<import('./protocol.js').CoreAnswer>}
 */
export async function planMonth(month, imported, ahead) {
  if (!imported) {
    // What the core is asked is gathered while the reads sent ahead are on their way.
    const asked = request(month);
    asked.catch(() => {});
    const reads = new PlanReads(ahead ? await ahead : null, ahead !== null);
    const result = await askCore('plan', preview, () => asked, reads);
    if (result.ok) {
      await chrome.storage.local.set({ lastTenant: result.tenant, ...reads.kept(result.tenant) });
    }
    return result;
  }
  const file = await importedFile();
  if (file === null) {
    return errorAnswer('no_import_file');
  }
  return askCore('import plan', preview, async () => ({
    ...(await request(month)), import: file.text, import_answers: file.answers, import_edits: file.edits,
  }));
}
