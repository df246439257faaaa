// Idempotent writes: a client sends `Idempotency-Key: <key>` with a POST; the server stores the
// key, a hash of the request and the response in the SAME transaction as the write. A replay with
// the same key and body answers the stored response (with `Idempotent-Replayed: true`); the same
// key with another body is refused (422). Concurrent replays are serialised by the table's
// primary key (route, key): the loser's INSERT … ON CONFLICT waits for the winner's transaction,
// finds the key taken, rolls its own write back and answers the winner's committed response.
// Only successful (2xx) answers are stored; a refused write rolls back, so the client may fix its
// request and retry with the same key.
// The table idempotency_keys is this module's own storage (its only job), so its queries live here
// rather than in db/.
import { createHash } from 'node:crypto';
import { prepared } from '../db/prepared.js';
import type { Db, Queryable } from '../db/types.js';

const FIND_STORED_SQL = prepared('SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE route = $1 AND key = $2');

/** As the contract (IdempotencyHeadersSchema): 8–255 printable ASCII characters (UUIDs, ULIDs…). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{8,255}$/;

export function isValidIdempotencyKey(key: string): boolean {
  return IDEMPOTENCY_KEY_PATTERN.test(key);
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function requestHash(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonicalJson(body)).digest('hex');
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type IdempotentOutcome =
  | { kind: 'fresh'; status: number; body: unknown }
  | { kind: 'replayed'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

class Rollback extends Error {
  constructor(readonly response: StoredResponse | null) {
    super('rollback');
  }
}

async function findStored(
  q: Queryable,
  opts: { route: string; key: string; hash: string },
): Promise<IdempotentOutcome | null> {
  const prior = await q.query<{ request_hash: string; response_status: number; response_body: unknown }>(
    FIND_STORED_SQL,
    [opts.route, opts.key],
  );
  const row = prior.rows[0];
  if (!row) return null;
  if (row.request_hash !== opts.hash) return { kind: 'mismatch' };
  return { kind: 'replayed', status: row.response_status, body: row.response_body };
}

/** Whether an answer is stored for (route, key): a retry of an accepted write. */
export async function hasStoredAnswer(q: Queryable, route: string, key: string): Promise<boolean> {
  const res = await q.query('SELECT 1 FROM idempotency_keys WHERE route = $1 AND key = $2', [route, key]);
  return res.rows.length > 0;
}

/**
 * Runs `write` once per (route, key), in one transaction with the stored answer:
 * 1. a stored answer for the key → replay (or mismatch when the body differs);
 * 2. otherwise `write(tx)`; a non-2xx answer rolls back (nothing stored, the key stays free);
 * 3. the key row is inserted ON CONFLICT DO NOTHING: when a concurrent request with the same key
 *    committed first, this transaction rolls back and answers the winner's stored response. A
 *    unique violation raised by the write itself (e.g. the concurrent twin already inserted the
 *    evaluation) is resolved the same way.
 */
export async function idempotentWrite(
  db: Db,
  opts: { route: string; key: string; hash: string },
  write: (tx: Queryable) => Promise<StoredResponse>,
): Promise<IdempotentOutcome> {
  const early = await findStored(db, opts);
  if (early) return early;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.transaction(async (tx): Promise<IdempotentOutcome> => {
        const stored = await findStored(tx, opts);
        if (stored) return stored;
        const response = await write(tx);
        if (response.status < 200 || response.status > 299) throw new Rollback(response);
        const claimed = await tx.query(
          `INSERT INTO idempotency_keys (route, key, request_hash, response_status, response_body)
           VALUES ($1, $2, $3, $4, $5::text::jsonb)
           ON CONFLICT (route, key) DO NOTHING RETURNING key`,
          [opts.route, opts.key, opts.hash, response.status, JSON.stringify(response.body)],
        );
        if (claimed.rows.length === 0) throw new Rollback(null); // a twin committed first
        return { kind: 'fresh', status: response.status, body: response.body };
      });
    } catch (err) {
      if (err instanceof Rollback && err.response) {
        // A refusal (409, 422…) may be the consequence of a concurrent twin that committed the
        // same write: prefer its stored answer when there is one.
        const twin = await findStored(db, opts);
        return twin ?? { kind: 'fresh', ...err.response };
      }
      if (err instanceof Rollback || isUniqueViolation(err)) {
        const twin = await findStored(db, opts);
        if (twin) return twin;
        if (attempt < 2) continue;
      }
      throw err;
    }
  }
  return { kind: 'in-progress' };
}

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505';
}
