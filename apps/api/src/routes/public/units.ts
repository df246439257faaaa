// Administrative units: GET /v1/provinces, /v1/units, /v1/units/{code}, /v1/units/{code}/stats.
import { routes, type Province, type Unit, type UnitContact, type UnitDetail } from '@motcua/contracts';
import type { Hono } from 'hono';
import type { Queryable } from '../../db/types.js';
import { cachedJson } from '../../http/cache.js';
import { notFound } from '../../http/problem.js';
import { mount } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { fold } from '../../search/normalize.js';
import { unitStats } from './stats.js';

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

export function registerUnitRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { db } = deps;

  mount(app, routes.listProvinces, async (c) => {
    const res = await db.query<{ code: string; name: string; full_name: string; name_en: string; kind: Province['kind'] }>(
      'SELECT code, name, full_name, name_en, kind FROM provinces ORDER BY code',
    );
    const items: Province[] = res.rows.map((r) => ({ code: r.code, name: r.name, fullName: r.full_name, nameEn: r.name_en, kind: r.kind }));
    return cachedJson(c, { items });
  });

  mount(app, routes.listUnits, async (c, { query }) => {
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
    const items = res.rows.filter((r) => r.code !== null).map(toUnit);
    return cachedJson(c, { items, total: res.rows[0]?.total ?? 0, page: query.page, limit: query.limit });
  });

  mount(app, routes.getUnit, async (c, { params }) => {
    const unit = await getUnitDetail(db, params.code);
    if (!unit) throw notFound(`Không có đơn vị mã ${params.code}.`);
    return cachedJson(c, unit);
  });

  mount(app, routes.getUnitStats, async (c, { params }) => {
    const exists = await db.query('SELECT 1 FROM units WHERE code = $1', [params.code]);
    if (exists.rowCount === 0) throw notFound(`Không có đơn vị mã ${params.code}.`);
    // Real time, not config.now(): the period must contain what was stored a moment ago (writes
    // are stamped by the database clock), even on a demo server whose "today" is fixed.
    return cachedJson(c, await unitStats(db, params.code, new Date()));
  });
}
