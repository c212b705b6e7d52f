// Localises a page from _locales: every element with data-i18n gets that message as its text, and
// data-i18n-attr="attribute:key" sets attributes. Text only, never HTML.
import { dateText, durationText, formatter } from './dates.js';

export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions.map(raw)) || key;
}

// The core sends raw values in its messages, and the pages write them the language's way: a length of time as an
// ISO 8601 duration in minutes (PT570M), a date as YYYY-MM-DD.
const DURATION = /^PT(\d+)M$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether YYYY-MM-DD is a day of the calendar: a value reported as a bad date is shown as it came. */
function realDate(text) {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A substitution as text: a raw duration or date written the page's language's way, anything else as it is. */
function raw(value) {
  const text = String(value);
  const duration = DURATION.exec(text);
  if (duration) {
    return durationText(Number(duration[1]), uiLanguage());
  }
  return DATE.test(text) && realDate(text) ? dateText(text, uiLanguage()) : text;
}

/**
 * A message that counts: the key's form for the count's CLDR plural category in the page's language (`key_one`,
 * `key_few`, `key_many`, `key_other`, as `_locales` holds them; `key_other` when the language has no form of its own).
 * Numbers among the substitutions are written the language's way.
 */
export function plural(key, count, ...substitutions) {
  const language = uiLanguage();
  const category = formatter(Intl.PluralRules, language).select(Number(count));
  const numbers = formatter(Intl.NumberFormat, language);
  const words = substitutions.map((s) => (typeof s === 'number' ? numbers.format(s) : raw(s)));
  return chrome.i18n.getMessage(`${key}_${category}`, words) || t(`${key}_other`, ...words);
}

export function localize(root = document) {
  document.documentElement.lang = uiLanguage();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    if (!(el instanceof HTMLElement)) {
      continue;
    }
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    if (!(el instanceof HTMLElement)) {
      continue;
    }
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
