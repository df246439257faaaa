// Administrative units and provinces as the write API and the citizen routes check them.
import type { Queryable } from './types.js';

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
