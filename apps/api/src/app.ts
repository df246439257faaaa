// The Hono application: middlewares, error handling and the routes of src/routes/index.ts.
// No listening socket here (see server.ts), so tests can call `app.request()` directly.
import { Hono } from 'hono';
import type { Config } from './config.js';
import type { Db } from './db/types.js';
import { responseCache } from './http/cache.js';
import type { Logger } from './http/logger.js';
import { bodyLimit, cors, requestLog, securityHeaders } from './http/middleware.js';
import { HttpProblem, internalError, notFound, problemResponse } from './http/problem.js';
import type { AppEnv } from './http/types.js';
import { registerRoutes } from './routes/index.js';

export interface AppState {
  /** Set when the server is shutting down: /readyz answers 503 so load balancers stop routing. */
  draining: boolean;
}

export interface CreateAppOptions {
  db: Db;
  config: Config;
  logger: Logger;
  state?: AppState;
}

export type App = Hono<AppEnv>;

export function createApp(options: CreateAppOptions): App {
  const { db, config, logger } = options;
  const state = options.state ?? { draining: false };
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(logger, config.logRequests));
  app.use('*', securityHeaders());
  app.use('/v1/*', cors({ origins: config.corsOrigins }));
  app.use('*', bodyLimit(config.bodyLimitBytes));
  app.use('/v1/*', responseCache({ ttlMs: config.cacheTtlSeconds * 1000 }));

  registerRoutes(app, { db, config, logger, state });

  app.notFound((c) => problemResponse(c, notFound(`Không có đường dẫn ${c.req.path}.`).problem));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.problem, error.headers);
    const requestId = c.get('requestId');
    logger.error('unhandled error', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    return problemResponse(c, internalError(requestId));
  });
  return app;
}
