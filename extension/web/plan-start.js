// Where a page's plan is made: by the worker when it is running (its core loaded and warm), else by the page itself,
// which then loads the core, and for its first plan sends the last plan's reads ahead (read-ahead.js) while the core
// loads. Starting a stopped worker would take longer than the whole plan.
import { readAhead } from './read-ahead.js';

/**
 * @typedef {{ ahead: Promise<import('./read-ahead.js').Early | null> | null,
 *   core: Promise<typeof import('./month-plan.js')> }} InPage  a plan the page makes
 */

/**
 * Whether the worker is running now: listed among the extension's contexts (asking does not start it). A browser
 * without `runtime.getContexts` has the page plan.
 */
export async function workerRunning() {
  try {
    return Boolean(chrome.runtime.getContexts)
      && (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.BACKGROUND] })).length > 0;
  } catch {
    return false;
  }
}

/**
 * A plan's start: null when the worker runs and makes it; else the page loads the core, and with `ahead` sends the
 * last plan's reads ahead.
 * @param {boolean} ahead
 * @returns {Promise<InPage | null>}
 */
export async function startPlan(ahead) {
  return await workerRunning() ? null : planInPage(ahead);
}

/**
 * A plan the page makes: the core loading, and with `ahead` the last plan's reads sent ahead.
 * @param {boolean} ahead
 * @returns {InPage}
 */
export function planInPage(ahead) {
  const core = import('./month-plan.js');
  core.catch(() => {});
  return { ahead: ahead ? readAhead() : null, core };
}
