// Pure parts of the security modules: key format and scopes, canonical request hashing.
// (Rate limits, kept in the database: rate-limit.test.ts.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bearerToken, formatScope, generateKey, hashKey, isPlausibleKey, lookupPrefix, parseScope, scopeAllowsUnit } from '../src/security/api-keys.js';
import { canonicalJson, isValidIdempotencyKey, requestHash } from '../src/security/idempotency.js';

describe('security: API key helpers', () => {
  test('generated keys: mc_live_ prefix, 256-bit, distinct, plausible', () => {
    const a = generateKey();
    const b = generateKey();
    assert.match(a, /^mc_live_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
    assert.equal(isPlausibleKey(a), true);
    assert.equal(lookupPrefix(a).length, 16);
    assert.equal(hashKey(a).length, 64);
    assert.equal(isPlausibleKey('short'), false);
    assert.equal(isPlausibleKey('has a space in it!!'), false);
  });

  test('scopes', () => {
    assert.deepEqual(parseScope('province:80'), { kind: 'province', province: '80' });
    assert.deepEqual(parseScope('unit:25459'), { kind: 'unit', unit: '25459' });
    assert.deepEqual(parseScope('province:*'), { kind: 'all' });
    for (const bad of ['province:8', 'unit:1234', 'admin', 'province:80,unit:1', '']) assert.equal(parseScope(bad), null, bad);
    assert.equal(formatScope(parseScope('unit:25459')!), 'unit:25459');
    assert.equal(scopeAllowsUnit({ kind: 'province', province: '80' }, '25459', '80'), true);
    assert.equal(scopeAllowsUnit({ kind: 'province', province: '80' }, '00004', '01'), false);
    assert.equal(scopeAllowsUnit({ kind: 'unit', unit: '25459' }, '25459', '80'), true);
    assert.equal(scopeAllowsUnit({ kind: 'unit', unit: '25459' }, '25460', '80'), false);
    assert.equal(scopeAllowsUnit({ kind: 'all' }, '00004', '01'), true);
  });

  test('bearer parsing', () => {
    assert.equal(bearerToken('Bearer mc_live_abc'), 'mc_live_abc');
    assert.equal(bearerToken('bearer   mc_live_abc '), 'mc_live_abc');
    assert.equal(bearerToken('Basic dXNlcjpwYXNz'), null);
    assert.equal(bearerToken(undefined), null);
  });
});

describe('security: idempotency helpers', () => {
  test('key format', () => {
    assert.equal(isValidIdempotencyKey('0b5c6e2e-0f7e-4d8a-9a55-3f1c2d3e4f50'), true);
    assert.equal(isValidIdempotencyKey('01J9Z3K4M5N6P7Q8R9S0T1U2V3'), true);
    for (const bad of ['', 'short', 'has space 123', 'x'.repeat(256), 'ünïcode-key-123', 'tab\tkey-1234']) assert.equal(isValidIdempotencyKey(bad), false, bad);
  });

  test('canonical JSON ignores key order, not values', () => {
    assert.equal(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] }), '{"a":[1,{"c":3,"d":2}],"b":1}');
    assert.equal(requestHash('POST /v1/surveys', { a: 1, b: 2 }), requestHash('POST /v1/surveys', { b: 2, a: 1 }));
    assert.notEqual(requestHash('POST /v1/surveys', { a: 1 }), requestHash('POST /v1/surveys', { a: 2 }));
    assert.notEqual(requestHash('POST /v1/surveys', { a: 1 }), requestHash('POST /v1/dossiers/evaluations', { a: 1 }));
  });
});
