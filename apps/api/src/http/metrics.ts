// Prometheus metrics at GET /metrics, with prom-client (the exposition format, histograms and
// process metrics are what it is for; writing them by hand would only add bugs). One registry per
// app, so tests that build several apps do not share counters.
//
//   motcua_http_requests_total{method,route,status}            requests answered
//   motcua_http_request_duration_seconds{method,route,status}  latency histogram
//   motcua_db_query_duration_seconds{outcome}                  every SQL statement (ok / error)
//   motcua_db_pool_connections{state}                          pool: total / idle / waiting
//   motcua_rate_limit_refusals_total{limit}                    429s by limit
//   motcua_idempotent_replays_total{route}                     stored answers replayed
//   motcua_db_unavailable_total                                503s because PostgreSQL was unreachable
//   + prom-client's default process metrics (CPU, memory, event-loop lag, GC)
//
// `route` is the route pattern ("/v1/units/:code"), never the path a client sent, so a scan of
// random URLs cannot grow the label set ("unmatched" covers every 404 path).
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db, Queryable, QueryResult } from '../db/types.js';
import type { AppEnv } from './types.js';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  queryDuration: Histogram<'outcome'>;
  rateLimitRefusals: Counter<'limit'>;
  idempotentReplays: Counter<'route'>;
  dbUnavailable: Counter;
}

export function createMetrics(poolStats?: () => { total: number; idle: number; waiting: number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'motcua_' });
  const metrics: Metrics = {
    registry,
    requests: new Counter({ name: 'motcua_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    requestDuration: new Histogram({
      name: 'motcua_http_request_duration_seconds',
      help: 'Time to answer an HTTP request (until the handler returns)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    queryDuration: new Histogram({
      name: 'motcua_db_query_duration_seconds',
      help: 'SQL statement time, including waiting for a pool connection',
      labelNames: ['outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({ name: 'motcua_rate_limit_refusals_total', help: 'Requests refused with 429, by limit', labelNames: ['limit'], registers: [registry] }),
    idempotentReplays: new Counter({ name: 'motcua_idempotent_replays_total', help: 'Writes answered from a stored Idempotency-Key answer', labelNames: ['route'], registers: [registry] }),
    dbUnavailable: new Counter({ name: 'motcua_db_unavailable_total', help: 'Requests answered 503 because the database was unreachable', registers: [registry] }),
  };
  if (poolStats) {
    new Gauge({
      name: 'motcua_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting = requests queued for one)',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const s = poolStats();
        this.set({ state: 'total' }, s.total);
        this.set({ state: 'idle' }, s.idle);
        this.set({ state: 'waiting' }, s.waiting);
      },
    });
  }
  return metrics;
}

/** Counts and times every request by route pattern and status. */
export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const end = metrics.requestDuration.startTimer();
    await next();
    let route = routePath(c, -1);
    if (!route || route === '*' || route.endsWith('/*')) route = 'unmatched';
    const labels = { method: c.req.method, route, status: String(c.res.status) };
    end(labels);
    metrics.requests.inc(labels);
    if (c.res.headers.get('idempotent-replayed') === 'true') metrics.idempotentReplays.inc({ route });
  };
}

function timed(metrics: Metrics, q: Queryable): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
      const end = metrics.queryDuration.startTimer();
      try {
        const res = await q.query<T>(sql, params);
        end({ outcome: 'ok' });
        return res;
      } catch (error) {
        end({ outcome: 'error' });
        throw error;
      }
    },
    async exec(sql: string): Promise<void> {
      const end = metrics.queryDuration.startTimer();
      try {
        await q.exec(sql);
        end({ outcome: 'ok' });
      } catch (error) {
        end({ outcome: 'error' });
        throw error;
      }
    },
  };
}

/** The same database, every statement timed (transactions too, statement by statement). */
export function instrumentDb(db: Db, metrics: Metrics): Db {
  const t = timed(metrics, db);
  return {
    kind: db.kind,
    query: t.query,
    exec: t.exec,
    transaction: (fn) => db.transaction((tx) => fn(timed(metrics, tx))),
    close: () => db.close(),
    ...(db.poolStats ? { poolStats: db.poolStats } : {}),
  };
}
