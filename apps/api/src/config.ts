// Server configuration, read once from the environment. Every knob has a safe default so that
// `npm start` on a fresh clone serves the API on embedded PGlite with no setup.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRateLimits, parseTrustProxy, type RateLimitConfig } from './security/rate-limit.js';

export interface Config {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl: string | undefined;
  /** PGlite data directory (`:memory:` keeps everything in memory). */
  dataDir: string;
  /** Origins allowed to call the API from a browser; `['*']` allows any origin (public reads). */
  corsOrigins: string[];
  /** When set at start, a province-wide API key with this value is created (setup only). */
  bootstrapKey: string | undefined;
  /** Province of the bootstrap key (`MOTCUA_BOOTSTRAP_PROVINCE`); every province when unset. */
  bootstrapProvince: string | undefined;
  /** PostgreSQL pool size (`MOTCUA_PG_POOL_MAX`, default 10). */
  poolMax: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Public base URL used in links (printable forms, docs); defaults to the request's origin. */
  publicUrl: string | undefined;
  /** Seed the database on first start (only when it is empty). */
  seed: boolean;
  /** Seconds public catalog answers are kept in this process's memory (`MOTCUA_CACHE_TTL`, default 60; 0 = off). */
  cacheTtlSeconds: number;
  /** Write one JSON line per request to stdout. */
  logRequests: boolean;
  /**
   * The clock for "today" in dossier views (days left, overdue). Real time
   * unless `MOTCUA_NOW` fixes an instant — for demos and tests, whose seeded dossiers are dated
   * around 2026-11-22 and would otherwise drift into "overdue" as the calendar moves on.
   */
  now: () => Date;
  /** Rate limits and the verifier guard (`MOTCUA_RATE_LIMITS`), shared by replicas through the database. */
  rateLimits: RateLimitConfig;
  /** Proxies trusted to append X-Forwarded-For (`MOTCUA_TRUST_PROXY`: false, true = 1, or a hop count). */
  trustProxyHops: number;
  /** A request's headers must arrive within this many ms (`MOTCUA_HEADERS_TIMEOUT_MS`, default 10 000). */
  headersTimeoutMs: number;
  /** A whole request (headers and body) must arrive within this many ms (`MOTCUA_REQUEST_TIMEOUT_MS`, default 30 000). */
  requestTimeoutMs: number;
  /** Idle keep-alive connections are closed after this many ms (`MOTCUA_KEEP_ALIVE_TIMEOUT_MS`, default 65 000, above nginx's 60 s). */
  keepAliveTimeoutMs: number;
  /** Waiting for a PostgreSQL connection gives up after this many ms, answering 503 (`MOTCUA_PG_CONNECT_TIMEOUT_MS`, default 3 000). */
  pgConnectTimeoutMs: number;
  /** Longest PostgreSQL statement in ms (`MOTCUA_PG_STATEMENT_TIMEOUT_MS`, default 10 000). */
  pgStatementTimeoutMs: number;
  /** Serve Prometheus metrics at /metrics (`MOTCUA_METRICS`, default on). */
  metrics: boolean;
  /**
   * A search text that found nothing is stored in clear only once this many different addresses
   * typed it (`MOTCUA_SEARCH_MISS_MIN_ADDRESSES`, default 3, at least 2: one address alone never
   * releases a text).
   */
  searchMissMinAddresses: number;
  /**
   * The holidays file the national working-day calendar is seeded from on first start
   * (`MOTCUA_HOLIDAYS_FILE`, seed/holidays.json shape); the bundled seed/holidays.json when unset.
   * Later changes go through PUT /v1/admin/calendar/{year} or `motcua-api calendar import`.
   */
  holidaysFile: string | undefined;
}

/** The package root (apps/api), whether running from `src/` (tsx) or `dist/` (node). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Seed JSON files live at the package root in both layouts. */
export const SEED_DIR = join(PACKAGE_ROOT, 'seed');

function parseList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined || value.trim() === '') return fallback;
  return value
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter((s) => s.length > 0);
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  return n;
}

