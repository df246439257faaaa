// Types shared by the HTTP layer.
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import type { RateLimits } from '../security/rate-limit.js';
import type { Logger } from './logger.js';

/** Hono environment of the app: per-request variables set by the middlewares. */
export interface AppEnv {
  Variables: {
    /** Random id of the request, echoed as X-Request-Id and written in the log line. */
    requestId: string;
    /** Nonce for inline scripts of HTML pages (docs), set by the security-headers middleware. */
    cspNonce: string;
    /** A cacheable 200 answer (body and headers), offered to the response cache by cachedText(). */
    cacheable: { body: string; headers: Record<string, string> } | undefined;
  };
}

/** What every route module receives. */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
}

/** State of the running server shared with the app (set by server.ts, read by /readyz). */
export interface AppState {
  /** Set when the server is shutting down: /readyz answers 503 so load balancers stop routing. */
  draining: boolean;
}

/** What routes/index.ts hands every route module: the app's dependencies, its state and limits. */
export interface RouteDeps extends AppDeps {
  state: AppState;
  /** Limits of this app, their state in the database (shared by replicas). */
  rateLimits: RateLimits;
}
