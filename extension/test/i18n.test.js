import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { t, uiLanguage } from '../web/i18n.js';

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
