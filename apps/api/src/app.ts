// The Hono application: middlewares, error handling and the routes of src/routes/index.ts.
// No listening socket here (see server.ts), so tests can call `app.request()` directly.
import { Hono } from 'hono';
import type { Config } from './config.js';
import type { Db } from './db/types.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './db/unavailable.js';
import { responseCache } from './http/cache.js';
import { createMetrics, instrumentDb, requestMetrics, type Metrics } from './http/metrics.js';
import type { Logger } from './http/logger.js';
import { bodyLimit, cors, requestLog, securityHeaders } from './http/middleware.js';
import { HttpProblem, internalError, notFound, problemResponse, unavailable } from './http/problem.js';
import type { AppEnv, AppState } from './http/types.js';
import { registerRoutes } from './routes/index.js';
import { RateLimits } from './security/rate-limit.js';

export interface CreateAppOptions {
  db: Db;
  config: Config;
  logger: Logger;
  state?: AppState;
  /** Metrics registry (default: a new one when config.metrics). */
  metrics?: Metrics;
}

export type App = Hono<AppEnv>;

export function createApp(options: CreateAppOptions): App {
  const { config, logger } = options;
  const state = options.state ?? { draining: false };
  const app = new Hono<AppEnv>();
  const metrics = options.metrics ?? (config.metrics ? createMetrics(options.db.poolStats?.bind(options.db)) : undefined);
  const db = metrics ? instrumentDb(options.db, metrics) : options.db;
  const rateLimits = new RateLimits(db, config.rateLimits, undefined, {
    refused: (limit) => metrics?.rateLimitRefusals.inc({ limit }),
  });

  app.use('*', requestLog(logger, config.logRequests));
  if (metrics) app.use('*', requestMetrics(metrics));
  app.use('*', securityHeaders());
  app.use('/v1/*', cors({ origins: config.corsOrigins }));
  app.use('*', bodyLimit(config.bodyLimitBytes));
  app.use('/v1/*', responseCache({ ttlMs: config.cacheTtlSeconds * 1000 }));

  if (metrics) {
    app.get('/metrics', async (c) => {
      const text = await metrics.registry.metrics();
      return c.body(text, 200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
    });
  }

  registerRoutes(app, { db, config, logger, state, rateLimits });

  app.notFound((c) => problemResponse(c, notFound(`Không có đường dẫn ${c.req.path}.`).problem));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.problem, error.headers);
    const requestId = c.get('requestId');
    if (isDatabaseUnavailable(error)) {
      // PostgreSQL stopped, restarting or cut off: a retryable 503, not a 500 (the pool reconnects by itself).
      metrics?.dbUnavailable.inc();
      logger.warn('database unavailable', { requestId, method: c.req.method, path: c.req.path, error: error instanceof Error ? error.message : String(error) });
      return problemResponse(c, unavailable('Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau giây lát.'), {
        'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
      });
    }
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
