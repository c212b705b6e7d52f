// The messages between the extension's pages and its worker, in one place: every type a constant, every message and
// answer a type that `./build.sh test` checks (TypeScript's checkJs). docs/bridge.md describes the same messages, and
// a test holds the two to each other. The worker answers a page on the port the page opened; the core's answers
// (plans, jobs, errors) travel inside these messages as the core made them.

/** The ports a page may open, by name; the worker accepts each only from its own page. */
export const PORT = Object.freeze({
  POPUP: 'popup',
  OPTIONS: 'options',
  SELF_CHECK: 'selfcheck',
});

/** Every message type. */
export const MESSAGE = Object.freeze({
  // page → worker, over a popup or options port (a plan is answered with the same type and id)
  PLAN: 'plan',
  PLANNED: 'planned',
  FILL: 'fill',
  CANCEL: 'cancel',
  EXPORT: 'export',
  // worker → page, over a popup or options port
  JOB: 'job',
  REFUSED: 'refused',
  // page → worker, over the self-check port; answered with the same type and id
  CHECK: 'check',
  VALIDATE: 'validate',
  // page → worker, one message with its answer (runtime.sendMessage)
  PROJECTS: 'projects',
  EDIT: 'edit',
});

/**
 * @typedef {{ code: string, detail: ({ code: string, args: string[] } | null), violations: Array<object> }} CoreError
 *   an error as the core names it; its words are in _locales (error_<code>, detail_<code>, violation_<code>)
 * @typedef {{ ok: boolean, error?: CoreError } & Record<string, any>} CoreAnswer
 *   an answer of the core: `ok`, and either its fields or its error
 * @typedef {{ month: string, state: string, kind: string, cancelling: boolean, done: number, total: number,
 *   filled: number, failed: number, skipped: number, error: (CoreError | null), days: Array<object> }
 *   & Record<string, any>} Job
 *   a run as the core made it (`kind`: month, import or autopilot)
 * @typedef {{ date: string, digest: (string | null) }} ConfirmedDay
 *
 * @typedef {{ type: 'plan', id: number, month: string, first: boolean, import?: boolean }} PlanRequest
 *   a month's plan, asked of a running worker (month-plan.js); `first`: the page's first plan, which sends the last
 *   plan's reads ahead and keeps its own
 * @typedef {{ type: 'planned', month: string, reminder: (object | null) }} PlannedMessage
 *   the popup has made a month's plan itself (month-plan.js): the reminder the core counted with it, if any
 * @typedef {{ type: 'fill', month: string, basis: (string | null), confirmed: ConfirmedDay[], import?: boolean }}
 *   FillRequest  a run of the days on screen, held to the plan's basis
 * @typedef {{ type: 'cancel' }} CancelRequest
 * @typedef {{ type: 'export', id: number, month: string, format: ('csv' | 'json') }} ExportRequest
 * @typedef {PlanRequest | PlannedMessage | FillRequest | CancelRequest | ExportRequest} RunRequest
 *   what a popup or options port carries to the worker
 *
 * @typedef {{ type: 'plan', id: number, month: string, result: CoreAnswer }} PlanAnswer
 * @typedef {{ type: 'export', id: number, month: string, result: CoreAnswer }} ExportAnswer
 * @typedef {{ type: 'job', job: (Job | null), waiting: boolean }} JobMessage
 *   the job as it stands, on connecting and after every change; `waiting`: a run asked for waits for the autopilot's
 * @typedef {{ type: 'refused', error: CoreError, import?: boolean }} RefusedMessage
 *   a run that could not start; `import` says which kind of page asked when it is told to every page
 * @typedef {PlanAnswer | ExportAnswer | JobMessage | RefusedMessage} RunAnswer
 *   what the worker sends on a popup or options port
 *
 * @typedef {{ type: 'check', id: number } | { type: 'validate', id: number, date: string, digest: string }}
 *   SelfCheckRequest
 * @typedef {{ type: ('check' | 'validate'), id: number, result: CoreAnswer }} SelfCheckAnswer
 *
 * @typedef {{ type: 'projects' }} ProjectsRequest  answered with the core's CoreAnswer
 * @typedef {{ type: 'edit', month: string, date: string, edit: (object | null) }} EditRequest
 *   keeps (or with null drops) one day's edit of the popup's month; answered with `{ ok: boolean }`
 */

/**
 * An answer that failed with one of the core's codes, without detail, in the shape the core gives: what a page or the
 * worker answers when the core could not (`internal`) or was not asked (`no_import_file`).
 * @param {string} code
 * @returns {CoreAnswer}
 */
export function errorAnswer(code) {
  return { ok: false, error: { code, detail: null, violations: [] } };
}

/**
 * Whether a message from a page is one this port may carry, with the fields its type needs: the worker drops any
 * other.
 * @param {string} portName
 * @param {any} message
 * @returns {boolean}
 */
export function allowedOn(portName, message) {
  if (!message || typeof message.type !== 'string') {
    return false;
  }
  const month = typeof message.month === 'string' && /^\d{4}-\d{2}$/.test(message.month);
  if (portName === PORT.SELF_CHECK) {
    return message.type === MESSAGE.CHECK || message.type === MESSAGE.VALIDATE;
  }
  switch (message.type) {
    case MESSAGE.PLAN:
      return month && Number.isInteger(message.id) && typeof message.first === 'boolean';
    case MESSAGE.PLANNED:
      return portName === PORT.POPUP && month && typeof message.reminder === 'object';
    case MESSAGE.FILL:
      return month && Array.isArray(message.confirmed);
    case MESSAGE.EXPORT:
      return month && (message.format === 'csv' || message.format === 'json');
    case MESSAGE.CANCEL:
      return true;
    default:
      return false;
  }
}
