import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allowedOn, MESSAGE, PORT } from '../web/protocol.js';

test('docs/bridge.md names exactly the messages protocol.js has', () => {
  const doc = readFileSync(new URL('../../docs/bridge.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Messages between the pages and the worker'));
  const named = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(named, Object.values(MESSAGE).sort());
  for (const port of Object.values(PORT)) {
    assert.ok(section.includes(`\`${port}\``), `the port ${port}`);
  }
});

test('a port carries only its own messages, with the fields their types need', () => {
  assert.ok(allowedOn(PORT.POPUP, { type: MESSAGE.PLANNED, month: '2026-11', reminder: null }));
  assert.ok(allowedOn(PORT.POPUP, { type: MESSAGE.PLANNED, month: '2026-11', reminder: { ok: true, count: 2 } }));
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.PLANNED, month: 'November', reminder: null }), 'a month is YYYY-MM');
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.PLANNED, month: '2026-11' }), 'the reminder, or null, is named');
  assert.ok(!allowedOn(PORT.OPTIONS, { type: MESSAGE.PLANNED, month: '2026-11', reminder: null }),
    'only the popup counts the reminder');
  assert.ok(allowedOn(PORT.POPUP, { type: MESSAGE.PLAN, id: 1, month: '2026-11', first: true }));
  assert.ok(allowedOn(PORT.OPTIONS, {
    type: MESSAGE.PLAN, id: 2, month: '2026-11', first: false, import: true,
  }));
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.PLAN, id: 1, month: '2026-11' }), 'a plan says if it is the first');
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.PLAN, id: '1', month: '2026-11', first: true }),
    'a plan\'s answer is matched by a whole-number id');
  assert.ok(!allowedOn(PORT.SELF_CHECK, { type: MESSAGE.PLAN, id: 1, month: '2026-11', first: true }));
  assert.ok(allowedOn(PORT.OPTIONS, {
    type: MESSAGE.FILL, month: '2026-11', basis: null, confirmed: [],
  }));
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.FILL, month: '2026-11' }), 'a fill names its days');
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.EXPORT, id: 1, month: '2026-11', format: 'pdf' }));
  assert.ok(allowedOn(PORT.POPUP, { type: MESSAGE.CANCEL }));
  assert.ok(!allowedOn(PORT.POPUP, { type: MESSAGE.CHECK, id: 1 }), 'the self-check has its own port');
  assert.ok(allowedOn(PORT.SELF_CHECK, { type: MESSAGE.VALIDATE, id: 2 }));
  assert.ok(!allowedOn(PORT.SELF_CHECK, { type: MESSAGE.FILL, month: '2026-11', confirmed: [] }));
  assert.ok(!allowedOn(PORT.POPUP, null));
  assert.ok(!allowedOn(PORT.POPUP, { type: 'hello' }));
});
