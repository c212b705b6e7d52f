// The popup's first script, a classic one that runs while the page is still loading: it asks the worker for this
// month's plan at once, so that reading Personio (and the protocol's 100 ms wait) runs alongside the loading of the
// page's modules. popup.js takes over the port and any answer already in. A classic script cannot import protocol.js:
// the port's name and the message are PORT.POPUP and MESSAGE.PLAN written out.
(() => {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const port = chrome.runtime.connect({ name: 'popup' });
  const early = { port, month, id: 1, messages: [] };
  early.listener = (message) => early.messages.push(message);
  port.onMessage.addListener(early.listener);
  port.postMessage({ type: 'plan', id: early.id, month });
  /** @type {any} */ (window).earlyPlan = early;
})();
