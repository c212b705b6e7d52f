// The worker's one route table: which page may open which port or send which message, and what answers it. A
// message from anywhere else, or one its port may not carry, is dropped.
import { allowedOn, MESSAGE, PORT } from './protocol.js';
import { keepEdit } from './worker-edits.js';

const POPUP_URL = chrome.runtime.getURL('popup.html');
const OPTIONS_URL = chrome.runtime.getURL('options.html');
const SELF_CHECK_URL = chrome.runtime.getURL('selfcheck.html');

/** The pages of the extension that may open each port. */
const PORT_PAGES = {
  [PORT.POPUP]: POPUP_URL,
  [PORT.OPTIONS]: OPTIONS_URL,
  [PORT.SELF_CHECK]: SELF_CHECK_URL,
};

/**
 * Whether a sender is this extension's own page.
 * @param {chrome.runtime.MessageSender | undefined} sender
 * @param {string} page
 */
function fromPage(sender, page) {
  return Boolean(sender && sender.id === chrome.runtime.id && (sender.url || '').startsWith(page));
}

/**
 * Routes the pages' ports and messages to the worker's runs and reads, once `ready` (the worker has taken up a stored
 * run).
 * @param {{ ready: Promise<void>, runs: ReturnType<typeof import('./worker-run.js').createRuns>,
 *   reads: ReturnType<typeof import('./worker-reads.js').createReads>, ports: Set<chrome.runtime.Port> }} worker
 */
export function route({
  ready, runs, reads, ports,
}) {
  /** Answers on a port only while it is open: a popup may have closed meanwhile, or be closing. */
  const answer = (port, message) => {
    if (ports.has(port)) {
      try {
        port.postMessage(message);
      } catch {
        ports.delete(port);
      }
    }
  };

  /** The run messages of a popup or options port. */
  const runRoutes = {
    [MESSAGE.PLAN]: async (port, m) => reads.plan(m, (result) => answer(port, {
      type: MESSAGE.PLAN, id: m.id, month: m.month, result,
    })),
    [MESSAGE.PLANNED]: async (port, m) => reads.planned(m),
    [MESSAGE.FILL]: async (port, m) => {
      const error = runs.start(m);
      if (error) {
        answer(port, { type: MESSAGE.REFUSED, error });
      }
    },
    [MESSAGE.EXPORT]: async (port, m) => answer(port, {
      type: MESSAGE.EXPORT, id: m.id, month: m.month, result: await reads.exportOf(m.month, m.format),
    }),
    [MESSAGE.CANCEL]: async () => runs.cancel(),
  };
  const selfCheckRoute = async (port, m) => answer(port, {
    type: m.type, id: m.id, result: await reads.selfCheck(m),
  });

  chrome.runtime.onConnect.addListener((port) => {
    const page = PORT_PAGES[port.name];
    if (!page || !fromPage(port.sender, page)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message) => {
      if (!allowedOn(port.name, message)) {
        return;
      }
      const handle = port.name === PORT.SELF_CHECK ? selfCheckRoute : runRoutes[message.type];
      ready.then(() => handle(port, message)).catch((e) => console.error(`${port.name} message failed`, e.message));
    });
    if (port.name !== PORT.SELF_CHECK) {
      ready.then(() => answer(port, runs.jobMessage()));
    }
  });

  // One message with its answer: the options page asks for the company's projects; the popup keeps a day's edit.
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (message && message.type === MESSAGE.PROJECTS && fromPage(sender, OPTIONS_URL)) {
      reads.projects().then(reply);
      return true;
    }
    if (message && message.type === MESSAGE.EDIT && fromPage(sender, POPUP_URL) && typeof message.month === 'string'
      && typeof message.date === 'string') {
      keepEdit(message.month, message.date, message.edit ?? null).then(() => reply({ ok: true }), (e) => {
        console.error('could not keep the edit', e && e.message);
        reply({ ok: false });
      });
      return true;
    }
    return false;
  });
}
