// What citizens could not find: searches that returned nothing, counted per day and unit so a
// province can add a dictionary entry the same day (GET /v1/admin/search-misses, CLI
// `motcua-api search-misses`).
//
// No personal data is kept:
// - texts that look like an ID number, a phone number or an e-mail address are never recorded;
// - only the folded text (lowercase, no diacritics) is ever stored, and only once at least
//   minAddresses (config.ts: MOTCUA_SEARCH_MISS_MIN_ADDRESSES, default 3) different client addresses typed it:
//   until then only a keyed hash of the text and keyed, per-day hashes of the addresses exist
//   (a name typed by one person is never stored in clear); pending rows older than 30 days go;
// - addresses are never stored, only HMAC(secret, day + address), the secret kept in the
//   database (search_miss_secret) so every process of one deployment agrees.
// The search_miss* tables are this module's own storage (its only job), so their queries live here
// rather than in db/.
import { createHmac, randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../db/types.js';
import { fold } from './normalize.js';

const PENDING_DAYS = 30;
const MAX_TEXT = 120;

/** true for text that may identify a person: ID / phone numbers, e-mail addresses. */
export function looksPersonal(text: string): boolean {
  if (/@/.test(text)) return true;
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 6) return true;
  // runs of 4+ digits, also written with spaces, dots or dashes ("0912 345", "079.2")
  return /\d[\d .\-]{2,}\d/.test(text) && /\d{4,}/.test(text.replace(/[ .\-]/g, ''));
}

const secrets = new WeakMap<object, Promise<string>>();
function secretOf(db: Queryable): Promise<string> {
  let s = secrets.get(db);
  if (!s) {
    s = (async () => {
      await db.query('INSERT INTO search_miss_secret (one, secret) VALUES (true, $1) ON CONFLICT (one) DO NOTHING', [randomBytes(32).toString('base64url')]);
      const r = await db.query<{ secret: string }>('SELECT secret FROM search_miss_secret WHERE one');
      return r.rows[0]!.secret;
    })();
    s.catch(() => secrets.delete(db));
    secrets.set(db, s);
  }
  return s;
}

function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('base64url').slice(0, 32);
}

/** Vietnam's calendar day of an instant (UTC+7, no daylight saving). */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export interface MissInput {
  q: string;
  unit: string | undefined;
  address: string;
  at: Date;
  /** Config `searchMissMinAddresses`: how many different addresses release a text. */
  minAddresses: number;
}

/** Records a search that found nothing. Returns what was done, for tests and logs. */
export async function recordMiss(db: Db, m: MissInput): Promise<'skipped' | 'pending' | 'released' | 'counted'> {
  if (looksPersonal(m.q)) return 'skipped';
  const text = fold(m.q).slice(0, MAX_TEXT).trim();
  if (text === '') return 'skipped';
  const min = m.minAddresses;
  const secret = await secretOf(db);
  const day = vietnamDay(m.at);
  const unit = m.unit ?? '';
  const qh = hmac(secret, `q:${text}`);
  const known = await db.query('SELECT 1 FROM search_miss_texts WHERE query_hash = $1', [qh]);
  if (known.rows.length > 0) {
    await db.query(
      `INSERT INTO search_misses (day, unit_code, query_hash, kind, count) VALUES ($1::date, $2, $3, 'zero', 1)
       ON CONFLICT (day, unit_code, query_hash, kind) DO UPDATE SET count = search_misses.count + 1`,
      [day, unit, qh],
    );
    return 'counted';
  }
  const ah = hmac(secret, `a:${day}:${m.address}`);
  await db.query('INSERT INTO search_miss_pending (query_hash, day, unit_code, addr_hash) VALUES ($1, $2::date, $3, $4) ON CONFLICT DO NOTHING', [qh, day, unit, ah]);
  const n = await db.query<{ n: number }>('SELECT count(DISTINCT addr_hash)::int AS n FROM search_miss_pending WHERE query_hash = $1', [qh]);
  if ((n.rows[0]?.n ?? 0) < min) return 'pending';
  // Enough different people typed it: keep the text, count what was pending, forget the hashes.
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO search_miss_texts (query_hash, query) VALUES ($1, $2) ON CONFLICT DO NOTHING', [qh, text]);
    await tx.query(
      `INSERT INTO search_misses (day, unit_code, query_hash, kind, count)
       SELECT day, unit_code, query_hash, 'zero', count(*)::int FROM search_miss_pending WHERE query_hash = $1 GROUP BY day, unit_code, query_hash
       ON CONFLICT (day, unit_code, query_hash, kind) DO UPDATE SET count = search_misses.count + EXCLUDED.count`,
      [qh],
    );
    await tx.query('DELETE FROM search_miss_pending WHERE query_hash = $1 OR day < $2::date - $3::int', [qh, day, PENDING_DAYS]);
  });
  return 'released';
}

export interface MissReportRow {
  unit: string | null;
  query: string;
  count: number;
  days: number;
  lastDay: string;
}

export interface MissReportFilter {
  /** Unit codes to include; null = every unit, including searches made without a unit. */
  units: string[] | null;
  from: string;
  to: string;
  limit?: number;
}

/** Texts that found nothing, per unit, most frequent first, over [from, to] (Vietnam days). */
export async function missReport(db: Queryable, f: MissReportFilter): Promise<MissReportRow[]> {
  const res = await db.query<{ unit_code: string; query: string; count: number; days: number; last_day: string }>(
    `SELECT m.unit_code, t.query, sum(m.count)::int AS count, count(DISTINCT m.day)::int AS days, to_char(max(m.day), 'YYYY-MM-DD') AS last_day
     FROM search_misses m JOIN search_miss_texts t ON t.query_hash = m.query_hash
     WHERE m.day BETWEEN $1::date AND $2::date AND ($3::text[] IS NULL OR m.unit_code = ANY($3::text[]))
     GROUP BY m.unit_code, t.query
     ORDER BY count DESC, m.unit_code, t.query
     LIMIT $4`,
    [f.from, f.to, f.units, f.limit ?? 200],
  );
  return res.rows.map((r) => ({ unit: r.unit_code === '' ? null : r.unit_code, query: r.query, count: r.count, days: r.days, lastDay: r.last_day }));
}
