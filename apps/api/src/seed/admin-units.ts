// The 34 provinces and 3,321 commune-level units, inserted with one statement per table
// (unnest of column arrays) inside the caller's transaction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from '../db/types.js';
import { fold } from '../search/normalize.js';

export interface AdminUnitsFile {
  source: string;
  provinces: { code: string; name: string; fullName: string; nameEn: string; kind: string }[];
  communes: { code: string; provinceCode: string; name: string; fullName: string; nameEn: string; kind: string }[];
}

export function readAdminUnits(seedDir: string): AdminUnitsFile {
  return JSON.parse(readFileSync(join(seedDir, 'admin-units-vn.json'), 'utf8')) as AdminUnitsFile;
}

/** Folded text a unit is found by: full name, short name, English name ("phuong ba dinh ba dinh"). */
export function unitSearchText(u: { name: string; fullName: string; nameEn: string }): string {
  return [...new Set([fold(u.fullName), fold(u.name), fold(u.nameEn)])].join(' | ');
}

export async function insertAdminUnits(q: Queryable, data: AdminUnitsFile): Promise<{ provinces: number; units: number }> {
  const p = data.provinces;
  await q.query(
    `INSERT INTO provinces (code, name, full_name, name_en, kind)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, full_name = EXCLUDED.full_name,
       name_en = EXCLUDED.name_en, kind = EXCLUDED.kind`,
    [p.map((x) => x.code), p.map((x) => x.name), p.map((x) => x.fullName), p.map((x) => x.nameEn), p.map((x) => x.kind)],
  );
  const u = data.communes;
  await q.query(
    `INSERT INTO units (code, province_code, name, full_name, name_en, kind, search_text)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code, name = EXCLUDED.name,
       full_name = EXCLUDED.full_name, name_en = EXCLUDED.name_en, kind = EXCLUDED.kind, search_text = EXCLUDED.search_text`,
    [
      u.map((x) => x.code),
      u.map((x) => x.provinceCode),
      u.map((x) => x.name),
      u.map((x) => x.fullName),
      u.map((x) => x.nameEn),
      u.map((x) => x.kind),
      u.map((x) => unitSearchText(x)),
    ],
  );
  return { provinces: p.length, units: u.length };
}
