import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.js';

test('MOTCUA_NOW fixes the clock for demos and tests; real time otherwise', () => {
  const fixed = loadConfig({ MOTCUA_NOW: '2026-11-22T10:00:00+07:00' });
  assert.equal(fixed.now().toISOString(), '2026-11-22T03:00:00.000Z');
  const real = loadConfig({});
  assert.ok(Math.abs(real.now().getTime() - Date.now()) < 5_000);
  assert.throws(() => loadConfig({ MOTCUA_NOW: 'next tuesday' }), /MOTCUA_NOW/);
});

test('timeouts, metrics, proxy hops and rate limits come from the environment through config.ts', () => {
  const c = loadConfig({
    MOTCUA_HEADERS_TIMEOUT_MS: '2000',
    MOTCUA_REQUEST_TIMEOUT_MS: '4000',
    MOTCUA_KEEP_ALIVE_TIMEOUT_MS: '70000',
    MOTCUA_PG_CONNECT_TIMEOUT_MS: '500',
    MOTCUA_PG_STATEMENT_TIMEOUT_MS: '1500',
    MOTCUA_METRICS: 'off',
    MOTCUA_TRUST_PROXY: '2',
    MOTCUA_RATE_LIMITS: 'surveyPerAddress=10/60',
    MOTCUA_HOLIDAYS_FILE: 'calendars/holidays-80.json',
  });
  assert.deepEqual(
    [c.headersTimeoutMs, c.requestTimeoutMs, c.keepAliveTimeoutMs, c.pgConnectTimeoutMs, c.pgStatementTimeoutMs, c.metrics, c.trustProxyHops],
    [2000, 4000, 70000, 500, 1500, false, 2],
  );
  assert.deepEqual(c.rateLimits.surveyPerAddress, { capacity: 10, windowMs: 60_000 });
  // The holidays file that seeds the national calendar: relative to the working directory.
  assert.equal(c.holidaysFile, resolve('calendars/holidays-80.json'));
  const d = loadConfig({});
  assert.equal(d.holidaysFile, undefined);
  assert.deepEqual([d.headersTimeoutMs, d.requestTimeoutMs, d.keepAliveTimeoutMs, d.metrics, d.trustProxyHops], [10_000, 30_000, 65_000, true, 0]);
  assert.throws(() => loadConfig({ MOTCUA_HEADERS_TIMEOUT_MS: 'soon' }), /MOTCUA_HEADERS_TIMEOUT_MS/);
});
