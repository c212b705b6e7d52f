// Dates as the user sees them, and "today" in the zone the schedule is meant in.

/** YYYY-MM-DD of today in the given IANA zone; throws RangeError for a zone the browser does not know. */
export function todayIn(timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** HH:MM, 24-hour, of now in the given IANA zone; throws RangeError for a zone the browser does not know. */
export function timeIn(timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', {
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
  return new Intl.DateTimeFormat(language, {
    weekday: 'short', day: '2-digit', month: '2-digit', timeZone: 'UTC',
  }).format(date);
}

/** "November 2026" or "November 2026" in the user's language. */
export function monthLabel(isoMonth, language) {
  const [y, m] = isoMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Minutes as hours, H:MM. */
export function hoursText(minutes) {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
