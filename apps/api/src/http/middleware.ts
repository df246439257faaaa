// Cross-cutting middlewares: request id + JSON access log, security headers, CORS, body size.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { Logger } from './logger.js';
import { payloadTooLarge, problemResponse } from './problem.js';
import type { AppEnv } from './types.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Sets a request id and writes one JSON line per request: method, path (no query), status, ms. */
export function requestLog(logger: Logger, enabled = true): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    await next();
    if (!enabled) return;
    const status = c.res.status;
    logger.log(status >= 500 ? 'error' : 'info', 'request', {
      requestId,
      method: c.req.method,
      // path only: query strings may carry what a citizen typed; bodies are never logged
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}

/** Content-Security-Policy of JSON answers: nothing may load, nothing may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Policy for the docs page: our own script (nonce), our own origin only. */
export function docsCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Printable form pages: inline styles, no script. */
export const FORM_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Paths other origins may load: the API and the embed CDN (module scripts are fetched with CORS). */
export const CROSS_ORIGIN_PREFIXES = ['/v1/', '/cdn/'];

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * Security headers. They are prepared before the handler runs (c.header before next), so every
 * response built with c.body()/c.json() carries them from the start; a Response built another way
 * gets them afterwards (which costs a copy of the response).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('cspNonce', randomBytes(16).toString('base64'));
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      // Widgets on commune websites read the API and load the CDN build (/cdn/) from other origins.
      'cross-origin-resource-policy': CROSS_ORIGIN_PREFIXES.some((p) => c.req.path.startsWith(p)) ? 'cross-origin' : 'same-origin',
      'content-security-policy': API_CSP,
    };
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
    await next();
    if (!c.res.headers.has('x-content-type-options')) {
      for (const [k, v] of Object.entries(headers)) if (!c.res.headers.has(k)) c.header(k, v);
    }
  };
}

export interface CorsOptions {
  /** Allowed origins; '*' allows any (no credentials are ever allowed). */
  origins: readonly string[];
  methods?: readonly string[];
  allowHeaders?: readonly string[];
  exposeHeaders?: readonly string[];
  maxAge?: number;
}

/** CORS with an allowlist. Preflights are answered here (204). */
export function cors(options: CorsOptions): MiddlewareHandler<AppEnv> {
  const any = options.origins.includes('*');
  const allowed = new Set(options.origins.map((o) => o.toLowerCase()));
  const methods = (options.methods ?? ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS']).join(', ');
  const allowHeaders = (options.allowHeaders ?? ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'Authorization', 'X-Request-Id']).join(', ');
  const exposeHeaders = (options.exposeHeaders ?? ['ETag', 'Retry-After', 'X-Request-Id', 'Location']).join(', ');
  const maxAge = String(options.maxAge ?? 600);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && (any || allowed.has(origin.toLowerCase()));
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    const headers: Record<string, string> = {};
    if (!any) headers.vary = 'Origin';
    if (ok) headers['access-control-allow-origin'] = any ? '*' : origin;
    if (preflight) {
      if (ok) {
        headers['access-control-allow-methods'] = methods;
        headers['access-control-allow-headers'] = allowHeaders;
        headers['access-control-max-age'] = maxAge;
      }
      return c.body(null, 204, { ...headers, vary: 'Origin' });
    }
    if (ok) headers['access-control-expose-headers'] = exposeHeaders;
    // prepared before the handler (see securityHeaders); added afterwards if the response lacks them
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
    await next();
    if (ok && !c.res.headers.has('access-control-allow-origin')) {
      for (const [k, v] of Object.entries(headers)) c.header(k, v);
    }
  };
}

/**
 * Rejects bodies over `maxBytes` with a 413 problem (Content-Length or streamed size). The answer
 * carries `Connection: close`: the rest of the refused body is still on its way, and must not be
 * read as the next request of a keep-alive connection; Node discards what arrives until the
 * connection closes.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      lingerBeforeClose((c.env as { incoming?: IncomingMessage } | undefined)?.incoming);
      return problemResponse(c, payloadTooLarge(maxBytes).problem, { connection: 'close' });
    },
  });
}

/** How long a refused body may keep arriving after the 413 before the connection is cut. */
const LINGER_MS = 2_000;

/**
 * Lingering close (as nginx's `lingering_close`): after the 413, the server reads and drops what
 * the client still sends and closes when the client has stopped (its FIN) or after LINGER_MS.
 * Closing at once, with the client's bytes still arriving, sends a TCP reset, and a client's
 * system drops the 413 it has received but not read yet: the client saw a reset, not the answer
 * (seen: a chunked upload past the limit, about 1 time in 6).
 */
function lingerBeforeClose(incoming: IncomingMessage | undefined): void {
  const socket = incoming?.socket;
  if (!incoming || !socket) return;
  incoming.resume(); // the rest of the body, read and dropped
  // Node closes a `Connection: close` answer's socket with destroySoon(): end our side (FIN) once
  // the answer is written, and destroy only when the client has finished too, or at the limit.
  socket.destroySoon = function lingeringDestroySoon(this: Socket) {
    this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('end', () => this.destroy());
    this.once('close', () => clearTimeout(timer));
  };
}
