import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  PlanReads, requestOfRead, sameRead, storedRead,
} from '../web/read-ahead.js';

const TOKEN = 'token-1';
const timesheet = JSON.stringify({
  method: 'GET', path: '/svc/attendance-bff/v1/timesheet/7?start_date=2026-12-01', body: null, timeout_ms: 10000,
  headers: { accept: 'application/json', 'x-athena-xsrf-token': TOKEN },
});
const cookies = [{ name: 'ATHENA-XSRF-TOKEN', value: TOKEN }];
const values = { 'ATHENA-XSRF-TOKEN': TOKEN };

test('a read is kept with its cookie header named, never the cookie value', () => {
  const kept = storedRead(timesheet, values);
  assert.deepEqual(kept.headers, { accept: 'application/json', 'x-athena-xsrf-token': { cookie: 'ATHENA-XSRF-TOKEN' } });
  assert.ok(!JSON.stringify(kept).includes(TOKEN));
});

test('a write is never kept', () => {
  const write = JSON.stringify({ ...JSON.parse(timesheet), method: 'POST', body: '{}' });
  assert.equal(storedRead(write, values), null);
});

test('a kept read is the same request again with the cookie of now', () => {
  const kept = storedRead(timesheet, values);
  assert.equal(sameRead(requestOfRead(kept, values)), sameRead(timesheet));
  const renewed = JSON.parse(requestOfRead(kept, { 'ATHENA-XSRF-TOKEN': 'token-2' }));
  assert.equal(renewed.headers['x-athena-xsrf-token'], 'token-2');
  assert.equal(requestOfRead(kept, {}), null, 'a cookie that is gone: the read is not sent ahead');
});

test('the same read is recognised whatever the order of its keys and headers', () => {
  const r = JSON.parse(timesheet);
  const reordered = JSON.stringify({
    headers: { 'x-athena-xsrf-token': TOKEN, accept: 'application/json' }, timeout_ms: r.timeout_ms, body: null,
    path: r.path, method: 'GET',
  });
  assert.equal(sameRead(reordered), sameRead(timesheet));
  assert.notEqual(sameRead(JSON.stringify({ ...r, path: `${r.path}x` })), sameRead(timesheet));
});

test('a read sent ahead answers the same request once, of its company only', async () => {
  const answer = Promise.resolve('{"status":200}');
  const reads = new PlanReads({ tenant: 'acme', cookies, answers: new Map([[sameRead(timesheet), answer]]) });
  assert.equal(reads.cookiesOf('other'), null);
  assert.equal(reads.cookiesOf('acme'), cookies);
  reads.noteCookies(cookies);
  assert.equal(reads.answer('other', timesheet), null);
  assert.equal(await reads.answer('acme', timesheet), '{"status":200}');
  assert.equal(reads.answer('acme', timesheet), null, 'a second read of the same goes out as usual');
});

test('once the core reads the cookies again (after a session refresh), nothing read ahead is given', () => {
  const reads = new PlanReads({
    tenant: 'acme', cookies, answers: new Map([[sameRead(timesheet), Promise.resolve('{"status":200}')]]),
  });
  assert.equal(reads.cookiesOf('acme'), cookies);
  assert.equal(reads.cookiesOf('acme'), null, 'the cookies read ahead are given once');
  assert.equal(reads.answer('acme', timesheet), null, 'an answer from before the refresh is not given');
});

test('a read with a header that is neither standard nor a cookie is not kept, nor is an address elsewhere', () => {
  const other = JSON.parse(timesheet);
  assert.equal(storedRead(JSON.stringify({ ...other, headers: { ...other.headers, authorization: 'x' } }), values),
    null);
  assert.equal(storedRead(JSON.stringify({ ...other, path: '//evil.example/x' }), values), null);
  assert.equal(storedRead(JSON.stringify({ ...other, path: 'https://evil.example/x' }), values), null);
});

test('only the page\'s first plan keeps its reads', () => {
  const later = new PlanReads(null, false);
  later.noteCookies(cookies);
  later.answer('acme', timesheet);
  assert.deepEqual(later.kept('acme'), {});
});

test('every read of a plan is kept once for the next opening, without any cookie value', () => {
  const reads = new PlanReads(null);
  reads.noteCookies(cookies);
  assert.equal(reads.answer('acme', timesheet), null, 'nothing was read ahead');
  reads.answer('acme', timesheet);
  const { readAhead } = reads.kept('acme');
  assert.equal(readAhead.tenant, 'acme');
  assert.equal(readAhead.reads.length, 1);
  assert.ok(!JSON.stringify(readAhead).includes(TOKEN));
});

test('the popup\'s own modules leave the core out: it is loaded only when the popup plans itself', () => {
  const imports = (file) => [...readFileSync(new URL(`../web/${file}`, import.meta.url), 'utf8')
    .matchAll(/^import [^;]*? from '\.\/([\w.-]+)';/gms)].map((m) => m[1]);
  const graph = new Set();
  const walk = (file) => {
    for (const name of imports(file)) {
      if (!graph.has(name)) {
        graph.add(name);
        walk(name);
      }
    }
  };
  walk('popup.js');
  assert.ok(graph.has('run-client.js') && graph.has('plan-start.js'), `the popup's modules were found (${graph.size})`);
  assert.ok(!graph.has('core.js'));
  assert.ok(!graph.has('month-plan.js'));
});
