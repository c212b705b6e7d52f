import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  currentMonth, dateText, dayLabel, durationText, monthLabel, todayIn,
} from '../web/dates.js';

const HOUR_MS = 60 * 60 * 1000;

/** Today's date at a fixed UTC offset, computed without Intl; before and after, in case midnight passes between. */
function datesAtOffset(offsetHours, run) {
  const at = (ms) => new Date(ms + offsetHours * HOUR_MS).toISOString().slice(0, 10);
  const before = at(Date.now());
  const result = run();
  return { result, expected: new Set([before, at(Date.now())]) };
}

test('todayIn gives YYYY-MM-DD', () => {
  assert.match(todayIn('Europe/Berlin'), /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
});

test('todayIn UTC is the UTC date', () => {
  const { result, expected } = datesAtOffset(0, () => todayIn('UTC'));
  assert.ok(expected.has(result), `${result} not in ${[...expected]}`);
});

test('todayIn is the date in the zone, not on this computer', () => {
  // Etc/GMT-14 is UTC+14 and Etc/GMT+12 is UTC-12: 26 hours apart, so never the same date.
  const east = datesAtOffset(14, () => todayIn('Etc/GMT-14'));
  const west = datesAtOffset(-12, () => todayIn('Etc/GMT+12'));
  assert.ok(east.expected.has(east.result), `${east.result} not in ${[...east.expected]}`);
  assert.ok(west.expected.has(west.result), `${west.result} not in ${[...west.expected]}`);
  assert.notEqual(east.result, west.result);
});

test('todayIn throws RangeError for an unknown zone', () => {
  assert.throws(() => todayIn('Mars/Olympus_Mons'), RangeError);
});

test('currentMonth is this computer\'s YYYY-MM', () => {
  const local = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  const before = local(new Date());
  const result = currentMonth();
  assert.match(result, /^\d{4}-(0[1-9]|1[0-2])$/);
  assert.ok([before, local(new Date())].includes(result));
});

test('dayLabel in German is "Di., 03.11."', () => {
  assert.equal(dayLabel('2026-11-03', 'de'), 'Di., 03.11.');
  assert.equal(dayLabel('2026-03-01', 'de'), 'So., 01.03.');
});

test('dayLabel in English is "Tue, 11/03"', () => {
  assert.equal(dayLabel('2026-11-03', 'en'), 'Tue, 11/03');
  assert.equal(dayLabel('2026-03-01', 'en'), 'Sun, 03/01');
});

test('dayLabel keeps the date on either side of UTC midnight', () => {
  // Parsed and formatted in UTC, so the computer's zone never shifts the day.
  assert.equal(dayLabel('2026-01-01', 'en'), 'Thu, 01/01');
  assert.equal(dayLabel('2026-12-31', 'en'), 'Thu, 12/31');
});

test('monthLabel names the month and year', () => {
  assert.equal(monthLabel('2026-11', 'de'), 'November 2026');
  assert.equal(monthLabel('2026-11', 'en'), 'November 2026');
  assert.equal(monthLabel('2026-03', 'de'), 'März 2026');
  assert.equal(monthLabel('2026-03', 'en'), 'March 2026');
  assert.equal(monthLabel('2027-01', 'de'), 'Januar 2027');
});

test('durationText writes a length of time the language\'s way, or H:MM h without Intl.DurationFormat', () => {
  const text = durationText(570, 'de');
  if (typeof Intl.DurationFormat === 'function') {
    assert.equal(text, '9 Std., 30 Min.');
  } else {
    assert.equal(text, '9:30 h');
  }
});

test('dateText writes a date the language\'s way', () => {
  assert.equal(dateText('2026-11-03', 'de'), '03.11.2026');
  assert.equal(dateText('2026-11-03', 'en'), 'Nov 3, 2026');
});
