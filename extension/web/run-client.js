// One client of the worker's runs for every page that shows a plan or a run (the popup, the options page's import):
// the port, connecting again when the worker stopped, request ids, plan, fill, cancel, export, and one callback for a
// job that changed. The pages keep only their own controls. A plan is made by the worker when one is running, its core
// loaded and warm; else in the page itself (month-plan.js, imported only then), since starting the worker would take
// longer than the whole plan.
import { errorAnswer, MESSAGE } from './protocol.js';
import { planInPage, startPlan } from './plan-start.js';

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
  /**
   * The plan last asked for, until it is shown; an answer to an earlier one is dropped. `inWorker` while the worker
   * makes it; `done` ends the promise of whoever asked.
   * @type {{ id: number, month: string, first: boolean, inWorker: boolean, done: () => void } | null}
   */
  let pending = null;
  let exportId = 0;
  let exportPending = false;
  /** @type {Job | null} */
  let job = null;

  /**
   * A plan arrived: shown unless a later one was asked for since; one the page made itself tells the worker the
   * reminder it counted.
   * @param {number} id
   * @param {string} month
   * @param {CoreAnswer} result
   */
  function planned(id, month, result) {
    if (pending === null || pending.id !== id) {
      return;
    }
    const { inWorker, done } = pending;
    pending = null;
    try {
      page.onPlan(month, result);
      if (!inWorker && !imported && result.ok) {
        send({ type: MESSAGE.PLANNED, month, reminder: result.reminder ?? null });
      }
    } catch (e) {
      console.error('plan not shown in full', e && e.message);
    } finally {
      done();
    }
  }

  /**
   * The page makes the plan itself, with the core it began to load.
   * @param {number} id
   * @param {string} month
   * @param {import('./plan-start.js').InPage} start
   */
  async function planHere(id, month, start) {
    /** @type {CoreAnswer} */
    let result;
    try {
      result = await (await start.core).planMonth(month, imported, start.ahead);
    } catch (e) {
      console.error('plan failed', e && e.message);
      result = errorAnswer('internal');
    }
    planned(id, month, result);
  }

  /** The worker stopped, or its port died, before it answered the pending plan: the page makes it. */
  function planHereInstead() {
    pending.inWorker = false;
    planHere(pending.id, pending.month, planInPage(pending.first));
  }

  /** @param {RunAnswer} message */
  function receive(message) {
    if (message.type === MESSAGE.PLAN) {
      if (pending !== null && pending.inWorker) {
        planned(message.id, message.month, message.result);
      }
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
   * Listens on a port to the worker. When the port dies with its worker, an export is given up (its buttons work
   * again), and a run going on is looked at again: connecting starts a fresh worker, which sends the job as it stands.
   * @param {chrome.runtime.Port} connected
   */
  function listen(connected) {
    port = connected;
    port.onMessage.addListener(receive);
    port.onDisconnect.addListener(() => {
      port = null;
      if (pending !== null && pending.inWorker) {
        planHereInstead();
      }
      if (exportPending) {
        exportPending = false;
        (page.onExport || (() => {}))(null);
      }
      if (job && job.state === 'running') {
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
     * Asks for a month's plan, of the worker when it runs, else made here; an answer to an earlier request is
     * dropped. Resolves once the plan is shown, or was dropped or asked for again.
     * @param {string} month
     * @returns {Promise<void>}
     */
    plan(month) {
      if (pending !== null) {
        pending.done();
      }
      planId += 1;
      const id = planId;
      return new Promise((done) => {
        // A popup's first plan sends the last plan's reads ahead and keeps its own, wherever it is made.
        const first = id === 1 && !imported;
        pending = {
          id, month, first, inWorker: false, done,
        };
        startPlan(first).then((start) => {
          if (pending === null || pending.id !== id) {
            return;
          }
          if (start !== null) {
            planHere(id, month, start);
          } else {
            pending.inWorker = true;
            try {
              send({
                type: MESSAGE.PLAN, id, month, first, ...(imported ? { import: true } : {}),
              });
            } catch {
              planHereInstead();
            }
          }
        });
      });
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
      if (pending !== null) {
        pending.done();
        pending = null;
      }
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
