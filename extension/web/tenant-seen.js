// Remembers which Personio company the user visits, so that a run can open it in the background later.
// Only the subdomain and the moment are kept, nothing from the page.
(() => {
  const match = /^([a-z0-9-]+)\.app\.personio\.com$/.exec(location.hostname);
  if (match) {
    // The moment tells the worker a Personio page loaded, so that the reminder badge is read again.
    chrome.storage.local.set({ lastTenant: match[1], personioSeenAt: Date.now() });
  }
})();
