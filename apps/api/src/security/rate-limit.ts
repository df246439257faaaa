// Rate limits shared by every replica: their state lives in the database (migration 0004), so a
// limit holds whichever replica answers, and PGlite keeps the same code working in one process.
// The tables rate_limit_buckets and verifier_attempts are this module's own storage (its only job),
// so their queries live here rather than in db/.
//
// Two mechanisms:
// - token buckets per client address (lookups, evaluations, surveys) and per API key (admin
//   writes): one atomic UPSERT per request;
// - the verifier guard on dossier codes, against guessing a 4-digit verifier. It never locks a
//   code for everyone (the old design let anyone holding a receipt's code lock its owner out for
//   15 minutes, again and again). Failed attempts are counted per code and address and per code,
//   and they only DELAY the next attempt of an address that has itself failed on that code:
//     wait = lastAttempt(code, address) + max(dAddress(fAddress), dCode(fCode)) − now
//   with d(f) = 0 up to a free allowance, then doubling from `baseDelayMs` up to `maxDelayMs`;
//   counts leak away (one failure forgotten per `decayMs`). An owner typing from an address with
//   no failures on the code is never delayed, however hard others guess. README "Guessing a
//   verifier" gives the expected time to guess.
//
// Limits are generous per address because mobile carriers put thousands of citizens behind one
// address.
import type { Context } from 'hono';
import { prepared } from '../db/prepared.js';
import type { Db } from '../db/types.js';

export interface Clock {
  /** Milliseconds since the epoch; every replica's clock (NTP) and the tests' fake clocks. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface BucketConfig {
  /** Bucket size: how many requests may come at once. */
  capacity: number;
  /** Window in which `capacity` tokens refill (ms). */
  windowMs: number;
}

export interface GuardConfig {
  /** Failures with no delay. */
  free: number;
  /** Delay after the first failure past the free allowance; doubles with each further one. */
  baseDelayMs: number;
  /** Longest delay. */
  maxDelayMs: number;
  /** One failure is forgotten per this many ms. */
  decayMs: number;
}

export interface RateLimitConfig {
  enabled: boolean;
  /** Failed verifications per dossier code and client address (small allowance, steep delays). */
  verifierPerAddress: GuardConfig;
  /** Failed verifications per dossier code from every address (larger allowance, shorter cap). */
  verifierPerCode: GuardConfig;
  /** Lookups per client address. */
  lookupPerAddress: BucketConfig;
  /** Evaluations per client address. */
  evaluationPerAddress: BucketConfig;
  /** Surveys per client address. */
  surveyPerAddress: BucketConfig;
  /** Admin write requests per API key. */
  adminPerKey: BucketConfig;
  /** Feedback items (phản ánh, kiến nghị) sent per client address. */
  feedbackPerAddress: BucketConfig;
  /** Feedback items sent per contact (hashed phone number), whatever the address. */
  feedbackPerContact: BucketConfig;
}

export type BucketName = 'lookupPerAddress' | 'evaluationPerAddress' | 'surveyPerAddress' | 'adminPerKey' | 'feedbackPerAddress' | 'feedbackPerContact';

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  enabled: true,
  // An owner's typos: 3 free, then 1 s, 2 s, 4 s…; a guesser's address settles at 1 try an hour.
  verifierPerAddress: { free: 3, baseDelayMs: 1_000, maxDelayMs: 60 * 60_000, decayMs: 60 * 60_000 },
  // A code under attack (over 20 recent failures): every failing address waits up to 15 min.
  verifierPerCode: { free: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, decayMs: 5 * 60_000 },
  lookupPerAddress: { capacity: 120, windowMs: 60_000 },
  evaluationPerAddress: { capacity: 120, windowMs: 60_000 },
  surveyPerAddress: { capacity: 600, windowMs: 60_000 },
  adminPerKey: { capacity: 6_000, windowMs: 60_000 },
  // Feedback is written text a person types: 60 an hour per address (a carrier's shared address),
  // 5 a day per phone number (one person cannot flood a ward's inbox under one name).
  feedbackPerAddress: { capacity: 60, windowMs: 60 * 60_000 },
  feedbackPerContact: { capacity: 5, windowMs: 24 * 60 * 60_000 },
};

const BUCKETS: BucketName[] = ['lookupPerAddress', 'evaluationPerAddress', 'surveyPerAddress', 'adminPerKey', 'feedbackPerAddress', 'feedbackPerContact'];

