// PUT /v1/admin/procedures/{code} — a province's one-stop system writes a procedure of the catalog.
// The `units` list is applied within the key's scope only (assignments of units outside it are
// kept); a unit key may change the content of a procedure only when no other unit offers it.
import type { Context, Hono } from 'hono';
import { routes, type ProblemFieldError, type UpsertResult } from '@motcua/contracts';
import { lockProcedure, procedureAssignments, upsertProcedure } from '../../db/catalog.js';
import type { Queryable } from '../../db/types.js';
import { unitProvinces } from '../../db/units.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';
import { fieldProblem, jsonResponse, problem } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { scopeAllowsUnit, type AuthenticatedKey } from '../../security/api-keys.js';
import { canonicalJson } from '../../security/idempotency.js';
import { forbidden, keyOf } from './auth.js';

type UpsertInput = RouteInput<typeof routes.upsertProcedure>;
type ProcedureBody = UpsertInput['body'];

export function registerAdminProcedureRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.upsertProcedure, (c, input) => putProcedure(deps, c, input));
}

async function putProcedure(deps: RouteDeps, c: Context<AppEnv>, { params, body }: UpsertInput): Promise<Response> {
  const key = keyOf(c);
  if (body.code !== params.code) {
    return problem(c, fieldProblem(422, [{ field: 'body.code', message: `Mã thủ tục phải trùng với đường dẫn (${params.code})`, code: 'path_mismatch' }]));
  }
  const refused = await checkUnits(deps.db, c, key, body.units);
  if (refused) return refused;
  const outcome = await deps.db.transaction((tx) => writeProcedure(tx, c, key, body));
  if (outcome instanceof Response) return outcome;
  return jsonResponse(outcome.created ? 201 : 200, outcome);
}

/** 422 for unknown unit codes, then 403 for units outside the key's scope; null when all are fine. */
async function checkUnits(db: Queryable, c: Context, key: AuthenticatedKey, units: readonly string[]): Promise<Response | null> {
  const provinces = await unitProvinces(db, units);
  const unknown: ProblemFieldError[] = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !provinces.has(u))
    .map(({ u, i }) => ({ field: `body.units.${i}`, message: `Không có đơn vị hành chính mã ${u}`, code: 'unknown_unit' }));
  if (unknown.length > 0) return problem(c, fieldProblem(422, unknown));
  const outside: ProblemFieldError[] = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !scopeAllowsUnit(key.scope, u, provinces.get(u) ?? null))
    .map(({ u, i }) => ({ field: `body.units.${i}`, message: `Đơn vị ${u} ngoài phạm vi của khóa (${key.scopeText})`, code: 'out_of_scope' }));
  if (outside.length > 0) return forbidden(c, `Khóa ${key.scopeText} chỉ được gán thủ tục cho đơn vị trong phạm vi của mình.`, outside);
  return null;
}

async function writeProcedure(tx: Queryable, c: Context, key: AuthenticatedKey, body: ProcedureBody): Promise<Response | UpsertResult> {
  // English name and keywords are search metadata, not part of the stored detail compared below
  const { units, nameEn, keywordsEn, ...detail } = body;
  const finalUnits = await unitsAfterWrite(tx, key, body.code, units, detail);
  if (!finalUnits) return forbidden(c, 'Thủ tục này được nhiều đơn vị thực hiện: chỉ khóa cấp tỉnh được sửa nội dung; khóa đơn vị chỉ được gán/bỏ gán đơn vị của mình (gửi nguyên nội dung hiện có).');
  const r = await upsertProcedure(tx, { ...detail, nameEn, keywordsEn, units: finalUnits });
  return { code: body.code, created: r.created, updatedAt: toVietnamIso(r.updatedAt) };
}

/**
 * The procedure's units after the write: for a narrower key than `province:*`, the sent units plus
 * the existing assignments outside the key's scope (or every unit when it already had them all);
 * null when a unit key would change the content of a procedure other units offer too.
 */
async function unitsAfterWrite(tx: Queryable, key: AuthenticatedKey, code: string, units: readonly string[], detail: unknown): Promise<string[] | null> {
  const prior = await lockProcedure(tx, code);
  if (!prior || key.scope.kind === 'all') return [...units];
  if (prior.all_units) return ['*'];
  const assigned = await procedureAssignments(tx, code);
  const keep = assigned.filter((r) => !scopeAllowsUnit(key.scope, r.unit_code, r.province_code)).map((r) => r.unit_code);
  if (key.scope.kind === 'unit' && keep.length > 0 && canonicalJson(prior.detail) !== canonicalJson(detail)) return null;
  return [...new Set([...keep, ...units])];
}
