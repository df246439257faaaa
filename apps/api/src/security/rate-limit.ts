// In-memory token buckets. One process serves one province; several replicas each keep their
// own buckets, which only makes the limits per replica (documented in the README).
//
// Limits are built to stop guessing without turning away citizens who share one address: mobile
// carriers put thousands of people behind one IP, so per-address limits are generous and the
// real protection is per dossier code (failed verifications lock that code for everyone).
import type { Context } from 'hono';

export interface Clock {
  /** Milliseconds, monotonic enough for rate limiting. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface BucketOptions {
  /** Bucket size: how many requests may come at once. */
  capacity: number;
  /** Window in which `capacity` tokens refill (ms). */
  windowMs: number;
  clock?: Clock;
  /** Most keys kept; the least recently used are dropped first beyond that. */
  maxKeys?: number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updated: number;
}

export class TokenBucketLimiter {
  readonly capacity: number;
  readonly windowMs: number;
  private readonly ratePerMs: number;
  private readonly clock: Clock;
  private readonly maxKeys: number;
  private readonly buckets = new Map<string, Bucket>();
  private ops = 0;

  constructor(options: BucketOptions) {
    if (!(options.capacity > 0) || !(options.windowMs > 0)) throw new RangeError('capacity and windowMs must be positive');
    this.capacity = options.capacity;
    this.windowMs = options.windowMs;
    this.ratePerMs = options.capacity / options.windowMs;
    this.clock = options.clock ?? systemClock;
    this.maxKeys = options.maxKeys ?? 100_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(key: string, touch: boolean): Bucket {
    const now = this.clock.now();
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.capacity, updated: now };
      if (touch) {
        this.buckets.set(key, b);
        if (this.buckets.size > this.maxKeys) {
          const oldest = this.buckets.keys().next().value;
          if (oldest !== undefined) this.buckets.delete(oldest);
        }
      }
      return b;
    }
    const elapsed = Math.max(0, now - b.updated);
    b.tokens = Math.min(this.capacity, b.tokens + elapsed * this.ratePerMs);
    b.updated = now;
    if (touch) {
      // Move to the end: the Map's order is least recently used first.
      this.buckets.delete(key);
      this.buckets.set(key, b);
    }
    return b;
  }

  private retryAfter(b: Bucket, cost: number): number {
    return Math.max(1, Math.ceil((cost - b.tokens) / this.ratePerMs / 1000));
  }

  /** Takes `cost` tokens if there are enough. */
  take(key: string, cost = 1): TakeResult {
    this.maybeCleanup();
    const b = this.refill(key, true);
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return { ok: true, remaining: Math.floor(b.tokens) };
    }
    return { ok: false, retryAfterSeconds: this.retryAfter(b, cost) };
  }

  /** Whether `cost` tokens are available, without taking them. */
  check(key: string, cost = 1): TakeResult {
    const b = this.refill(key, false);
    if (b.tokens >= cost) return { ok: true, remaining: Math.floor(b.tokens) };
    return { ok: false, retryAfterSeconds: this.retryAfter(b, cost) };
  }

  /** Takes tokens even when that goes below zero (records a failure that already happened). */
  penalize(key: string, cost = 1): void {
    this.maybeCleanup();
    const b = this.refill(key, true);
    b.tokens = Math.max(-this.capacity, b.tokens - cost);
  }

  /** Gives tokens back (a reserved attempt that turned out fine), never above capacity. */
  refund(key: string, cost = 1): void {
    const b = this.buckets.get(key);
    if (!b) return;
    this.refill(key, false);
    b.tokens = Math.min(this.capacity, b.tokens + cost);
  }

  reset(key?: string): void {
    if (key === undefined) this.buckets.clear();
    else this.buckets.delete(key);
  }

  /** Drops buckets that have refilled completely (they carry no information). */
  cleanup(): number {
    const now = this.clock.now();
    let removed = 0;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.updated) * this.ratePerMs >= this.capacity) {
        this.buckets.delete(key);
        removed++;
      }
    }
    return removed;
  }

  private maybeCleanup(): void {
    if (++this.ops >= 10_000) {
      this.ops = 0;
      this.cleanup();
    }
  }
}

