// Chooses the database from the configuration: a PostgreSQL server when DATABASE_URL is set,
// embedded PGlite otherwise.
import type { Db } from './types.js';

export type { Db, Queryable, QueryResult } from './types.js';

export interface DbOptions {
  databaseUrl?: string | undefined;
  /** PGlite folder; `:memory:` for tests. */
  dataDir?: string | undefined;
  poolMax?: number | undefined;
  connectTimeoutMs?: number | undefined;
  statementTimeoutMs?: number | undefined;
}

export async function createDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { createPostgresDb } = await import('./postgres.js');
    return createPostgresDb({
      connectionString: options.databaseUrl,
      ...(options.poolMax ? { max: options.poolMax } : {}),
      ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
      ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    });
  }
  const { createPgliteDb } = await import('./pglite.js');
  return createPgliteDb({ dataDir: options.dataDir ?? '.data' });
}
