// Administrative units and provinces: the public reads (provinces, the unit list, a unit with its
// contact) and the checks of the write API and the citizen routes.
import type { Province, Unit, UnitContact, UnitDetail } from '@motcua/contracts';
import { fold } from '../search/normalize.js';
import type { Queryable } from './types.js';

interface UnitRow {
  code: string;
  name: string;
  full_name: string;
  name_en: string;
  kind: Unit['kind'];
  province_code: string;
  province_name: string;
}

function toUnit(r: UnitRow): Unit {
  return {
    code: r.code,
    name: r.name,
    fullName: r.full_name,
    nameEn: r.name_en,
    kind: r.kind,
    provinceCode: r.province_code,
    provinceName: r.province_name,
  };
}

const UNIT_COLUMNS = 'u.code, u.name, u.full_name, u.name_en, u.kind, u.province_code, p.name AS province_name';

/** A unit with its contact details, or null when the code is unknown. */
export async function getUnitDetail(db: Queryable, code: string): Promise<UnitDetail | null> {
  const res = await db.query<UnitRow & { address: string | null; phone: string | null; email: string | null; hotline: string | null; has_contact: boolean }>(
    `SELECT ${UNIT_COLUMNS}, c.address, c.phone, c.email, c.hotline, (c.unit_code IS NOT NULL) AS has_contact
     FROM units u JOIN provinces p ON p.code = u.province_code
     LEFT JOIN unit_contacts c ON c.unit_code = u.code
     WHERE u.code = $1`,
    [code],
  );
  const row = res.rows[0];
  if (!row) return null;
  const contact: UnitContact | null = row.has_contact
    ? { address: row.address, phone: row.phone, email: row.email, hotline: row.hotline }
    : null;
  return { ...toUnit(row), contact };
}

export async function listProvinces(db: Queryable): Promise<Province[]> {
  const res = await db.query<{ code: string; name: string; full_name: string; name_en: string; kind: Province['kind'] }>(
    'SELECT code, name, full_name, name_en, kind FROM provinces ORDER BY code',
  );
  return res.rows.map((r) => ({ code: r.code, name: r.name, fullName: r.full_name, nameEn: r.name_en, kind: r.kind }));
}

/** The units of the public list: by province and kind, and when `q` is given, whose names start words with its words. */
export async function listUnits(
  db: Queryable,
  query: { province?: string | undefined; kind?: Unit['kind'] | undefined; q?: string | undefined; page: number; limit: number },
): Promise<{ items: Unit[]; total: number }> {
  const values: unknown[] = [query.limit, (query.page - 1) * query.limit];
  const where: string[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  if (query.province) where.push(`u.province_code = ${param(query.province)}`);
  if (query.kind) where.push(`u.kind = ${param(query.kind)}`);
  let order = 'u.code';
  const folded = query.q ? fold(query.q) : '';
  if (query.q !== undefined) {
    const words = folded.split(' ').filter(Boolean).slice(0, 8);
    if (words.length === 0) where.push('false');
    // every word starts a word of the name (any order): "ninh tan" finds "Phường Tân Ninh"
    for (const w of words) where.push(`(' ' || u.search_text) LIKE ${param(`% ${w}%`)}`);
    // exact names first, then names starting with the query
    const exact = param(`% | ${folded} | %`);
    const prefix = param(`${folded}%`);
    order = `CASE WHEN ' | ' || u.search_text || ' | ' LIKE ${exact} THEN 0
                  WHEN u.search_text LIKE ${prefix} OR position(' | ' || ${param(folded)} IN u.search_text) > 0 THEN 1
                  ELSE 2 END, u.code`;
  }
  const res = await db.query<UnitRow & { total: number }>(
    `WITH m AS (SELECT u.code FROM units u ${where.length ? `WHERE ${where.join(' AND ')}` : ''}),
          t AS (SELECT count(*) AS total FROM m)
     SELECT t.total, pg.* FROM t LEFT JOIN LATERAL (
       SELECT ${UNIT_COLUMNS} FROM m JOIN units u ON u.code = m.code JOIN provinces p ON p.code = u.province_code
       ORDER BY ${order} LIMIT $1 OFFSET $2
     ) pg ON true`,
    values,
  );
  return { items: res.rows.filter((r) => r.code !== null).map(toUnit), total: res.rows[0]?.total ?? 0 };
}

/** The province of each known unit code (unknown codes are absent from the map). */
export async function unitProvinces(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const res = await q.query<{ code: string; province_code: string }>('SELECT code, province_code FROM units WHERE code = ANY($1::text[])', [
    [...new Set(codes)],
  ]);
  return new Map(res.rows.map((r) => [r.code, r.province_code]));
}

export async function unitExists(q: Queryable, code: string): Promise<boolean> {
  const res = await q.query('SELECT 1 FROM units WHERE code = $1', [code]);
  return res.rows.length > 0;
}

export async function provinceExists(q: Queryable, code: string): Promise<boolean> {
  const res = await q.query('SELECT 1 FROM provinces WHERE code = $1', [code]);
  return res.rows.length > 0;
}

/** The codes of a province's commune-level units. */
export async function unitCodesOfProvince(q: Queryable, province: string): Promise<string[]> {
  const res = await q.query<{ code: string }>('SELECT code FROM units WHERE province_code = $1', [province]);
  return res.rows.map((r) => r.code);
}
