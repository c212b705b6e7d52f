import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originOf, originOfUrl, tenantOf } from '../web/personio-site.js';

test('tenantOf takes the subdomain of an https Personio address', () => {
  assert.equal(tenantOf('https://acme.app.personio.com/'), 'acme');
  assert.equal(tenantOf('https://acme.app.personio.com'), 'acme');
  assert.equal(tenantOf('https://my-company-2.app.personio.com/attendance/employee/1?month=2026-11#top'), 'my-company-2');
  assert.equal(tenantOf('https://acme.app.personio.com?x=1'), 'acme');
  assert.equal(tenantOf('https://acme.app.personio.com#x'), 'acme');
  assert.equal(tenantOf('https://acme.app.personio.com:443/'), 'acme');
});

test('tenantOf rejects a look-alike host', () => {
  assert.equal(tenantOf('https://acme.app.personio.com.evil.com/'), null);
  assert.equal(tenantOf('https://acme.app.personio.community/'), null);
  assert.equal(tenantOf('https://acme-app.personio.com/'), null);
  assert.equal(tenantOf('https://acmeapp.personio.com/'), null);
  assert.equal(tenantOf('https://x.personio.com/'), null);
  assert.equal(tenantOf('https://evil.com/?https://acme.app.personio.com/'), null);
  assert.equal(tenantOf('https://acme.app.personio.com@evil.com/'), null);
});

test('tenantOf rejects http and other schemes', () => {
  assert.equal(tenantOf('http://acme.app.personio.com/'), null);
  assert.equal(tenantOf('wss://acme.app.personio.com/'), null);
  assert.equal(tenantOf('//acme.app.personio.com/'), null);
});

test('tenantOf rejects no subdomain or a nested one', () => {
  assert.equal(tenantOf('https://app.personio.com/'), null);
  assert.equal(tenantOf('https://.app.personio.com/'), null);
  assert.equal(tenantOf('https://a.b.app.personio.com/'), null);
});

test('tenantOf reads a host in capitals as the lower-case company, as a browser does', () => {
  assert.equal(tenantOf('https://ACME.app.personio.com/'), 'acme');
  assert.equal(tenantOf('HTTPS://acme.app.personio.com/'), 'acme');
});

test('tenantOf is null for no address', () => {
  assert.equal(tenantOf(undefined), null);
  assert.equal(tenantOf(null), null);
  assert.equal(tenantOf(''), null);
  assert.equal(tenantOf('about:blank'), null);
});

test('tenantOf rejects a Personio host given as user info', () => {
  assert.equal(tenantOf('https://acme.app.personio.com:x@evil.com/'), null);
  assert.equal(tenantOf('https://user:pw@acme.app.personio.com/'), null);
});

test('originOf is the tenant\'s https origin', () => {
  assert.equal(originOf('acme'), 'https://acme.app.personio.com');
});

test('originOf and tenantOf round-trip', () => {
  for (const tenant of ['acme', 'my-company-2', '0']) {
    assert.equal(tenantOf(`${originOf(tenant)}/`), tenant);
    assert.equal(tenantOf(originOf(tenant)), tenant);
  }
});

test('originOfUrl keeps the scheme, the host and a port that is not the default, and nothing else', () => {
  assert.equal(originOfUrl('https://acme.app.personio.com/attendance?x=1#y'), 'https://acme.app.personio.com');
  assert.equal(originOfUrl('https://acme.app.personio.com:443/'), 'https://acme.app.personio.com');
  assert.equal(originOfUrl('https://acme.app.personio.com:8443/'), 'https://acme.app.personio.com:8443');
  assert.equal(originOfUrl('https://user:secret@acme.app.personio.com/'), 'https://acme.app.personio.com');
  assert.equal(originOfUrl('about:blank'), null);
  assert.equal(originOfUrl(undefined), null);
});
