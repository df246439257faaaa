// Pure parts of the security modules: token buckets with a fake clock, configuration from the
// environment, key format and scopes, canonical request hashing.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimits, TokenBucketLimiter, rateLimitConfigFromEnv, trustedProxyHops, type Clock } from '../src/security/rate-limit.js';
import { bearerToken, formatScope, generateKey, hashKey, isPlausibleKey, lookupPrefix, parseScope, scopeAllowsUnit } from '../src/security/api-keys.js';
import { canonicalJson, isValidIdempotencyKey, requestHash } from '../src/security/idempotency.js';

function fakeClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('security: token buckets', () => {
  test('capacity, then refusal with Retry-After, then refill', () => {
    const clock = fakeClock();
    const l = new TokenBucketLimiter({ capacity: 10, windowMs: 15 * 60_000, clock });
    for (let i = 0; i < 10; i++) assert.equal(l.take('A').ok, true);
    const refused = l.take('A');
    assert.equal(refused.ok, false);
    assert.ok(!refused.ok && refused.retryAfterSeconds === 90, JSON.stringify(refused)); // one token per 90 s
    assert.equal(l.take('B').ok, true, 'other keys unaffected');
    clock.advance(90_000);
    assert.equal(l.take('A').ok, true);
    assert.equal(l.take('A').ok, false);
  });

  test('check does not consume; penalize records failures', () => {
    const clock = fakeClock();
    const l = new TokenBucketLimiter({ capacity: 3, windowMs: 60_000, clock });
    assert.equal(l.check('x').ok, true);
    assert.equal(l.size, 0, 'check creates no bucket');
    l.penalize('x');
    l.penalize('x');
    l.penalize('x');
    const c = l.check('x');
    assert.equal(c.ok, false);
    assert.ok(!c.ok && c.retryAfterSeconds === 20);
  });

  test('cleanup drops refilled buckets; maxKeys evicts the least recently used', () => {
    const clock = fakeClock();
    const l = new TokenBucketLimiter({ capacity: 5, windowMs: 1000, clock, maxKeys: 3 });
    l.take('a');
    l.take('b');
    l.take('c');
    l.take('a');
    l.take('d'); // evicts b
    assert.equal(l.size, 3);
    clock.advance(5000);
    assert.equal(l.cleanup(), 3);
    assert.equal(l.size, 0);
  });

  test('300 surveys in a minute from one address pass the default limits', () => {
    const clock = fakeClock();
    const limits = new RateLimits(rateLimitConfigFromEnv({}), clock);
    for (let i = 0; i < 300; i++) {
      assert.equal(limits.take(limits.surveyPerAddress, '100.64.0.1').ok, true, `survey ${i}`);
      clock.advance(200);
    }
  });

  test('MOTCUA_RATE_LIMITS: off, overrides, errors', () => {
    assert.equal(rateLimitConfigFromEnv({ MOTCUA_RATE_LIMITS: 'off' }).enabled, false);
    const c = rateLimitConfigFromEnv({ MOTCUA_RATE_LIMITS: 'lookupPerAddress=300/60, lookupFailuresPerCode=5/900' });
    assert.deepEqual(c.lookupPerAddress, { capacity: 300, windowMs: 60_000 });
    assert.deepEqual(c.lookupFailuresPerCode, { capacity: 5, windowMs: 900_000 });
    assert.throws(() => rateLimitConfigFromEnv({ MOTCUA_RATE_LIMITS: 'nope=1/1' }));
    assert.throws(() => rateLimitConfigFromEnv({ MOTCUA_RATE_LIMITS: 'garbage' }));
    const off = new RateLimits(rateLimitConfigFromEnv({ MOTCUA_RATE_LIMITS: 'off' }));
    for (let i = 0; i < 1000; i++) assert.equal(off.take(off.lookupPerAddress, 'x').ok, true);
  });

  test('MOTCUA_TRUST_PROXY hops', () => {
    assert.equal(trustedProxyHops({}), 0);
    assert.equal(trustedProxyHops({ MOTCUA_TRUST_PROXY: 'false' }), 0);
    assert.equal(trustedProxyHops({ MOTCUA_TRUST_PROXY: 'true' }), 1);
    assert.equal(trustedProxyHops({ MOTCUA_TRUST_PROXY: '2' }), 2);
  });
});

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
