// Administrative units: GET /v1/provinces, /v1/units, /v1/units/{code}, /v1/units/{code}/stats.
import { routes } from '@motcua/contracts';
import type { Hono } from 'hono';
import { unitStats } from '../../db/unit-stats.js';
import { getUnitDetail, listProvinces, listUnits, unitExists } from '../../db/units.js';
import { cachedJson } from '../../http/cache.js';
import { notFound } from '../../http/problem.js';
import { mount } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';

export function registerUnitRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const { db } = deps;

  mount(app, routes.listProvinces, async (c) => {
    const items = await listProvinces(db);
    return cachedJson(c, { items });
  });

  mount(app, routes.listUnits, async (c, { query }) => {
    const { items, total } = await listUnits(db, query);
    return cachedJson(c, { items, total, page: query.page, limit: query.limit });
  });

  mount(app, routes.getUnit, async (c, { params }) => {
    const unit = await getUnitDetail(db, params.code);
    if (!unit) throw notFound(`Không có đơn vị mã ${params.code}.`);
    return cachedJson(c, unit);
  });

  mount(app, routes.getUnitStats, async (c, { params }) => {
    if (!(await unitExists(db, params.code))) throw notFound(`Không có đơn vị mã ${params.code}.`);
    // Real time, not config.now(): the period must contain what was stored a moment ago (writes
    // are stamped by the database clock), even on a demo server whose "today" is fixed.
    return cachedJson(c, await unitStats(db, params.code, new Date()));
  });
}
