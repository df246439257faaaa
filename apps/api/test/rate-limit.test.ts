// Rate limits kept in the database (shared by replicas), on PGlite and on PostgreSQL when
// DATABASE_URL is set, with a fake clock: token buckets, the verifier guard's growing delays,
// that two app instances on one database share the limits, and the configuration parsing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import {
  DEFAULT_RATE_LIMITS,
  RateLimits,
  guardDelayMs,
  normalizeAddress,
  parseRateLimits,
  parseTrustProxy,
  type Clock,
} from '../src/security/rate-limit.js';
import { BACKEND_NAMES, openEmpty, type TestDb } from './public-support.js';

function fakeClock(start = 1_000_000): Clock & { advance(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('rate limits: configuration', () => {
  test('MOTCUA_RATE_LIMITS: off, bucket and guard overrides, errors; read through config.ts', () => {
    assert.equal(parseRateLimits('off').enabled, false);
    const c = parseRateLimits('lookupPerAddress=300/60, verifierPerAddress=2/0.5/60/120');
    assert.deepEqual(c.lookupPerAddress, { capacity: 300, windowMs: 60_000 });
    assert.deepEqual(c.verifierPerAddress, { free: 2, baseDelayMs: 500, maxDelayMs: 60_000, decayMs: 120_000 });
    assert.deepEqual(c.verifierPerCode, DEFAULT_RATE_LIMITS.verifierPerCode);
    assert.throws(() => parseRateLimits('nope=1/1'));
    assert.throws(() => parseRateLimits('garbage'));
    assert.throws(() => loadConfig({ MOTCUA_RATE_LIMITS: 'garbage' }), /MOTCUA_RATE_LIMITS/);
    assert.equal(loadConfig({ MOTCUA_RATE_LIMITS: 'off' }).rateLimits.enabled, false);
  });

  test('MOTCUA_TRUST_PROXY hops; IPv6 clients counted by /64', () => {
    assert.equal(parseTrustProxy(undefined), 0);
    assert.equal(parseTrustProxy('false'), 0);
    assert.equal(parseTrustProxy('true'), 1);
    assert.equal(parseTrustProxy('2'), 2);
    assert.equal(loadConfig({ MOTCUA_TRUST_PROXY: 'true' }).trustProxyHops, 1);
    assert.equal(normalizeAddress('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(normalizeAddress('2001:db8:1:2:aaaa::1'), normalizeAddress('2001:0db8:1:2:bbbb:cccc:dddd:eeee'));
    assert.notEqual(normalizeAddress('2001:db8:1:2::1'), normalizeAddress('2001:db8:1:3::1'));
  });

  test('guard delays: free allowance, then doubling, capped', () => {
    const g = { free: 3, baseDelayMs: 1000, maxDelayMs: 8000, decayMs: 60_000 };
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((f) => guardDelayMs(g, f)), [0, 0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
});

for (const backend of BACKEND_NAMES) {
  describe(`rate limits in the database (${backend})`, () => {
    let t: TestDb;
    before(async () => {
      t = await openEmpty(backend);
      await migrate(t.db);
    });
    after(async () => {
      await t.close();
    });

    test('token bucket: capacity, then 429 with Retry-After, then refill; shared by two instances', async () => {
      const clock = fakeClock();
      const config = { ...DEFAULT_RATE_LIMITS, lookupPerAddress: { capacity: 10, windowMs: 15 * 60_000 } };
      const one = new RateLimits(t.db, config, clock);
      const two = new RateLimits(t.db, config, clock); // a second replica on the same database
      for (let i = 0; i < 10; i++) assert.equal((await (i % 2 ? one : two).take('lookupPerAddress', 'A')).ok, true, `take ${i}`);
      const refused = await one.take('lookupPerAddress', 'A');
      assert.deepEqual(refused, { ok: false, retryAfterSeconds: 90 }); // one token per 90 s
      assert.equal((await two.take('lookupPerAddress', 'A')).ok, false, 'the other replica refuses too');
      assert.equal((await one.take('lookupPerAddress', 'B')).ok, true, 'other keys unaffected');
      clock.advance(90_000);
      assert.equal((await two.take('lookupPerAddress', 'A')).ok, true);
      assert.equal((await one.take('lookupPerAddress', 'A')).ok, false);
    });

    test('concurrent takes never exceed the capacity', async () => {
      const clock = fakeClock(5_000_000);
      const config = { ...DEFAULT_RATE_LIMITS, surveyPerAddress: { capacity: 5, windowMs: 3_600_000 } };
      const a = new RateLimits(t.db, config, clock);
      const b = new RateLimits(t.db, config, clock);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take('surveyPerAddress', 'C')));
      assert.equal(results.filter((r) => r.ok).length, 5);
    });

    test('verifier guard: an address that keeps failing waits longer and longer; the owner elsewhere never waits', async () => {
      const clock = fakeClock(9_000_000);
      const config = {
        ...DEFAULT_RATE_LIMITS,
        verifierPerAddress: { free: 3, baseDelayMs: 1000, maxDelayMs: 60_000, decayMs: 3_600_000 },
        verifierPerCode: { free: 100, baseDelayMs: 1000, maxDelayMs: 30_000, decayMs: 3_600_000 },
      };
      const limits = new RateLimits(t.db, config, clock);
      const code = 'CODE-GUARD-1';
      const waits: number[] = [];
      for (let i = 0; i < 8; i++) {
        const r = await limits.reserveVerifierAttempt(code, '198.51.100.1');
        if (r.ok) continue; // a failure, recorded in advance
        waits.push(r.retryAfterSeconds);
        clock.advance(r.retryAfterSeconds * 1000);
        i--;
      }
      // 3 free, then 1 s, 2 s, 4 s, 8 s, 16 s before the 5th…8th attempts
      assert.deepEqual(waits, [1, 2, 4, 8]);
      const refused = await limits.reserveVerifierAttempt(code, '198.51.100.1');
      assert.deepEqual(refused, { ok: false, retryAfterSeconds: 16 });
      // The owner, from another address, is not delayed and their success clears their record.
      assert.equal((await limits.reserveVerifierAttempt(code, '203.0.113.9')).ok, true);
      await limits.verified(code, '203.0.113.9');
      assert.equal((await limits.reserveVerifierAttempt(code, '203.0.113.9')).ok, true);
    });

    test('verifier guard: failures on the code from many addresses slow every failing address, held across instances', async () => {
      const clock = fakeClock(20_000_000);
      const config = {
        ...DEFAULT_RATE_LIMITS,
        verifierPerAddress: { free: 3, baseDelayMs: 1000, maxDelayMs: 60_000, decayMs: 3_600_000 },
        verifierPerCode: { free: 5, baseDelayMs: 10_000, maxDelayMs: 40_000, decayMs: 3_600_000 },
      };
      const replicas = [new RateLimits(t.db, config, clock), new RateLimits(t.db, config, clock)];
      const code = 'CODE-GUARD-2';
      // 8 addresses fail once each (on alternating replicas): the code has 8 failures.
      for (let i = 0; i < 8; i++) assert.equal((await replicas[i % 2]!.reserveVerifierAttempt(code, `192.0.2.${i}`)).ok, true);
      // An address with one failure must now wait the code's delay (8 − 5 = 3 over → 40 s cap), on either replica.
      const r = await replicas[1]!.reserveVerifierAttempt(code, '192.0.2.0');
      assert.deepEqual(r, { ok: false, retryAfterSeconds: 40 });
      assert.equal((await replicas[0]!.reserveVerifierAttempt(code, '192.0.2.1')).ok, false);
      // A fresh address (the owner) goes through at once.
      assert.equal((await replicas[0]!.reserveVerifierAttempt(code, '203.0.113.50')).ok, true);
      clock.advance(40_000);
      assert.equal((await replicas[1]!.reserveVerifierAttempt(code, '192.0.2.0')).ok, true);
    });

    test('verifier guard: concurrent guesses from one address each count', async () => {
      const clock = fakeClock(40_000_000);
      const config = { ...DEFAULT_RATE_LIMITS, verifierPerAddress: { free: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, decayMs: 3_600_000 } };
      const a = new RateLimits(t.db, config, clock);
      const b = new RateLimits(t.db, config, clock);
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).reserveVerifierAttempt('CODE-GUARD-3', '198.51.100.77')));
      assert.equal(results.filter((r) => r.ok).length, 4, '3 free + the 4th that starts the delay');
    });

    test('off: nothing is limited or stored', async () => {
      const off = new RateLimits(t.db, parseRateLimits('off'));
      for (let i = 0; i < 200; i++) assert.equal((await off.take('lookupPerAddress', 'off-key')).ok, true);
      const rows = await t.db.query<{ n: number }>("SELECT count(*) AS n FROM rate_limit_buckets WHERE key LIKE '%off-key'");
      assert.equal(rows.rows[0]!.n, 0);
    });
  });
}