export interface RateLimitConfig {
  enabled: boolean;
  /** Failed verifications per dossier code before the code is locked for everyone. */
  lookupFailuresPerCode: { capacity: number; windowMs: number };
  /** Lookups per client address. */
  lookupPerAddress: { capacity: number; windowMs: number };
  /** Evaluations per client address. */
  evaluationPerAddress: { capacity: number; windowMs: number };
  /** Surveys per client address. */
  surveyPerAddress: { capacity: number; windowMs: number };
  /** Admin write requests per API key. */
  adminPerKey: { capacity: number; windowMs: number };
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  enabled: true,
  lookupFailuresPerCode: { capacity: 10, windowMs: 15 * 60_000 },
  lookupPerAddress: { capacity: 120, windowMs: 60_000 },
  evaluationPerAddress: { capacity: 120, windowMs: 60_000 },
  surveyPerAddress: { capacity: 600, windowMs: 60_000 },
  adminPerKey: { capacity: 6_000, windowMs: 60_000 },
};

/**
 * Reads MOTCUA_RATE_LIMITS: "off" disables every limit (benchmarks only); otherwise a comma list
 * overriding defaults, e.g. "lookupPerAddress=300/60,lookupFailuresPerCode=5/900" (count/seconds).
 */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const raw = (env.MOTCUA_RATE_LIMITS ?? '').trim();
  const config: RateLimitConfig = structuredClone(DEFAULT_RATE_LIMITS);
  if (!raw || raw === 'on') return config;
  if (/^(off|false|0|disabled)$/i.test(raw)) return { ...config, enabled: false };
  for (const part of raw.split(',')) {
    const m = /^\s*(\w+)\s*=\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`MOTCUA_RATE_LIMITS: cannot read "${part}" (expected name=count/seconds or "off")`);
    const name = m[1] as keyof RateLimitConfig;
    if (name === 'enabled' || !(name in config)) throw new Error(`MOTCUA_RATE_LIMITS: unknown limit "${m[1]}"`);
    config[name] = { capacity: Number(m[2]), windowMs: Number(m[3]) * 1000 };
  }
  return config;
}

/** Every limiter one app instance needs. */
export class RateLimits {
  readonly enabled: boolean;
  readonly lookupFailuresPerCode: TokenBucketLimiter;
  readonly lookupPerAddress: TokenBucketLimiter;
  readonly evaluationPerAddress: TokenBucketLimiter;
  readonly surveyPerAddress: TokenBucketLimiter;
  readonly adminPerKey: TokenBucketLimiter;

  constructor(config: RateLimitConfig = DEFAULT_RATE_LIMITS, clock: Clock = systemClock) {
    this.enabled = config.enabled;
    this.lookupFailuresPerCode = new TokenBucketLimiter({ ...config.lookupFailuresPerCode, clock });
    this.lookupPerAddress = new TokenBucketLimiter({ ...config.lookupPerAddress, clock });
    this.evaluationPerAddress = new TokenBucketLimiter({ ...config.evaluationPerAddress, clock });
    this.surveyPerAddress = new TokenBucketLimiter({ ...config.surveyPerAddress, clock });
    this.adminPerKey = new TokenBucketLimiter({ ...config.adminPerKey, clock });
  }

  take(limiter: TokenBucketLimiter, key: string): TakeResult {
    if (!this.enabled) return { ok: true, remaining: limiter.capacity };
    return limiter.take(key);
  }

  check(limiter: TokenBucketLimiter, key: string): TakeResult {
    if (!this.enabled) return { ok: true, remaining: limiter.capacity };
    return limiter.check(key);
  }

  penalize(limiter: TokenBucketLimiter, key: string): void {
    if (this.enabled) limiter.penalize(key);
  }

  refund(limiter: TokenBucketLimiter, key: string): void {
    if (this.enabled) limiter.refund(key);
  }

  cleanup(): void {
    for (const l of [this.lookupFailuresPerCode, this.lookupPerAddress, this.evaluationPerAddress, this.surveyPerAddress, this.adminPerKey]) {
      l.cleanup();
    }
  }
}

/**
 * How many proxies in front of the server append to X-Forwarded-For. MOTCUA_TRUST_PROXY unset or
 * "false" → 0 (use the socket address); "true"/"1" → 1; a number → that many hops.
 */
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env.MOTCUA_TRUST_PROXY ?? '').trim().toLowerCase();
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
 * sending its own header); otherwise the socket's address.
 */
export function clientAddress(c: Context, hops = trustedProxyHops()): string {
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

function normalizeAddress(a: string): string {
  return a.startsWith('::ffff:') ? a.slice(7) : a.slice(0, 64);
}
