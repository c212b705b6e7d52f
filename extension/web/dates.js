// Dates as the user sees them, and "today" in the zone the schedule is meant in.

/** @type {Map<string, any>} */
const made = new Map();

/**
 * One Intl formatter per kind, language and options, made once: making one costs far more than using it, and a plan
 * formats every day of the month.
 * @template T
 * @param {new (language: string | undefined, options?: any) => T} Kind
 * @param {string | undefined} language
 * @param {object} [options]
 * @returns {T}
 */
export function formatter(Kind, language, options = {}) {
  const key = `${Kind.name} ${language} ${JSON.stringify(options)}`;
  if (!made.has(key)) {
    made.set(key, new Kind(language, options));
  }
  return made.get(key);
}

/** YYYY-MM-DD of today in the given IANA zone; throws RangeError for a zone the browser does not know. */
export function todayIn(timeZone) {
  const parts = formatter(Intl.DateTimeFormat, 'en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** HH:MM, 24-hour, of now in the given IANA zone; throws RangeError for a zone the browser does not know. */
export function timeIn(timeZone) {
  const parts = formatter(Intl.DateTimeFormat, 'en-GB', {
    timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('hour')}:${get('minute')}`;
}

/** YYYY-MM of the current month on this computer. */
export function currentMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A date such as "Mo., 03.11." or "Mon, 11/03" in the user's language. */
export function dayLabel(isoDate, language) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return formatter(Intl.DateTimeFormat, language, {
    weekday: 'short', day: '2-digit', month: '2-digit', timeZone: 'UTC',
  }).format(date);
}

/** "November 2026" or "November 2026" in the user's language. */
export function monthLabel(isoMonth, language) {
  const [y, m] = isoMonth.split('-').map(Number);
  return formatter(Intl.DateTimeFormat, language, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * A length of time in the user's language ("9 hr, 30 min", "9 Std., 30 Min."), from minutes; H:MM h where the
 * browser has no Intl.DurationFormat.
 */
export function durationText(minutes, language) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  // Intl.DurationFormat: Chrome 129, Firefox 136, not yet in TypeScript's library.
  const { DurationFormat } = /** @type {any} */ (Intl);
  if (typeof DurationFormat !== 'function') {
    return `${hours}:${String(rest).padStart(2, '0')} h`;
  }
  return formatter(DurationFormat, language, { style: 'short', minutesDisplay: minutes === 0 ? 'always' : 'auto' })
    .format({ hours, minutes: rest });
}

/** A date such as "3 Nov 2026" or "03.11.2026" in the user's language. */
export function dateText(isoDate, language) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return formatter(Intl.DateTimeFormat, language, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}
