// Remembers which Personio company the user visits, so that a run can open it in the background later.
// Only the subdomain is kept, nothing from the page.
(() => {
  const match = /^([a-z0-9-]+)\.app\.personio\.com$/.exec(location.hostname);
  if (match) {
    chrome.storage.local.set({ lastTenant: match[1] });
  }
})();
