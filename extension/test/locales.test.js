import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const LOCALES = new URL('../web/_locales/', import.meta.url);
const FORM = /^(.+)_(zero|one|two|few|many|other)$/;

test('every message that counts has exactly the forms its language\'s plural rules select', () => {
  const languages = readdirSync(LOCALES);
  assert.ok(languages.length >= 6, languages.join());
  let counted = 0;
  for (const language of languages) {
    const messages = JSON.parse(readFileSync(new URL(`${language}/messages.json`, LOCALES), 'utf8'));
    const expected = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    const forms = new Map();
    for (const key of Object.keys(messages)) {
      const match = FORM.exec(key);
      if (match && `${match[1]}_other` in messages) {
        forms.set(match[1], [...(forms.get(match[1]) || []), match[2]]);
      }
    }
    for (const [base, categories] of forms) {
      assert.deepEqual(categories.sort(), expected, `${language}: ${base}`);
    }
    counted += forms.size;
  }
  assert.ok(counted >= 6 * 10, `messages that count: ${counted}`);
});
