// The run: the worker keeps the last job the core made, stores it in chrome.storage.local (never a cookie or token),
// broadcasts it and shows it on the icon. The job holds its kind and the basis of the plan it was confirmed from, so a
// fresh worker takes a stopped run up again as it was. Which days, what an answer means and how a run ends are the
// core's.
import { showRun } from './badge.js';
import {
  fill, jobAfterRestart, jobFailed, recordRun, startJob,
} from './core.js';
import { closeLeftoverTabs, TenantTabs } from './personio-tab.js';
import { MESSAGE } from './protocol.js';
import { AFTER_RUN_ALARM } from './worker-reminder.js';
import { host, importedFile, request } from './core-host.js';
import { dropWrittenEdits } from './worker-edits.js';

const KEEPALIVE_MS = 20000;
// While a run goes on, an alarm wakes a worker that the browser stopped, so that the run is taken up again.
export const RESUME_ALARM = 'resume-run';

/**
 * The worker's runs; a run the user asked for while the autopilot writes starts once `autopilotBusy()` says the
 * autopilot's work is over.
 * @param {{ reminder: { refresh: () => Promise<void> }, broadcast: (message: object) => void,
 *   autopilotBusy: () => boolean }} worker
 */
export function createRuns({ reminder, broadcast, autopilotBusy }) {
  /** @type {any} */
  let job = null;
  // A run the user asked for while the autopilot writes: it starts once the autopilot's run ends.
  /** @type {import('./protocol.js').FillRequest | null} */
  let waiting = null;
  // Aborted when the user cancels: a request on its way is abandoned at once (the core decides what that means).
  let cancelSignal = new AbortController();

  const running = () => Boolean(job && job.state === 'running');
  const jobMessage = () => ({ type: MESSAGE.JOB, job, waiting: waiting !== null });

  /** Adds what a run that ended wrote to the local record of writes (the core keeps 90 days of it). */
  async function keepRecord(ended) {
    const { writeRecord } = await chrome.storage.local.get('writeRecord');
    const record = recordRun(JSON.stringify(writeRecord ?? []), JSON.stringify(ended), Date.now());
    await chrome.storage.local.set({ writeRecord: JSON.parse(record) });
  }

  /** Keeps, stores and broadcasts the job as the core made it; the icon shows its progress, then its end. */
  function publish(next) {
    const wasRunning = running();
    job = next;
    if (job) {
      showRun(job).catch(() => {});
      if (wasRunning && !running()) {
        // Outside a run the icon counts the days still to fill: read again now, and once more a minute later, when
        // Personio has settled; the run's end stays in the icon's tooltip.
        reminder.refresh().then(() => showRun(job)).catch(() => {});
        chrome.alarms.create(AFTER_RUN_ALARM, { delayInMinutes: 1 });
        keepRecord(job).catch((e) => console.error('could not keep the record of writes', e.message));
        dropWrittenEdits(job).catch((e) => console.error('could not drop the written edits', e.message));
      }
    }
    chrome.storage.local.set({ job }).catch((e) => console.error('could not store the job', e.message));
    broadcast(jobMessage());
  }

  /** Runs a started (or resumed) job, held to the basis it holds; resolves to the job as it ended. */
  async function run(started) {
    const keepalive = setInterval(() => chrome.runtime.getPlatformInfo(), KEEPALIVE_MS);
    const tabs = new TenantTabs();
    try {
      await chrome.alarms.create(RESUME_ALARM, { periodInMinutes: 0.5 });
      const fillRequest = { ...(await request(started.month)), job: started };
      if (started.kind === 'import') {
        // A file forgotten meanwhile is an empty one: the run stops as bad_file and writes nothing.
        const file = await importedFile();
        Object.assign(fillRequest, {
          import: file ? file.text : '', import_answers: file ? file.answers : null,
          import_edits: file ? file.edits : {},
        });
      }
      publish(JSON.parse(await fill(host(tabs, publish, cancelSignal.signal), JSON.stringify(fillRequest))));
    } catch (e) {
      console.error('run failed', e && e.message);
      publish(JSON.parse(jobFailed(JSON.stringify(job))));
    } finally {
      clearInterval(keepalive);
      await chrome.alarms.clear(RESUME_ALARM);
      await tabs.close();
    }
    if (!autopilotBusy()) {
      startWaiting();
    }
    return job;
  }

  /** Starts a job the core made: it is published, then run. Resolves to the job as it ended. */
  function begin(started) {
    cancelSignal = new AbortController();
    publish(started);
    return run(started);
  }

  /**
   * A run a page asked for: started, or kept to start after the autopilot's; the core's refusal otherwise.
   * @param {import('./protocol.js').FillRequest} message
   * @returns {object | null} the refusal's error, or null
   */
  function start(message) {
    const started = JSON.parse(startJob(JSON.stringify({
      month: message.month, confirmed: message.confirmed, basis: message.basis ?? null, current: job,
      kind: message.import ? 'import' : 'month',
    })));
    if (started.ok && started.waits) {
      // The autopilot writes: this run starts when it ends, and the pages show the autopilot's progress meanwhile.
      waiting = message;
      publish(job);
    } else if (started.ok) {
      // A run started now replaces one that still waited for the autopilot's check to end: the user asked again.
      waiting = null;
      begin(started.job);
    }
    return started.ok ? null : started.error;
  }

  /** Starts the run that waited for the autopilot's, if any; a refusal goes to the kind of page that asked. */
  function startWaiting() {
    if (!waiting || running()) {
      return;
    }
    const next = waiting;
    waiting = null;
    const error = start(next);
    if (error) {
      // Told to every page, and the job again, which no longer says a run waits.
      broadcast({ type: MESSAGE.REFUSED, error, import: Boolean(next.import) });
      publish(job);
    }
  }

  return {
    running,
    jobMessage,
    start,
    startWaiting,
    /** A cancel stops what writes now, the autopilot's run too, and a run that waited for it never starts. */
    cancel() {
      waiting = null;
      cancelSignal.abort();
    },
    /**
     * A job stored as running lost its worker: the core takes it up again, and this fresh worker runs it on. Tabs the
     * lost worker opened are closed first.
     */
    async takeUp() {
      const stored = await chrome.storage.local.get(['job', 'runBasis', 'runImport']);
      await closeLeftoverTabs();
      if (stored.job && !stored.job.kind) {
        // Stored by a version that kept the run's kind and basis beside the job.
        stored.job = { ...stored.job, kind: stored.runImport ? 'import' : 'month', basis: stored.runBasis ?? null };
        await chrome.storage.local.remove(['runBasis', 'runImport']);
      }
      job = JSON.parse(jobAfterRestart(JSON.stringify(stored.job ?? null), Date.now()));
      if (stored.job !== undefined) {
        await chrome.storage.local.set({ job });
      }
      if (running()) {
        run(job);
      }
    },
    /**
     * A run the autopilot starts, as the popup starts one; resolves to the job as it ended, or null when none
     * started. A run the user asked for meanwhile starts once the autopilot is done ({@link startWaiting}).
     */
    async autopilotRun(month, confirmed, basis) {
      const started = JSON.parse(startJob(JSON.stringify({
        month, confirmed, basis, current: job, kind: 'autopilot',
      })));
      if (!started.ok || started.waits) {
        return null;
      }
      return begin(started.job);
    },
  };
}
