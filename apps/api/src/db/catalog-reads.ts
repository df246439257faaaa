// Public reads of the procedure catalog that are not searches (search/procedures.ts): the fields,
// one procedure's stored detail, the names of the procedures a form template serves.
import type { Field } from '@motcua/contracts';
import type { Queryable } from './types.js';

/** Fields that have procedures (in the unit, when given), in catalog order. */
export async function listFields(q: Queryable, unit?: string): Promise<Field[]> {
  const res = unit
    ? await q.query<{ code: string; name: string; n: number }>(
        `SELECT f.code, f.name, count(p.code) AS n
         FROM fields f JOIN procedures p ON p.field_code = f.code
         WHERE p.all_units OR EXISTS (SELECT 1 FROM procedure_units pu WHERE pu.unit_code = $1 AND pu.procedure_code = p.code)
         GROUP BY f.code, f.name, f.sort_order ORDER BY f.sort_order, f.code`,
        [unit],
      )
    : await q.query<{ code: string; name: string; n: number }>(
        `SELECT f.code, f.name, count(p.code) AS n
         FROM fields f JOIN procedures p ON p.field_code = f.code
         GROUP BY f.code, f.name, f.sort_order ORDER BY f.sort_order, f.code`,
      );
  return res.rows.map((r) => ({ code: r.code, name: r.name, procedureCount: r.n }));
}

/** A procedure's stored detail and its channels, as JSON text (spliced, not re-serialised); null when unknown. */
export async function procedureDetailText(q: Queryable, code: string): Promise<{ detail: string; channels: string } | null> {
  const res = await q.query<{ detail: string; channels: string }>(
    `SELECT detail::text AS detail, (detail->'channels')::text AS channels FROM procedures WHERE code = $1`,
    [code],
  );
  return res.rows[0] ?? null;
}

/** Code and name of the given procedures that exist, by code. */
export async function procedureNames(q: Queryable, codes: readonly string[]): Promise<{ code: string; name: string }[]> {
  const res = await q.query<{ code: string; name: string }>('SELECT code, name FROM procedures WHERE code = ANY($1::text[]) ORDER BY code', [codes]);
  return res.rows;
}
