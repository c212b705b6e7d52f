// One client of the worker's runs for every page that shows a plan or a run (the popup, the options page's import):
// the port, connecting again when the worker stopped, request ids, plan, fill, cancel, export, and one callback for a
// job that changed. The pages keep only their own controls.
import { MESSAGE } from './protocol.js';

/**
 * @typedef {import('./protocol.js').Job} Job
 * @typedef {import('./protocol.js').CoreAnswer} CoreAnswer
 * @typedef {import('./protocol.js').CoreError} CoreError
 * @typedef {import('./protocol.js').RunAnswer} RunAnswer
 * @typedef {import('./protocol.js').ConfirmedDay} ConfirmedDay
 *
 * @typedef {object} JobChange
 * @property {Job | null} job the job as it stands now
 * @property {Job | null} previous the job before this message
 * @property {boolean} waiting a run asked for waits for the autopilot's to end
 * @property {boolean} justEnded the job was running and is no longer
 *
 * @typedef {object} RunPage
 * @property {string} portName the page's port (protocol's PORT)
 * @property {boolean} [imported] the page plans and runs an imported file
 * @property {(month: string, result: CoreAnswer) => void} onPlan the plan last asked for arrived
 * @property {(change: JobChange) => void} onJob the job changed, or was sent on connecting
 * @property {(result: CoreAnswer | null) => void} [onExport] the export asked for arrived; null when it never will
 * @property {(error: CoreError) => void} onRefused a run could not start
 */

/**
 * Connects a page to the worker's runs.
 * @param {RunPage} page
 */
export function createRunClient(page) {
  const imported = Boolean(page.imported);
  /** @type {chrome.runtime.Port | null} */
  let port = null;
  let planId = 0;
  /** @type {import('./protocol.js').PlanRequest | null} */
  let planPending = null;
  let exportId = 0;
  let exportPending = false;
  /** @type {Job | null} */
  let job = null;

  /** @param {RunAnswer} message */
  function receive(message) {
    if (message.type === MESSAGE.PLAN && planPending && message.id === planPending.id
      && Boolean(message.import) === imported) {
      planPending = null;
      page.onPlan(message.month, message.result);
    } else if (message.type === MESSAGE.JOB) {
      const previous = job;
      job = message.job;
      const justEnded = Boolean(job && job.state !== 'running' && previous && previous.state === 'running');
      page.onJob({
        job, previous, waiting: message.waiting === true, justEnded,
      });
    } else if (message.type === MESSAGE.EXPORT && exportPending && message.id === exportId) {
      exportPending = false;
      (page.onExport || (() => {}))(message.result);
    } else if (message.type === MESSAGE.REFUSED
      && (message.import === undefined || Boolean(message.import) === imported)) {
      // A refusal told to every page (a run that waited for the autopilot's) is the asking kind of page's.
      page.onRefused(message.error);
    }
  }

  /**
   * Listens on a port to the worker. When the port dies with its worker, a plan still awaited is asked again, an
   * export is given up (its buttons work again), and a run going on is looked at again: connecting starts a fresh
   * worker, which sends the job as it stands.
   * @param {chrome.runtime.Port} connected
   */
  function listen(connected) {
    port = connected;
    port.onMessage.addListener(receive);
    port.onDisconnect.addListener(() => {
      port = null;
      if (exportPending) {
        exportPending = false;
        (page.onExport || (() => {}))(null);
      }
      if (planPending) {
        send(planPending);
      } else if (job && job.state === 'running') {
        connect();
      }
    });
  }

  function connect() {
    listen(chrome.runtime.connect({ name: page.portName }));
  }

  /** @param {import('./protocol.js').RunRequest} message */
  function send(message) {
    if (port === null) {
      connect();
    }
    /** @type {chrome.runtime.Port} */ (port).postMessage(message);
  }

  return {
    /** Connects, for the job as it stands, without asking anything. */
    connect() {
      if (port === null) {
        connect();
      }
    },
    /**
     * Takes over a port already open, with a plan already asked for on it and the messages in meanwhile
     * (popup-early.js).
     * @param {{ port: chrome.runtime.Port, month: string, id: number, messages: RunAnswer[],
     *   listener: (m: RunAnswer) => void }} early
     */
    adopt(early) {
      early.port.onMessage.removeListener(early.listener);
      planId = early.id;
      planPending = { type: MESSAGE.PLAN, id: early.id, month: early.month };
      listen(early.port);
      early.messages.forEach(receive);
    },
    /**
     * Asks for a month's plan; an answer to an earlier request is dropped.
     * @param {string} month
     */
    plan(month) {
      planId += 1;
      planPending = {
        type: MESSAGE.PLAN, id: planId, month, ...(imported ? { import: true } : {}),
      };
      send(planPending);
    },
    /**
     * Starts a run of the days on screen (the plan on screen is the confirmation).
     * @param {string} month
     * @param {string | null} basis
     * @param {ConfirmedDay[]} confirmed
     */
    fill(month, basis, confirmed) {
      send({
        type: MESSAGE.FILL, month, basis, confirmed, ...(imported ? { import: true } : {}),
      });
    },
    cancel() {
      send({ type: MESSAGE.CANCEL });
    },
    /** The plan on its way is no longer wanted: its answer is dropped. */
    dropPlan() {
      planPending = null;
    },
    /**
     * Asks for the month as Personio holds it, as a file; false while one is on its way.
     * @param {string} month
     * @param {'csv' | 'json'} format
     */
    exportMonth(month, format) {
      if (exportPending) {
        return false;
      }
      exportId += 1;
      exportPending = true;
      send({
        type: MESSAGE.EXPORT, id: exportId, month, format,
      });
      return true;
    },
    get exporting() {
      return exportPending;
    },
    get job() {
      return job;
    },
  };
}