/**
 * Reads MOTCUA_RATE_LIMITS (called by config.ts only): "off" disables every limit (benchmarks
 * only); otherwise a comma list overriding defaults: buckets as name=count/seconds, e.g.
 * "lookupPerAddress=300/60", guards as name=free/baseSeconds/maxSeconds/decaySeconds, e.g.
 * "verifierPerAddress=3/1/900/900".
 */
export function parseRateLimits(raw: string | undefined): RateLimitConfig {
  const text = (raw ?? '').trim();
  const config: RateLimitConfig = structuredClone(DEFAULT_RATE_LIMITS);
  if (!text || text === 'on') return config;
  if (/^(off|false|0|disabled)$/i.test(text)) return { ...config, enabled: false };
  for (const part of text.split(',')) {
    const bucket = /^\s*(\w+)\s*=\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(part);
    const guard = /^\s*(\w+)\s*=\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (bucket && (BUCKETS as string[]).includes(bucket[1]!)) {
      config[bucket[1] as BucketName] = { capacity: Number(bucket[2]), windowMs: Number(bucket[3]) * 1000 };
    } else if (guard && (guard[1] === 'verifierPerAddress' || guard[1] === 'verifierPerCode')) {
      config[guard[1]] = {
        free: Number(guard[2]),
        baseDelayMs: Number(guard[3]) * 1000,
        maxDelayMs: Number(guard[4]) * 1000,
        decayMs: Number(guard[5]) * 1000,
      };
    } else {
      throw new Error(`MOTCUA_RATE_LIMITS: cannot read "${part}" (expected bucket=count/seconds, verifierPerAddress|verifierPerCode=free/base/max/decay seconds, or "off")`);
    }
  }
  return config;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Delay (ms) a guard imposes after `failures` failures. */
export function guardDelayMs(g: GuardConfig, failures: number): number {
  // a partly forgotten failure still counts whole until it has leaked away completely
  const over = Math.ceil(failures - 1e-6) - g.free;
  if (over <= 0) return 0;
  return Math.min(g.maxDelayMs, g.baseDelayMs * 2 ** Math.min(over - 1, 40));
}

/** Failures left after leaking for `elapsedMs`. */
export function decayed(g: GuardConfig, failures: number, elapsedMs: number): number {
  return Math.max(0, failures - Math.max(0, elapsedMs) / g.decayMs);
}

interface AttemptRow {
  key: string;
  failures: number;
  updated_ms: number;
}

const CLEANUP_EVERY = 1_000;

/** What rate limiting tells the outside: each refusal, by limit (metrics). */
export interface RateLimitHooks {
  refused?(limit: BucketName | 'verifierPerAddress' | 'verifierPerCode'): void;
}

/** Every limit of one app instance, its state in the database. */
export class RateLimits {
  readonly enabled: boolean;
  private ops = 0;

  constructor(
    private readonly db: Db,
    readonly config: RateLimitConfig = DEFAULT_RATE_LIMITS,
    private readonly clock: Clock = systemClock,
    private readonly hooks: RateLimitHooks = {},
  ) {
    this.enabled = config.enabled;
  }

  /** Takes one token of `bucket` for `key` (one atomic statement, safe across replicas). */
  async take(bucket: BucketName, key: string): Promise<TakeResult> {
    if (!this.enabled) return { ok: true };
    const { capacity, windowMs } = this.config[bucket];
    const rate = capacity / windowMs;
    const now = this.clock.now();
    this.maybeCleanup(now);
    const res = await this.db.query<{ tokens: number; ok: boolean }>(
      TAKE_SQL,
      [`${bucket}:${key}`, capacity, rate, now],
    );
    const row = res.rows[0];
    if (!row || row.ok) return { ok: true };
    this.hooks.refused?.(bucket);
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / rate / 1000)) };
  }

  /**
   * Before checking a verifier for `code` from `address`: refuses (with the wait) when the address
   * must still wait, otherwise records the attempt as a failure in advance, so concurrent guesses
   * (on any replica) each count. Call `verified()` when the verifier matched.
   *
   * One statement: the address's row is updated only if the guard allows it — the condition is
   * evaluated on the row locked by the upsert, so concurrent attempts queue on it — and the code's
   * count goes up only when the address's did. The delays come from guardDelayMs (passed as a
   * table indexed by the failure count), so the rule lives in one place.
   */
  async reserveVerifierAttempt(code: string, address: string): Promise<TakeResult> {
    if (!this.enabled) return { ok: true };
    const { verifierPerAddress: ga, verifierPerCode: gc } = this.config;
    const now = this.clock.now();
    this.maybeCleanup(now);
    const addrKey = `a:${code}|${address}`;
    const codeKey = `c:${code}`;
    const res = await this.db.query<{ failures: number | null }>(RESERVE_SQL, [
      addrKey, codeKey, now, ga.decayMs, gc.decayMs, delayTable(ga), delayTable(gc),
    ]);
    if (res.rows[0]?.failures != null) return { ok: true };
    // Refused: how long until this address may try (read back for the Retry-After only).
    const rows = await this.db.query<AttemptRow>('SELECT key, failures, updated_ms FROM verifier_attempts WHERE key = ANY($1::text[])', [[addrKey, codeKey]]);
    const addr = rows.rows.find((r) => r.key === addrKey);
    const byCode = rows.rows.find((r) => r.key === codeKey);
    const fa = addr ? decayed(ga, addr.failures, now - addr.updated_ms) : 0;
    const fc = byCode ? decayed(gc, byCode.failures, now - byCode.updated_ms) : 0;
    const [da, dc] = [guardDelayMs(ga, fa), guardDelayMs(gc, fc)];
    const wait = addr ? addr.updated_ms + Math.max(da, dc) - now : 1000;
    this.hooks.refused?.(da >= dc ? 'verifierPerAddress' : 'verifierPerCode');
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  }

  /** The verifier matched: the reserved failure is taken back; this address's record is cleared. */
  async verified(code: string, address: string): Promise<void> {
    if (!this.enabled) return;
    const gc = this.config.verifierPerCode;
    const now = this.clock.now();
    await this.db.query(
      VERIFIED_SQL,
      [`a:${code}|${address}`, `c:${code}`, now, gc.decayMs],
    );
  }

  private maybeCleanup(now: number): void {
    if (++this.ops < CLEANUP_EVERY) return;
    this.ops = 0;
    // Rows that have refilled or leaked away carry no information.
    void this.db.query('DELETE FROM rate_limit_buckets WHERE expires_ms < $1', [now]).catch(() => undefined);
    void this.db.query('DELETE FROM verifier_attempts WHERE expires_ms < $1', [now]).catch(() => undefined);
  }
}

