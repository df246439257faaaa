// Write API for provincial one-stop systems, authenticated by API keys (Authorization: Bearer).
//
// Scopes: `province:*` (setup), `province:NN` (every unit of one province), `unit:NNNNN` (one
// unit). A key may only write for units in its scope:
// - PUT procedures: the `units` list is applied within the key's scope only (assignments of units
//   outside it are kept); a unit key may change the content of a procedure only when no other
//   unit offers it.
// - PUT dossiers: the dossier's unit (new and, when it exists, old) must be in scope (403).
// - POST dossier events: a dossier outside the scope answers 404, like a missing one.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { PROBLEM_TYPES, dossierStatusView, routes, type DossierEventResult, type DossierStatusId, type Problem, type ProblemFieldError, type UpsertResult } from '@motcua/contracts';
import { bumpCatalogVersion, upsertProcedure } from '../../db/catalog.js';
import { bumpDictionaryVersion, loadSynonyms } from '../../search/dictionary.js';
import { fold } from '../../search/normalize.js';
import type { Db, Queryable } from '../../db/types.js';
import { hashVerifiers } from '../../db/verifier.js';
import { mount } from '../../http/route.js';
import type { AppEnv } from '../../http/types.js';
import { toVietnamIso } from '../../domain/mask.js';
import { validateCalendarYear, writeCalendarYear } from '../../domain/calendar-store.js';
import { authenticateKey, bearerToken, scopeAllowsUnit, touchApiKey, type AuthenticatedKey } from '../../security/api-keys.js';
import { canonicalJson, idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import type { RateLimits } from '../../security/rate-limit.js';
import { fieldProblem, jsonResponse, problem, rateLimitedResponse, type ProblemBody } from '../../http/respond.js';
import { registerAdminFeedbackRoutes } from './feedback.js';
import { missReport, vietnamDay } from '../../search/misses.js';
import type { Config } from '../../config.js';

export interface AdminDeps {
  db: Db;
  rateLimits: RateLimits;
  config: Pick<Config, 'searchMissMinAddresses'>;
  /** Clock (MOTCUA_NOW or real time). */
  now?: () => Date;
}

const RESOLVED: ReadonlySet<string> = new Set(['resolved', 'result-returned']);

const keys = new WeakMap<Request, AuthenticatedKey>();

function keyOf(c: Context): AuthenticatedKey {
  const k = keys.get(c.req.raw);
  if (!k) throw new Error('admin route without an authenticated key');
  return k;
}

function unauthorized(c: Context, detail: string): Response {
  return problem(
    c,
    { type: PROBLEM_TYPES.unauthorized, title: 'Cần khóa API hợp lệ', status: 401, detail },
    { 'www-authenticate': 'Bearer realm="motcua-admin"' },
  );
}

function forbidden(c: Context, detail: string, errors?: ProblemFieldError[]): Response {
  const body: Problem = { type: PROBLEM_TYPES.forbidden, title: 'Khóa API không có quyền', status: 403, detail };
  if (errors) body.errors = errors;
  return problem(c, body);
}

async function unitProvinces(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const res = await q.query<{ code: string; province_code: string }>('SELECT code, province_code FROM units WHERE code = ANY($1::text[])', [
    [...new Set(codes)],
  ]);
  return new Map(res.rows.map((r) => [r.code, r.province_code]));
}

export function registerAdminRoutes(app: Hono<AppEnv>, deps: AdminDeps): void {
  const db = deps.db;
  const limits = deps.rateLimits;

  const auth: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) return unauthorized(c, 'Thiếu tiêu đề Authorization: Bearer <khóa API>.');
    const token = bearerToken(header);
    if (!token) return unauthorized(c, 'Tiêu đề Authorization phải có dạng "Bearer <khóa API>".');
    const key = await authenticateKey(db, token);
    if (!key) return unauthorized(c, 'Khóa API không đúng hoặc đã bị thu hồi.');
    const limited = await limits.take('adminPerKey', key.id);
    if (!limited.ok) return rateLimitedResponse(c, limited.retryAfterSeconds, 'Khóa API này gửi quá nhiều yêu cầu.');
    keys.set(c.req.raw, key);
    void touchApiKey(db, key.id).catch(() => undefined);
    await next();
  };
  app.use('/v1/admin/*', auth);

  // GET /v1/admin/feedback, POST /v1/admin/feedback/{code}/actions (phản ánh, kiến nghị)
  registerAdminFeedbackRoutes(app, { db, now: deps.now }, keyOf);

  // PUT /v1/admin/procedures/{code} -----------------------------------------------------------
  mount(app, routes.upsertProcedure, async (c, { params, body }) => {
    const key = keyOf(c);
    if (body.code !== params.code) {
      return problem(c, fieldProblem(422, [{ field: 'body.code', message: `Mã thủ tục phải trùng với đường dẫn (${params.code})`, code: 'path_mismatch' }]));
    }
    const provinces = await unitProvinces(db, body.units);
    const unknown: ProblemFieldError[] = body.units
      .map((u, i) => ({ u, i }))
      .filter(({ u }) => !provinces.has(u))
      .map(({ u, i }) => ({ field: `body.units.${i}`, message: `Không có đơn vị hành chính mã ${u}`, code: 'unknown_unit' }));
    if (unknown.length > 0) return problem(c, fieldProblem(422, unknown));
    const outside: ProblemFieldError[] = body.units
      .map((u, i) => ({ u, i }))
      .filter(({ u }) => !scopeAllowsUnit(key.scope, u, provinces.get(u) ?? null))
      .map(({ u, i }) => ({ field: `body.units.${i}`, message: `Đơn vị ${u} ngoài phạm vi của khóa (${key.scopeText})`, code: 'out_of_scope' }));
    if (outside.length > 0) return forbidden(c, `Khóa ${key.scopeText} chỉ được gán thủ tục cho đơn vị trong phạm vi của mình.`, outside);

    // English name and keywords are search metadata, not part of the stored detail compared below
    const { units, nameEn, keywordsEn, ...detail } = body;
    const outcome = await db.transaction(async (tx): Promise<Response | UpsertResult> => {
      const existing = await tx.query<{ all_units: boolean; detail: unknown }>('SELECT all_units, detail FROM procedures WHERE code = $1 FOR UPDATE', [
        body.code,
      ]);
      const prior = existing.rows[0];
      let finalUnits: string[] = [...units];
      if (prior && key.scope.kind !== 'all') {
        if (prior.all_units) {
          finalUnits = ['*'];
        } else {
          const assigned = await tx.query<{ unit_code: string; province_code: string }>(
            `SELECT pu.unit_code, u.province_code FROM procedure_units pu JOIN units u ON u.code = pu.unit_code WHERE pu.procedure_code = $1`,
            [body.code],
          );
          const keep = assigned.rows.filter((r) => !scopeAllowsUnit(key.scope, r.unit_code, r.province_code)).map((r) => r.unit_code);
          if (key.scope.kind === 'unit' && (keep.length > 0 || prior.all_units) && canonicalJson(prior.detail) !== canonicalJson(detail)) {
            return forbidden(c, 'Thủ tục này được nhiều đơn vị thực hiện: chỉ khóa cấp tỉnh được sửa nội dung; khóa đơn vị chỉ được gán/bỏ gán đơn vị của mình (gửi nguyên nội dung hiện có).');
          }
          finalUnits = [...new Set([...keep, ...units])];
        }
      }
      const r = await upsertProcedure(tx, { ...detail, nameEn, keywordsEn, units: finalUnits });
      return { code: body.code, created: r.created, updatedAt: toVietnamIso(r.updatedAt) };
    });
    if (outcome instanceof Response) return outcome;
    return jsonResponse(outcome.created ? 201 : 200, outcome);
  });

  // PUT /v1/admin/dossiers/{code} -------------------------------------------------------------
  mount(app, routes.upsertDossier, async (c, { params, body }) => {
    const key = keyOf(c);
    if (body.code !== params.code) {
      return problem(c, fieldProblem(422, [{ field: 'body.code', message: `Mã hồ sơ phải trùng với đường dẫn (${params.code})`, code: 'path_mismatch' }]));
    }
    const errors: ProblemFieldError[] = [];
    const provinces = await unitProvinces(db, [body.unit]);
    if (!provinces.has(body.unit)) errors.push({ field: 'body.unit', message: `Không có đơn vị hành chính mã ${body.unit}`, code: 'unknown_unit' });
    const proc = await db.query('SELECT 1 FROM procedures WHERE code = $1', [body.procedure]);
    if (proc.rows.length === 0) errors.push({ field: 'body.procedure', message: `Không có thủ tục mã ${body.procedure} trong danh mục`, code: 'unknown_procedure' });
    if (errors.length > 0) return problem(c, fieldProblem(422, errors));
    if (!scopeAllowsUnit(key.scope, body.unit, provinces.get(body.unit) ?? null)) {
      return forbidden(c, `Đơn vị ${body.unit} ngoài phạm vi của khóa (${key.scopeText}).`, [
        { field: 'body.unit', message: 'Ngoài phạm vi của khóa API', code: 'out_of_scope' },
      ]);
    }
    const { salt, hashes } = hashVerifiers([body.verifiers.idLast4, body.verifiers.phoneLast4]);
    const outcome = await db.transaction(async (tx): Promise<Response | UpsertResult> => {
      const existing = await tx.query<{ unit_code: string; province_code: string }>(
        'SELECT d.unit_code, u.province_code FROM dossiers d JOIN units u ON u.code = d.unit_code WHERE d.code = $1 FOR UPDATE OF d',
        [body.code],
      );
      const prior = existing.rows[0];
      if (prior && !scopeAllowsUnit(key.scope, prior.unit_code, prior.province_code)) {
        return forbidden(c, `Hồ sơ ${body.code} thuộc đơn vị ngoài phạm vi của khóa (${key.scopeText}).`);
      }
      const resolved = RESOLVED.has(body.status);
      const res = await tx.query<{ created: boolean; updated_at: Date }>(
        `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, current_step, received_at, appointment_date,
            resolved_at, applicant_name, verifier_salt, verifier_hashes, supplement_request, financial_obligation, apology,
            result_delivery)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9::boolean THEN now() END, $10, $11, $12::text[],
            $13::text::jsonb, $14::text::jsonb, $15::text::jsonb, $16::text::jsonb)
         ON CONFLICT (code) DO UPDATE SET
           unit_code = EXCLUDED.unit_code, procedure_code = EXCLUDED.procedure_code, channel = EXCLUDED.channel,
           status = EXCLUDED.status, current_step = EXCLUDED.current_step, received_at = EXCLUDED.received_at,
           appointment_date = EXCLUDED.appointment_date,
           resolved_at = CASE WHEN $9::boolean THEN COALESCE(dossiers.resolved_at, now()) END,
           applicant_name = EXCLUDED.applicant_name, verifier_salt = EXCLUDED.verifier_salt,
           verifier_hashes = EXCLUDED.verifier_hashes, supplement_request = EXCLUDED.supplement_request,
           financial_obligation = EXCLUDED.financial_obligation, apology = EXCLUDED.apology,
           result_delivery = EXCLUDED.result_delivery, updated_at = now()
         RETURNING (xmax = 0) AS created, updated_at`,
        [
          body.code,
          body.unit,
          body.procedure,
          body.channel,
          body.status,
          body.currentStep ?? null,
          body.receivedAt,
          body.appointmentDate,
          resolved,
          body.applicantName,
          salt,
          hashes,
          body.supplementRequest ? JSON.stringify(body.supplementRequest) : null,
          body.financialObligation ? JSON.stringify(body.financialObligation) : null,
          body.apology ? JSON.stringify(body.apology) : null,
          JSON.stringify(body.resultDelivery ?? { method: 'desk' }),
        ],
      );
      if (body.timeline) {
        await tx.query('DELETE FROM dossier_events WHERE dossier_code = $1', [body.code]);
        let seq = 0;
        for (const e of body.timeline) {
          seq++;
          await tx.query(
            `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [body.code, seq, e.fromStep, e.fromUnit, e.toStep, e.toUnit, e.handler, e.at, e.deadline, e.punctuality],
          );
        }
      }
      const row = res.rows[0]!;
      return { code: body.code, created: row.created, updatedAt: toVietnamIso(row.updated_at) };
    });
    if (outcome instanceof Response) return outcome;
    return jsonResponse(outcome.created ? 201 : 200, outcome);
  });

  // POST /v1/admin/dossiers/{code}/events -----------------------------------------------------
  mount(app, routes.appendDossierEvent, async (c, { params, body, headers }) => {
    const key = keyOf(c);
    const notFound: ProblemBody = {
      type: PROBLEM_TYPES.notFound,
      title: 'Không tìm thấy hồ sơ',
      status: 404,
      detail: `Không có hồ sơ ${params.code} trong phạm vi của khóa API.`,
      instance: c.req.path,
    };
    const write = async (tx: Queryable): Promise<StoredResponse> => {
      const found = await tx.query<{ unit_code: string; province_code: string; status: DossierStatusId }>(
        'SELECT d.unit_code, u.province_code, d.status FROM dossiers d JOIN units u ON u.code = d.unit_code WHERE d.code = $1 FOR UPDATE OF d',
        [params.code],
      );
      const d = found.rows[0];
      if (!d || !scopeAllowsUnit(key.scope, d.unit_code, d.province_code)) return { status: 404, body: notFound };
      const seqRes = await tx.query<{ next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM dossier_events WHERE dossier_code = $1', [
        params.code,
      ]);
      const seq = Number(seqRes.rows[0]!.next);
      await tx.query(
        `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [params.code, seq, body.fromStep, body.fromUnit, body.toStep, body.toUnit, body.handler, body.at, body.deadline, body.punctuality, body.status ?? null],
      );
      const status: DossierStatusId = body.status ?? d.status;
      const currentStep = body.currentStep === undefined ? body.toStep : body.currentStep;
      const upd = await tx.query<{ updated_at: Date }>(
        `UPDATE dossiers SET status = $2, current_step = $3, updated_at = now(),
           resolved_at = CASE WHEN $4::boolean THEN COALESCE(resolved_at, $5::timestamptz) END
         WHERE code = $1 RETURNING updated_at`,
        [params.code, status, currentStep, RESOLVED.has(status), body.at],
      );
      const result: DossierEventResult = {
        dossierCode: params.code,
        status: dossierStatusView(status),
        timelineLength: seq,
        updatedAt: toVietnamIso(upd.rows[0]!.updated_at),
      };
      return { status: 201, body: result };
    };

    const idemKey = headers['idempotency-key'];
    if (idemKey) {
      const route = `POST ${routes.appendDossierEvent.path} key:${key.id}`;
      const outcome = await idempotentWrite(db, { route, key: idemKey, hash: requestHash(route, { code: params.code, body }) }, write);
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
    const result = await db.transaction(write);
    return result.status >= 400 ? problem(c, result.body as ProblemBody) : jsonResponse(result.status, result.body);
  });
  // PUT /v1/admin/calendar/{year} -------------------------------------------------------------
  // A province corrects its working-day calendar without a release: province:* keys write the
  // national calendar or any province's, province:NN keys only NN's, unit keys none. Every change
  // is recorded in calendar_changes (key, before, after).
  mount(app, routes.putCalendarYear, async (c, { params, body }) => {
    const key = keyOf(c);
    const target = body.province;
    const allowed = key.scope.kind === 'all' || (key.scope.kind === 'province' && target === key.scope.province);
    if (!allowed) {
      return forbidden(c, `Khóa ${key.scopeText} không được sửa lịch ${target ? `của tỉnh ${target}` : 'chung toàn quốc'}.`, [
        { field: 'body.province', message: 'Ngoài phạm vi của khóa API', code: 'out_of_scope' },
      ]);
    }
    const errors = validateCalendarYear(params.year, body.days);
    if (target) {
      const known = await db.query('SELECT 1 FROM provinces WHERE code = $1', [target]);
      if (known.rows.length === 0) errors.push({ field: 'body.province', message: `Không có tỉnh mã ${target}`, code: 'unknown_province' });
    }
    if (errors.length > 0) return problem(c, fieldProblem(422, errors));
    const saved = await writeCalendarYear(db, params.year, body, { actor: `api-key:${key.scopeText}`, apiKeyId: key.id });
    return jsonResponse(200, saved);
  });

  // GET /v1/admin/search-misses ---------------------------------------------------------------
  mount(app, routes.listSearchMisses, async (c, { query }) => {
    const key = keyOf(c);
    const today = vietnamDay(new Date());
    const to = query.to ?? today;
    const from = query.from ?? vietnamDay(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000));
    if (from > to) return problem(c, fieldProblem(400, [{ field: 'query.from', message: 'Ngày bắt đầu sau ngày kết thúc', code: 'invalid_range' }]));
    // Units the key may see, narrowed by the filters; null = everything (province:* keys only).
    let units: string[] | null = null;
    const province = query.province ?? (key.scope.kind === 'province' ? key.scope.province : undefined);
    if (key.scope.kind === 'province' && query.province && query.province !== key.scope.province) {
      return forbidden(c, `Khóa ${key.scopeText} chỉ xem được tỉnh của mình.`, [{ field: 'query.province', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' }]);
    }
    if (query.unit) {
      const provinces = await unitProvinces(db, [query.unit]);
      if (!scopeAllowsUnit(key.scope, query.unit, provinces.get(query.unit) ?? null)) {
        return forbidden(c, `Đơn vị ${query.unit} ngoài phạm vi của khóa (${key.scopeText}).`, [{ field: 'query.unit', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' }]);
      }
      units = [query.unit];
    } else if (key.scope.kind === 'unit') {
      units = [key.scope.unit];
    } else if (province) {
      const res = await db.query<{ code: string }>('SELECT code FROM units WHERE province_code = $1', [province]);
      units = res.rows.map((r) => r.code);
    }
    const items = await missReport(db, { units, from, to });
    return jsonResponse(200, { from, to, minAddresses: deps.config.searchMissMinAddresses, items }, { 'cache-control': 'no-store' });
  });

  // Everyday-term dictionary of a province ---------------------------------------------------
  const provinceAllowed = (c: Context, province: string): Response | null => {
    const key = keyOf(c);
    if (key.scope.kind === 'all' || (key.scope.kind === 'province' && key.scope.province === province)) return null;
    return forbidden(c, `Khóa ${key.scopeText} không quản lý từ điển tìm kiếm của tỉnh ${province} (cần khóa province:${province}).`, [
      { field: 'params.province', message: 'Ngoài phạm vi của khóa', code: 'out_of_scope' },
    ]);
  };

  mount(app, routes.listSearchTerms, async (c, { params }) => {
    const denied = provinceAllowed(c, params.province);
    if (denied) return denied;
    const rows = (await loadSynonyms(db)).filter((r) => r.province === '' || r.province === params.province);
    const items = rows.map((r) => ({ id: r.id, province: r.province === '' ? null : r.province, kind: r.kind, from: r.from, to: r.to, source: r.source, reason: r.reason }));
    return jsonResponse(200, { items }, { 'cache-control': 'no-store' });
  });

  mount(app, routes.upsertSearchTerm, async (c, { params, body }) => {
    const denied = provinceAllowed(c, params.province);
    if (denied) return denied;
    // Every phrase must leave words once folded (punctuation alone matches nothing).
    const empty: ProblemFieldError[] = [
      ...body.from.map((f, i) => ({ f, field: `body.from.${i}` })),
      ...body.to.map((f, i) => ({ f, field: `body.to.${i}` })),
    ]
      .filter(({ f }) => fold(f) === '')
      .map(({ field }) => ({ field, message: 'Cụm từ không còn chữ nào sau khi bỏ dấu', code: 'empty_phrase' }));
    if (empty.length > 0) return problem(c, fieldProblem(422, empty));
    const key = keyOf(c);
    const result = await db.transaction(async (tx) => {
      const before = await tx.query<{ row: unknown }>(
        'SELECT to_jsonb(s) - \'updated_at\' AS row FROM search_synonyms s WHERE province_code = $1 AND id = $2 FOR UPDATE',
        [params.province, params.id],
      );
      const after = { kind: body.kind, from: body.from, to: body.to, source: body.source, reason: body.reason };
      await tx.query(
        `INSERT INTO search_synonyms (id, province_code, kind, from_phrases, to_phrases, source, reason)
         VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7)
         ON CONFLICT (province_code, id) DO UPDATE SET kind = EXCLUDED.kind, from_phrases = EXCLUDED.from_phrases,
           to_phrases = EXCLUDED.to_phrases, source = EXCLUDED.source, reason = EXCLUDED.reason, updated_at = now()`,
        [params.id, params.province, body.kind, body.from, body.to, body.source, body.reason],
      );
      const created = before.rows.length === 0;
      await tx.query(
        `INSERT INTO search_synonym_audit (province_code, id, action, key_prefix, before, after) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)`,
        [params.province, params.id, created ? 'create' : 'update', key.prefix, created ? null : JSON.stringify(before.rows[0]!.row), JSON.stringify(after)],
      );
      return { id: params.id, province: params.province, created, deleted: false };
    });
    bumpDictionaryVersion();
    bumpCatalogVersion(); // cached search answers of this process change with the dictionary
    return jsonResponse(result.created ? 201 : 200, result);
  });

  mount(app, routes.deleteSearchTerm, async (c, { params }) => {
    const denied = provinceAllowed(c, params.province);
    if (denied) return denied;
    const key = keyOf(c);
    const gone = await db.transaction(async (tx) => {
      const before = await tx.query<{ row: unknown }>(
        'DELETE FROM search_synonyms s WHERE province_code = $1 AND id = $2 RETURNING to_jsonb(s) - \'updated_at\' AS row',
        [params.province, params.id],
      );
      if (before.rows.length === 0) return false;
      await tx.query(
        `INSERT INTO search_synonym_audit (province_code, id, action, key_prefix, before, after) VALUES ($1, $2, 'delete', $3, $4::text::jsonb, NULL)`,
        [params.province, params.id, key.prefix, JSON.stringify(before.rows[0]!.row)],
      );
      return true;
    });
    if (!gone) return problem(c, { type: PROBLEM_TYPES.notFound, title: 'Không có mục từ điển này', status: 404, detail: `Tỉnh ${params.province} không có mục "${params.id}".` });
    bumpDictionaryVersion();
    bumpCatalogVersion();
    return jsonResponse(200, { id: params.id, province: params.province, created: false, deleted: true });
  });
}
