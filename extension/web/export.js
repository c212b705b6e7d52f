// A month's export, saved from a tab of the extension: the popup hands the file over here, because a download started
// in the popup's panel can die when the panel closes (Firefox closes it as the download begins). No downloads
// permission: a blob and a download link, as everywhere else.
import { download } from './download.js';
import { localize, t } from './i18n.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
// The popup keeps each file under its own key, named in this page's address: two exports never meet.
const key = `export:${location.hash.slice(1)}`;

localize();
$('export-close').addEventListener('click', () => window.close());

chrome.storage.session.get(key).then(async (stored) => {
  const file = stored[key];
  if (!file || typeof file.content !== 'string') {
    $('export-status').textContent = t('exportGone');
    return;
  }
  await chrome.storage.session.remove(key);
  const save = () => download(file.filename, file.content, file.mime);
  save();
  $('export-status').textContent = t('exportSaved', file.filename);
  $('export-again').hidden = false;
  $('export-again').addEventListener('click', save);
});
