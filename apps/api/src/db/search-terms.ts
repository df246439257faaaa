// Writes of a province's everyday-term dictionary (table search_synonyms) by the admin API, each
// recorded in search_synonym_audit with the key that made it. Reading and compiling the
// dictionary for search is search/dictionary.ts.
import type { SynonymEntry } from '../search/dictionary.js';
import type { Queryable } from './types.js';

export type SearchTermInput = Pick<SynonymEntry, 'kind' | 'from' | 'to' | 'source' | 'reason'>;

/** Creates or replaces entry `id` of `province`; true when it was created. Run inside a transaction. */
export async function upsertSearchTerm(q: Queryable, province: string, id: string, term: SearchTermInput, keyPrefix: string): Promise<boolean> {
  const before = await q.query<{ row: unknown }>(
    'SELECT to_jsonb(s) - \'updated_at\' AS row FROM search_synonyms s WHERE province_code = $1 AND id = $2 FOR UPDATE',
    [province, id],
  );
  const after = { kind: term.kind, from: term.from, to: term.to, source: term.source, reason: term.reason };
  await q.query(
    `INSERT INTO search_synonyms (id, province_code, kind, from_phrases, to_phrases, source, reason)
     VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7)
     ON CONFLICT (province_code, id) DO UPDATE SET kind = EXCLUDED.kind, from_phrases = EXCLUDED.from_phrases,
       to_phrases = EXCLUDED.to_phrases, source = EXCLUDED.source, reason = EXCLUDED.reason, updated_at = now()`,
    [id, province, term.kind, term.from, term.to, term.source, term.reason],
  );
  const created = before.rows.length === 0;
  await q.query(
    `INSERT INTO search_synonym_audit (province_code, id, action, key_prefix, before, after) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)`,
    [province, id, created ? 'create' : 'update', keyPrefix, created ? null : JSON.stringify(before.rows[0]!.row), JSON.stringify(after)],
  );
  return created;
}

/** Deletes entry `id` of `province`; false when there was none. Run inside a transaction. */
export async function deleteSearchTerm(q: Queryable, province: string, id: string, keyPrefix: string): Promise<boolean> {
  const before = await q.query<{ row: unknown }>(
    'DELETE FROM search_synonyms s WHERE province_code = $1 AND id = $2 RETURNING to_jsonb(s) - \'updated_at\' AS row',
    [province, id],
  );
  if (before.rows.length === 0) return false;
  await q.query(
    `INSERT INTO search_synonym_audit (province_code, id, action, key_prefix, before, after) VALUES ($1, $2, 'delete', $3, $4::text::jsonb, NULL)`,
    [province, id, keyPrefix, JSON.stringify(before.rows[0]!.row)],
  );
  return true;
}
