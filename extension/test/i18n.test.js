import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { durationText } from '../web/dates.js';
import { plural, t, uiLanguage } from '../web/i18n.js';

let messages;
let calls;

beforeEach(() => {
  messages = {};
  calls = [];
  globalThis.chrome = {
    i18n: {
      getMessage(key, substitutions) {
        calls.push({ key, substitutions });
        return messages[key] ?? '';
      },
    },
  };
});

afterEach(() => {
  delete globalThis.chrome;
});

test('t gives the message of the key', () => {
  messages.fill = 'Fill in';
  assert.equal(t('fill'), 'Fill in');
});

test('t gives the key for a missing message', () => {
  assert.equal(t('noSuchKey'), 'noSuchKey');
});

test('t passes substitutions as strings', () => {
  messages.days = 'x';
  t('days', 3, null, 'a');
  assert.deepEqual(calls.at(-1).substitutions, ['3', 'null', 'a']);
});

test('uiLanguage is the locale\'s languageCode', () => {
  messages.languageCode = 'de';
  assert.equal(uiLanguage(), 'de');
});

test('uiLanguage falls back to en', () => {
  assert.equal(uiLanguage(), 'en');
});

test('plural picks the form of the count\'s CLDR category in the page\'s language', () => {
  messages.days_one = 'one:$1';
  messages.days_other = 'other:$1';
  messages.languageCode = 'en';
  plural('days', 0, 0);
  assert.equal(calls.at(-1).key, 'days_other', 'English counts 0 as other');
  plural('days', 1, 1);
  assert.equal(calls.at(-1).key, 'days_one');
  messages.languageCode = 'fr';
  plural('days', 0, 0);
  assert.equal(calls.at(-1).key, 'days_one', 'French counts 0 as one');
  plural('days', 1000000, 1000000);
  assert.equal(calls.at(-1).key, 'days_other', 'no many form here: the other form');
  assert.equal(calls.at(-2).key, 'days_many');
});

test('plural writes numbers the language\'s way, and leaves text as it is', () => {
  messages.languageCode = 'de';
  plural('days', 1234, 1234, 'März 2026');
  assert.deepEqual(calls.at(-1).substitutions, ['1.234', 'März 2026']);
});

test('t writes the core\'s raw values the page\'s way: a duration in minutes and a date', () => {
  messages.languageCode = 'de';
  t('x', 'PT570M', '2026-11-03', '08:00', '1001');
  assert.deepEqual(calls.at(-1).substitutions, [durationText(570, 'de'), '03.11.2026', '08:00', '1001']);
});

test('t shows a value reported as a bad date as it came', () => {
  messages.languageCode = 'en';
  t('x', '2026-02-30');
  assert.deepEqual(calls.at(-1).substitutions, ['2026-02-30']);
});