function parseNow(value: string | undefined): () => Date {
  if (value === undefined || value.trim() === '') return () => new Date();
  const fixed = new Date(value.trim());
  if (Number.isNaN(fixed.getTime())) throw new Error(`MOTCUA_NOW must be an ISO date-time, got "${value}"`);
  return () => new Date(fixed.getTime());
}

function parseMs(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1) throw new Error(`${name} must be a positive number of milliseconds, got "${value}"`);
  return Math.round(n);
}

function parseBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !/^(0|false|no|off)$/i.test(value.trim());
}

function parseMinAddresses(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2 ? n : 3;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    port: parsePort(env.PORT, 8080),
    host: env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : '0.0.0.0',
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL.trim() : undefined,
    dataDir: env.MOTCUA_DATA_DIR && env.MOTCUA_DATA_DIR.trim() !== '' ? env.MOTCUA_DATA_DIR.trim() : '.data',
    corsOrigins: parseList(env.MOTCUA_CORS_ORIGINS, ['*']),
    bootstrapKey: env.MOTCUA_BOOTSTRAP_KEY && env.MOTCUA_BOOTSTRAP_KEY !== '' ? env.MOTCUA_BOOTSTRAP_KEY : undefined,
    bootstrapProvince: env.MOTCUA_BOOTSTRAP_PROVINCE && env.MOTCUA_BOOTSTRAP_PROVINCE !== '' ? env.MOTCUA_BOOTSTRAP_PROVINCE : undefined,
    poolMax: env.MOTCUA_PG_POOL_MAX ? Math.max(1, Math.min(100, Number(env.MOTCUA_PG_POOL_MAX) || 10)) : 10,
    bodyLimitBytes: env.MOTCUA_BODY_LIMIT ? Math.max(1024, Number(env.MOTCUA_BODY_LIMIT) || 65536) : 64 * 1024,
    publicUrl: env.MOTCUA_PUBLIC_URL && env.MOTCUA_PUBLIC_URL !== '' ? env.MOTCUA_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    seed: parseBool(env.MOTCUA_SEED, true),
    cacheTtlSeconds: env.MOTCUA_CACHE_TTL !== undefined && env.MOTCUA_CACHE_TTL.trim() !== '' ? Math.max(0, Number(env.MOTCUA_CACHE_TTL) || 0) : 60,
    logRequests: parseBool(env.MOTCUA_LOG_REQUESTS, true),
    now: parseNow(env.MOTCUA_NOW),
    rateLimits: parseRateLimits(env.MOTCUA_RATE_LIMITS),
    trustProxyHops: parseTrustProxy(env.MOTCUA_TRUST_PROXY),
    headersTimeoutMs: parseMs('MOTCUA_HEADERS_TIMEOUT_MS', env.MOTCUA_HEADERS_TIMEOUT_MS, 10_000),
    requestTimeoutMs: parseMs('MOTCUA_REQUEST_TIMEOUT_MS', env.MOTCUA_REQUEST_TIMEOUT_MS, 30_000),
    keepAliveTimeoutMs: parseMs('MOTCUA_KEEP_ALIVE_TIMEOUT_MS', env.MOTCUA_KEEP_ALIVE_TIMEOUT_MS, 65_000),
    pgConnectTimeoutMs: parseMs('MOTCUA_PG_CONNECT_TIMEOUT_MS', env.MOTCUA_PG_CONNECT_TIMEOUT_MS, 3_000),
    pgStatementTimeoutMs: parseMs('MOTCUA_PG_STATEMENT_TIMEOUT_MS', env.MOTCUA_PG_STATEMENT_TIMEOUT_MS, 10_000),
    metrics: parseBool(env.MOTCUA_METRICS, true),
    searchMissMinAddresses: parseMinAddresses(env.MOTCUA_SEARCH_MISS_MIN_ADDRESSES),
    holidaysFile: env.MOTCUA_HOLIDAYS_FILE && env.MOTCUA_HOLIDAYS_FILE.trim() !== '' ? resolve(env.MOTCUA_HOLIDAYS_FILE.trim()) : undefined,
  };
  return { ...config, ...overrides };
}