/**
 * How many proxies in front of the server append to X-Forwarded-For (config.ts reads
 * MOTCUA_TRUST_PROXY): unset or "false" → 0 (use the socket address); "true"/"1" → 1; a number →
 * that many hops.
 */
export function parseTrustProxy(value: string | undefined): number {
  const raw = (value ?? '').trim().toLowerCase();
  if (!raw || raw === 'false' || raw === '0' || raw === 'no') return 0;
  if (raw === 'true' || raw === 'yes') return 1;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10) : 1;
}

function socketAddress(c: Context): string | undefined {
  // @hono/node-server exposes the Node request as c.env.incoming.
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * The client address for rate limiting. With trusted proxies, the entry of X-Forwarded-For that
 * the outermost trusted proxy saw (counting from the right, so a client cannot spoof it by
 * sending its own header); otherwise the socket's address. IPv6 addresses are cut to their /64
 * (one household or phone gets a whole /64, so single addresses cost an attacker nothing).
 */
export function clientAddress(c: Context, hops: number): string {
  if (hops > 0) {
    const xff = c.req.header('x-forwarded-for');
    if (xff) {
      const list = xff.split(',').map((s) => s.trim()).filter(Boolean);
      const pick = list[Math.max(0, list.length - hops)];
      if (pick) return normalizeAddress(pick);
    }
  }
  return normalizeAddress(socketAddress(c) ?? 'unknown');
}

export function normalizeAddress(a: string): string {
  if (a.startsWith('::ffff:')) return a.slice(7);
  if (a.includes(':')) {
    const groups = expandIpv6(a);
    if (groups) return `${groups.slice(0, 4).join(':')}::/64`;
  }
  return a.slice(0, 64);
}

function expandIpv6(a: string): string[] | null {
  const [head, tail] = a.split('::', 2) as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  if (a.includes('::')) {
    const missing = 8 - h.length - t.length;
    if (missing < 0) return null;
    return [...h, ...Array<string>(missing).fill('0'), ...t].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
  }
  return h.length === 8 ? h.map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')) : null;
}

// The verifier matched: $1 address key (cleared), $2 code key (its reserved failure taken back), $3 now, $4 decay ms.
const VERIFIED_SQL = prepared(
  `WITH cleared AS (DELETE FROM verifier_attempts WHERE key = $1)
       UPDATE verifier_attempts SET failures = GREATEST(0, failures - GREATEST(0, $3::float8 - updated_ms) / $4::float8 - 1),
         updated_ms = GREATEST(updated_ms, $3::float8)
       WHERE key = $2`,
);

// One token bucket step: $1 key, $2 capacity, $3 refill per ms, $4 now (ms). The UPDATE reads the
// row it locks, so concurrent requests on any replica queue on it; `ok` says whether a token was taken.
const TAKE_SQL = prepared(
  `INSERT INTO rate_limit_buckets AS b (key, tokens, updated_ms, expires_ms, ok)
       VALUES ($1, $2::float8 - 1, $4::float8, $4::float8 + 1 / $3::float8, true)
       ON CONFLICT (key) DO UPDATE SET
         ok = LEAST($2::float8, b.tokens + GREATEST(0, $4::float8 - b.updated_ms) * $3::float8) >= 1,
         tokens = LEAST($2::float8, b.tokens + GREATEST(0, $4::float8 - b.updated_ms) * $3::float8)
                  - CASE WHEN LEAST($2::float8, b.tokens + GREATEST(0, $4::float8 - b.updated_ms) * $3::float8) >= 1 THEN 1 ELSE 0 END,
         updated_ms = GREATEST(b.updated_ms, $4::float8),
         expires_ms = $4::float8 + ($2::float8 - LEAST($2::float8, b.tokens + GREATEST(0, $4::float8 - b.updated_ms) * $3::float8) + 1) / $3::float8
       RETURNING tokens, ok`,
);

/** guardDelayMs for 0…n failures (n: where the delay reaches its cap), for RESERVE_SQL. */
const delayTables = new WeakMap<GuardConfig, number[]>();
function delayTable(g: GuardConfig): number[] {
  let table = delayTables.get(g);
  if (!table) {
    table = [];
    for (let f = 0; f <= g.free + 64; f++) {
      table.push(guardDelayMs(g, f));
      if (table.at(-1)! >= g.maxDelayMs) break;
    }
    delayTables.set(g, table);
  }
  return table;
}

// $1 address key, $2 code key, $3 now (ms), $4/$5 decay ms (address/code), $6/$7 delay tables
// (address/code): delay = table[min(ceil(failures), last)] (arrays are 1-based in SQL).
const DECAYED_ADDR = 'GREATEST(0, v.failures - GREATEST(0, $3::float8 - v.updated_ms) / $4::float8)';
const DELAY = (table: string, f: string) => `(${table})[LEAST(GREATEST(CEIL(${f} - 1e-6), 0)::int, array_length(${table}, 1) - 1) + 1]`;
const RESERVE_SQL = prepared(`
  WITH code_now AS (
    SELECT COALESCE((SELECT GREATEST(0, c.failures - GREATEST(0, $3::float8 - c.updated_ms) / $5::float8)
                     FROM verifier_attempts c WHERE c.key = $2), 0) AS fc
  ), addr AS (
    INSERT INTO verifier_attempts AS v (key, failures, updated_ms, expires_ms)
    VALUES ($1, 1, $3::float8, $3::float8 + $4::float8)
    ON CONFLICT (key) DO UPDATE SET
      failures = ${DECAYED_ADDR} + 1,
      updated_ms = GREATEST(v.updated_ms, $3::float8),
      expires_ms = $3::float8 + (${DECAYED_ADDR} + 1) * $4::float8
    WHERE ${DECAYED_ADDR} <= 0
       -- no delay due: allowed even when a concurrent request with a later clock reading wrote first
       OR GREATEST(${DELAY('$6::float8[]', DECAYED_ADDR)}, ${DELAY('$7::float8[]', '(SELECT fc FROM code_now)')}) <= 0
       OR v.updated_ms + GREATEST(${DELAY('$6::float8[]', DECAYED_ADDR)},
                                  ${DELAY('$7::float8[]', '(SELECT fc FROM code_now)')}) <= $3::float8
    RETURNING failures
  ), bump AS (
    INSERT INTO verifier_attempts AS c (key, failures, updated_ms, expires_ms)
    SELECT $2, 1, $3::float8, $3::float8 + $5::float8 WHERE EXISTS (SELECT 1 FROM addr)
    ON CONFLICT (key) DO UPDATE SET
      failures = GREATEST(0, c.failures - GREATEST(0, $3::float8 - c.updated_ms) / $5::float8) + 1,
      updated_ms = GREATEST(c.updated_ms, $3::float8),
      expires_ms = $3::float8 + (GREATEST(0, c.failures - GREATEST(0, $3::float8 - c.updated_ms) / $5::float8) + 1) * $5::float8
    RETURNING failures
  )
  SELECT (SELECT failures FROM addr) AS failures, (SELECT count(*) FROM bump) AS bumped`);

