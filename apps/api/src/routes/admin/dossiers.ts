// The write API's dossiers:
//   PUT  /v1/admin/dossiers/{code}         create or replace (the unit, new and old, must be in scope: 403)
//   POST /v1/admin/dossiers/{code}/events  one hand-off of the process-control slip (phiếu kiểm soát
//                                          quá trình); a dossier outside the scope answers 404, like a
//                                          missing one. Optional Idempotency-Key.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, dossierStatusView, routes, type DossierEventResult, type DossierStatusId, type ProblemFieldError, type UpsertResult } from '@motcua/contracts';
import { procedureExists } from '../../db/catalog.js';
import { appendDossierEvent, lockDossierUnit, upsertDossier } from '../../db/dossiers.js';
import type { Queryable } from '../../db/types.js';
import { unitProvinces } from '../../db/units.js';
import { hashVerifiers } from '../../db/verifier.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';
import { fieldProblem, jsonResponse, problem, type ProblemBody } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { scopeAllowsUnit, type AuthenticatedKey } from '../../security/api-keys.js';
import { idempotentWrite, requestHash, type IdempotentOutcome, type StoredResponse } from '../../security/idempotency.js';
import { forbidden, keyOf } from './auth.js';

type UpsertInput = RouteInput<typeof routes.upsertDossier>;
type EventInput = RouteInput<typeof routes.appendDossierEvent>;

export function registerAdminDossierRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.upsertDossier, (c, input) => putDossier(deps, c, input));
  mount(app, routes.appendDossierEvent, (c, input) => postDossierEvent(deps, c, input));
}

// PUT /v1/admin/dossiers/{code} -------------------------------------------------------------------

async function putDossier(deps: RouteDeps, c: Context<AppEnv>, { params, body }: UpsertInput): Promise<Response> {
  const key = keyOf(c);
  if (body.code !== params.code) {
    return problem(c, fieldProblem(422, [{ field: 'body.code', message: `Mã hồ sơ phải trùng với đường dẫn (${params.code})`, code: 'path_mismatch' }]));
  }
  const refused = await checkDossierRefs(deps.db, c, key, body);
  if (refused) return refused;
  const verifiers = hashVerifiers([body.verifiers.idLast4, body.verifiers.phoneLast4]);
  const outcome = await deps.db.transaction(async (tx): Promise<Response | UpsertResult> => {
    const prior = await lockDossierUnit(tx, body.code);
    if (prior && !scopeAllowsUnit(key.scope, prior.unit_code, prior.province_code)) {
      return forbidden(c, `Hồ sơ ${body.code} thuộc đơn vị ngoài phạm vi của khóa (${key.scopeText}).`);
    }
    const row = await upsertDossier(tx, body, verifiers);
    return { code: body.code, created: row.created, updatedAt: toVietnamIso(row.updated_at) };
  });
  if (outcome instanceof Response) return outcome;
  return jsonResponse(outcome.created ? 201 : 200, outcome);
}

/** 422 for an unknown unit or procedure, 403 for a unit outside the key's scope; null when fine. */
async function checkDossierRefs(db: Queryable, c: Context, key: AuthenticatedKey, body: UpsertInput['body']): Promise<Response | null> {
  const errors: ProblemFieldError[] = [];
  const provinces = await unitProvinces(db, [body.unit]);
  if (!provinces.has(body.unit)) errors.push({ field: 'body.unit', message: `Không có đơn vị hành chính mã ${body.unit}`, code: 'unknown_unit' });
  if (!(await procedureExists(db, body.procedure))) {
    errors.push({ field: 'body.procedure', message: `Không có thủ tục mã ${body.procedure} trong danh mục`, code: 'unknown_procedure' });
  }
  if (errors.length > 0) return problem(c, fieldProblem(422, errors));
  if (!scopeAllowsUnit(key.scope, body.unit, provinces.get(body.unit) ?? null)) {
    return forbidden(c, `Đơn vị ${body.unit} ngoài phạm vi của khóa (${key.scopeText}).`, [
      { field: 'body.unit', message: 'Ngoài phạm vi của khóa API', code: 'out_of_scope' },
    ]);
  }
  return null;
}

// POST /v1/admin/dossiers/{code}/events -----------------------------------------------------------

async function postDossierEvent(deps: RouteDeps, c: Context<AppEnv>, { params, body, headers }: EventInput): Promise<Response> {
  const key = keyOf(c);
  const notFound: ProblemBody = {
    type: PROBLEM_TYPES.notFound,
    title: 'Không tìm thấy hồ sơ',
    status: 404,
    detail: `Không có hồ sơ ${params.code} trong phạm vi của khóa API.`,
    instance: c.req.path,
  };
  const write = async (tx: Queryable): Promise<StoredResponse> => {
    const d = await lockDossierUnit(tx, params.code);
    if (!d || !scopeAllowsUnit(key.scope, d.unit_code, d.province_code)) return { status: 404, body: notFound };
    const status: DossierStatusId = body.status ?? d.status;
    const currentStep = body.currentStep === undefined ? body.toStep : body.currentStep;
    const { seq, updated_at } = await appendDossierEvent(tx, params.code, body, { status, currentStep });
    const result: DossierEventResult = { dossierCode: params.code, status: dossierStatusView(status), timelineLength: seq, updatedAt: toVietnamIso(updated_at) };
    return { status: 201, body: result };
  };
  const idemKey = headers['idempotency-key'];
  if (idemKey) {
    const route = `POST ${routes.appendDossierEvent.path} key:${key.id}`;
    return eventAnswer(c, await idempotentWrite(deps.db, { route, key: idemKey, hash: requestHash(route, { code: params.code, body }) }, write));
  }
  const result = await deps.db.transaction(write);
  return result.status >= 400 ? problem(c, result.body as ProblemBody) : jsonResponse(result.status, result.body);
}

/**
 * The answer of an idempotent hand-off. Its problems predate http/respond.ts's idempotentAnswer()
 * and differ from it (a replay is always plain JSON; shorter 422/409 bodies): kept as they are, the
 * write API's clients may depend on them.
 */
function eventAnswer(c: Context, outcome: IdempotentOutcome): Response {
  switch (outcome.kind) {
    case 'fresh':
      return outcome.status >= 400 ? problem(c, outcome.body as ProblemBody) : jsonResponse(outcome.status, outcome.body);
    case 'replayed':
      return jsonResponse(outcome.status, outcome.body, { 'idempotent-replayed': 'true' });
    case 'mismatch':
      return problem(c, {
        type: PROBLEM_TYPES.idempotencyConflict,
        title: 'Idempotency-Key đã được dùng cho một yêu cầu khác',
        status: 422,
        errors: [{ field: 'header.idempotency-key', message: 'Khóa đã dùng với nội dung khác', code: 'idempotency_key_reused' }],
      });
    case 'in-progress':
      return problem(c, { type: PROBLEM_TYPES.conflict, title: 'Yêu cầu đang được xử lý', status: 409 }, { 'retry-after': '1' });
  }
}
