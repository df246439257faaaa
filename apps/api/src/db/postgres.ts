// PostgreSQL server through a `pg` connection pool.
import pg from 'pg';
import type { Db, QueryResult, Queryable } from './types.js';
import { PG_TYPES } from './types.js';
import { preparedName } from './prepared.js';
import { isDatabaseUnavailable } from './unavailable.js';

const typeOverrides = new pg.TypeOverrides();
typeOverrides.setTypeParser(PG_TYPES.INT8, (x: string) => Number(x));
typeOverrides.setTypeParser(PG_TYPES.NUMERIC, (x: string) => Number(x));
typeOverrides.setTypeParser(PG_TYPES.DATE, (x: string) => x);

export interface PostgresOptions {
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
  /** Name reported in pg_stat_activity. */
  applicationName?: string;
  /** Waiting for a connection gives up after this many ms (default 3 000): an unreachable server answers fast. */
  connectTimeoutMs?: number;
  /** Longest statement in ms (default 10 000), enforced by the server and, should the server vanish, by the client. */
  statementTimeoutMs?: number;
}

function wrap(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const name = preparedName(sql);
      const res = name ? await q.query({ name, text: sql, values: params as unknown[] }) : await q.query(sql, params as unknown[]);
      return { rows: res.rows as T[], rowCount: res.rowCount ?? res.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await q.query(sql);
    },
  };
}

export async function createPostgresDb(options: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'motcua-api',
    types: typeOverrides,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3_000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    // A server that stops answering (network cut, not a refused connection) must not hang requests.
    query_timeout: (options.statementTimeoutMs ?? 10_000) + 2_000,
    keepAlive: true,
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  // Fail fast when the server is unreachable.
  await pool.query('SELECT 1');
  const base = wrap(pool);
  let closed = false;
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> {
      const client = await pool.connect();
      // A checked-out client whose connection dies (server stopped) emits 'error' between
      // queries; the pool only listens on idle clients, and an unheard 'error' kills the process.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (isDatabaseUnavailable(error)) broken ??= error as Error;
        if (!broken) await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.off('error', onError);
        // A broken connection is destroyed, not returned to the pool.
        client.release(broken ?? false);
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
