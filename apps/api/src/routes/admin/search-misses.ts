// GET /v1/admin/search-misses — what citizens searched for and did not find, per unit and day, for
// the units the key may see (search/misses.ts keeps the texts and releases them only once several
// addresses typed them).
import type { Context, Hono } from 'hono';
import { routes } from '@motcua/contracts';
import { unitCodesOfProvince, unitProvinces } from '../../db/units.js';
import { fieldProblem, jsonResponse, problem } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { missReport, vietnamDay } from '../../search/misses.js';
import { scopeAllowsUnit } from '../../security/api-keys.js';
import { forbidden, keyOf } from './auth.js';

type ListInput = RouteInput<typeof routes.listSearchMisses>;

export function registerSearchMissRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.listSearchMisses, (c, input) => listSearchMisses(deps, c, input));
}

async function listSearchMisses(deps: RouteDeps, c: Context<AppEnv>, { query }: ListInput): Promise<Response> {
  // Real time: the report's days are those the misses were stored on.
  const to = query.to ?? vietnamDay(new Date());
  const from = query.from ?? vietnamDay(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000));
  if (from > to) return problem(c, fieldProblem(400, [{ field: 'query.from', message: 'Ngày bắt đầu sau ngày kết thúc', code: 'invalid_range' }]));
  const units = await visibleUnits(deps, c, query);
  if (units instanceof Response) return units;
  const items = await missReport(deps.db, { units, from, to });
  return jsonResponse(200, { from, to, minAddresses: deps.config.searchMissMinAddresses, items }, { 'cache-control': 'no-store' });
}

/** Units the key may see, narrowed by the filters; null = everything (province:* keys only); 403 outside the scope. */
async function visibleUnits(deps: RouteDeps, c: Context, query: ListInput['query']): Promise<string[] | null | Response> {
  const key = keyOf(c);
  if (key.scope.kind === 'province' && query.province && query.province !== key.scope.province) {
    return forbidden(c, `Khóa ${key.scopeText} chỉ xem được tỉnh của mình.`, [{ field: 'query.province', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' }]);
  }
  if (query.unit) {
    const provinces = await unitProvinces(deps.db, [query.unit]);
    if (!scopeAllowsUnit(key.scope, query.unit, provinces.get(query.unit) ?? null)) {
      return forbidden(c, `Đơn vị ${query.unit} ngoài phạm vi của khóa (${key.scopeText}).`, [{ field: 'query.unit', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' }]);
    }
    return [query.unit];
  }
  if (key.scope.kind === 'unit') return [key.scope.unit];
  const province = query.province ?? (key.scope.kind === 'province' ? key.scope.province : undefined);
  return province ? unitCodesOfProvince(deps.db, province) : null;
}
