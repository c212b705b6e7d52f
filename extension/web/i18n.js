// Localises a page from _locales: every element with data-i18n gets that message as its text, and
// data-i18n-attr="attribute:key" sets attributes. Text only, never HTML.
export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function localize(root = document) {
  document.documentElement.lang = uiLanguage();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

/**
 * The language the pages are shown in: German for a German browser, English for an English one, and for any other
 * the manifest's default (English). Taken from the locale Chrome picked, so that dates read like the page's words.
 */
export function uiLanguage() {
  return chrome.i18n.getMessage('languageCode') || 'en';
}
