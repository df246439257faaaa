// The one data-access interface of the server. Two implementations (embedded PGlite and a `pg`
// pool) run the same SQL, return the same JavaScript values and share these rules:
//   - parameters are `$1, $2, …`; pass JSON as a string and cast with `$n::text::jsonb` (the two
//     drivers serialise objects and arrays differently, a string is sent the same way by both);
//   - text arrays may be passed as JS arrays with an explicit cast (`$1::text[]`);
//   - int8/bigint (e.g. `count(*)`) and numeric come back as JS numbers, `date` as 'YYYY-MM-DD'
//     strings, timestamptz as Date, json/jsonb parsed.

export interface QueryResult<T> {
  rows: T[];
  /** Rows returned by a SELECT or changed by INSERT/UPDATE/DELETE. */
  rowCount: number;
}

/** What can run SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements separated by `;` (no parameters), e.g. a migration file. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` inside BEGIN … COMMIT; a thrown error rolls back and is rethrown. Do not use the
   * outer `Db` inside `fn` (on PGlite it would wait for the transaction to end): use `tx`.
   */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
  /** Connections of the pool (PostgreSQL only), for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number };
}

export const PG_TYPES = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
} as const;
