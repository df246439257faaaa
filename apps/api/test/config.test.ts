import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.js';

test('MOTCUA_NOW fixes the clock for demos and tests; real time otherwise', () => {
  const fixed = loadConfig({ MOTCUA_NOW: '2026-11-22T10:00:00+07:00' });
  assert.equal(fixed.now().toISOString(), '2026-11-22T03:00:00.000Z');
  const real = loadConfig({});
  assert.ok(Math.abs(real.now().getTime() - Date.now()) < 5_000);
  assert.throws(() => loadConfig({ MOTCUA_NOW: 'next tuesday' }), /MOTCUA_NOW/);
});
