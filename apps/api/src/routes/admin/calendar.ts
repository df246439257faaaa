// PUT /v1/admin/calendar/{year} — a province corrects its working-day calendar without a release:
// province:* keys write the national calendar or any province's, province:NN keys only NN's, unit
// keys none. Every change is recorded in calendar_changes (key, before, after).
import type { Context, Hono } from 'hono';
import { routes } from '@motcua/contracts';
import { writeCalendarYear } from '../../db/calendar.js';
import { provinceExists } from '../../db/units.js';
import { validateCalendarYear } from '../../domain/calendar-year.js';
import { fieldProblem, jsonResponse, problem } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { forbidden, keyOf } from './auth.js';

type PutInput = RouteInput<typeof routes.putCalendarYear>;

export function registerAdminCalendarRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.putCalendarYear, (c, input) => putCalendarYear(deps, c, input));
}

async function putCalendarYear(deps: RouteDeps, c: Context<AppEnv>, { params, body }: PutInput): Promise<Response> {
  const key = keyOf(c);
  const target = body.province;
  const allowed = key.scope.kind === 'all' || (key.scope.kind === 'province' && target === key.scope.province);
  if (!allowed) {
    return forbidden(c, `Khóa ${key.scopeText} không được sửa lịch ${target ? `của tỉnh ${target}` : 'chung toàn quốc'}.`, [
      { field: 'body.province', message: 'Ngoài phạm vi của khóa API', code: 'out_of_scope' },
    ]);
  }
  const errors = validateCalendarYear(params.year, body.days);
  if (target && !(await provinceExists(deps.db, target))) {
    errors.push({ field: 'body.province', message: `Không có tỉnh mã ${target}`, code: 'unknown_province' });
  }
  if (errors.length > 0) return problem(c, fieldProblem(422, errors));
  const saved = await writeCalendarYear(deps.db, params.year, body, { actor: `api-key:${key.scopeText}`, apiKeyId: key.id });
  return jsonResponse(200, saved);
}
