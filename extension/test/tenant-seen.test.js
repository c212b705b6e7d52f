import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

// A classic content script, not a module: run it as Chrome would, with only location and chrome.storage.
const source = readFileSync(new URL('../web/tenant-seen.js', import.meta.url), 'utf8');

function visit(hostname) {
  const stored = [];
  // Copied, because an object made inside the script's context has that context's Object.prototype.
  const set = (items) => {
    stored.push({ ...items });
    return Promise.resolve();
  };
  const chrome = { storage: { local: { set } } };
  vm.runInNewContext(source, { location: { hostname }, chrome });
  return stored;
}

test('tenant-seen keeps the subdomain of a Personio host and the moment it loaded, nothing else', () => {
  const before = Date.now();
  const [acme] = visit('acme.app.personio.com');
  assert.deepEqual(Object.keys(acme).sort(), ['lastTenant', 'personioSeenAt']);
  assert.equal(acme.lastTenant, 'acme');
  assert.ok(acme.personioSeenAt >= before && acme.personioSeenAt <= Date.now());
  assert.equal(visit('my-company-2.app.personio.com')[0].lastTenant, 'my-company-2');
});

test('tenant-seen stores nothing for another host', () => {
  assert.deepEqual(visit('acme.app.personio.com.evil.com'), []);
  assert.deepEqual(visit('a.b.app.personio.com'), []);
  assert.deepEqual(visit('app.personio.com'), []);
  assert.deepEqual(visit('x.personio.com'), []);
});
