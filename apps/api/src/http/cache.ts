// Cacheable JSON for catalog reads: a weak ETag (hash of the body), public caching for five
// minutes with a day of stale-while-revalidate, and 304 Not Modified when If-None-Match matches.
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.js';
import { getCatalogVersion } from '../db/catalog.js';

export const CATALOG_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export function weakEtag(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** true when an If-None-Match header value matches the ETag (weak comparison, lists, `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t.replace(/^W\//, '') === opaque;
  });
}

// Responses are built with c.body(): it merges the headers the middlewares prepared before the
// handler ran (security, CORS, request id), so each response is created once, with every header,
// and @hono/node-server can write it on its fast path.

/** A cacheable body that is already JSON text (or HTML with `contentType`). */
export function cachedText(c: Context, body: string, contentType = 'application/json; charset=utf-8', extra: Record<string, string> = {}): Response {
  const etag = weakEtag(body);
  const headers: Record<string, string> = { etag, 'cache-control': CATALOG_CACHE_CONTROL, ...extra };
  // offered to the response cache (see responseCache below)
  (c as Context<AppEnv>).set('cacheable', { body, headers: { ...headers, 'content-type': contentType } });
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, 'content-type': contentType });
}

export function cachedJson(c: Context, data: unknown): Response {
  return cachedText(c, JSON.stringify(data));
}

export function noStoreJson(c: Context, data: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(data), status as 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
}

// ------------------------------------------------------------------------------------------
// In-process cache of public catalog answers. The catalog is public and changes rarely (clients
// may already cache it for 5 minutes), so each process keeps recent answers for a short time
// (MOTCUA_CACHE_TTL, default 60 s; 0 turns it off). Any successful write through this process
// (a non-GET answered 2xx) and any catalog write (upsertProcedure) empties it at once; other
// processes see a change when their entries expire.
// ------------------------------------------------------------------------------------------

export interface CachedAnswer {
  body: string;
  headers: Record<string, string>;
}

interface Entry extends CachedAnswer {
  expires: number;
  version: string;
}

export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries?: number;
  /** Bodies larger than this are not kept. */
  maxBodyBytes?: number;
}

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler<AppEnv> {
  const maxEntries = options.maxEntries ?? 2000;
  const maxBody = options.maxBodyBytes ?? 256 * 1024;
  const entries = new Map<string, Entry>();
  let writes = 0;
  return async (c, next) => {
    const method = c.req.method;
    if (options.ttlMs <= 0) return next();
    if (method === 'OPTIONS') return next();
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      if (c.res.status < 400) {
        writes++;
        entries.clear();
      }
      return;
    }
    const url = new URL(c.req.url);
    const params = [...url.searchParams.entries()].sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
    const key = `${url.host}${url.pathname}?${new URLSearchParams(params).toString()}`;
    const version = `${writes}:${getCatalogVersion()}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now && hit.version === version) {
      if (etagMatches(c.req.header('if-none-match'), hit.headers.etag ?? '')) {
        const { 'content-type': _type, ...rest } = hit.headers;
        return c.body(null, 304, rest);
      }
      return c.body(hit.body, 200, hit.headers);
    }
    await next();
    const answer = c.get('cacheable');
    if (answer && answer.body.length <= maxBody) {
      if (entries.size >= maxEntries) {
        // drop the oldest tenth
        let n = Math.ceil(maxEntries / 10);
        for (const k of entries.keys()) {
          entries.delete(k);
          if (--n === 0) break;
        }
      }
      entries.delete(key);
      // An answer that changes with the clock (a due date "if filed now") says so with a shorter max-age.
      const maxAge = /max-age=(\d+)/.exec(answer.headers['cache-control'] ?? '');
      const ttl = maxAge ? Math.min(options.ttlMs, Number(maxAge[1]) * 1000) : options.ttlMs;
      entries.set(key, { ...answer, expires: now + ttl, version });
    }
  };
}
