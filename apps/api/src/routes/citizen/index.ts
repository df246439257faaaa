// Citizen endpoints: dossier lookup, per-dossier evaluation, general satisfaction survey.
//
// - Lookup needs the dossier code AND a verifier; a wrong code and a wrong verifier answer the
//   same 404 (same body, same work: the verifier is hashed in both cases).
// - Guessing is slowed per dossier code by the verifier guard (security/rate-limit.ts): every
//   attempt is recorded as a failure in advance and taken back when the verifier matches; an
//   address that keeps failing on a code waits longer and longer (429 + Retry-After), and the
//   code's own failure count lengthens that wait for every failing address. The owner, typing from
//   an address with no failures on the code, is never refused. Per-address limits are generous
//   because mobile carriers put thousands of citizens behind one address.
// - Writes require an Idempotency-Key and are stored with their answer in one transaction.
import type { Config } from '../../config.js';
import type { Context, Hono } from 'hono';
import {
  PROBLEM_TYPES,
  routes,
  type EvaluationResponse,
  type SurveyResponse,
} from '@motcua/contracts';
import { mount } from '../../http/route.js';
import type { AppEnv } from '../../http/types.js';
import type { Db } from '../../db/types.js';
import { buildDossierView, toVietnamIso } from '../../domain/mask.js';
import { vietnamToday, type WorkingCalendar } from '../../domain/working-days.js';
import { calendarOfUnit } from '../../domain/calendar-store.js';
import { isSatisfied, scoreEvaluation } from '../../domain/evaluation.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { RateLimits, clientAddress, type BucketName } from '../../security/rate-limit.js';
import { findDossier, timelineOf, toDossierRecord, verifyOwner } from '../../db/dossiers.js';
import { idempotentAnswer, jsonResponse, problem, rateLimitedResponse, type ProblemBody } from '../../http/respond.js';

export interface CitizenDeps {
  db: Db;
  /** The app's limits (state in the database, shared by replicas). */
  rateLimits: RateLimits;
  calendar?: WorkingCalendar;
  /** Clock for "today" (tests); otherwise the configuration's clock (MOTCUA_NOW or real time). */
  now?: () => Date;
  config: Pick<Config, 'now' | 'trustProxyHops'>;
}

const NOT_FOUND = {
  type: PROBLEM_TYPES.notFound,
  title: 'Không tìm thấy hồ sơ',
  detail: 'Không có hồ sơ khớp với mã hồ sơ và mã xác minh đã nhập. Vui lòng kiểm tra lại mã hồ sơ trên giấy tiếp nhận và 4 số cuối số định danh cá nhân (số thẻ căn cước) hoặc số điện thoại.',
};

const EVALUABLE = new Set(['resolved', 'result-returned']);

export function registerCitizenRoutes(app: Hono<AppEnv>, deps: CitizenDeps): void {
  const db = deps.db;
  const limits = deps.rateLimits;
  // The calendar of the dossier's province (its own year when it corrected one), from the database.
  const calendar = async (unit: string) => deps.calendar ?? (await calendarOfUnit(db, unit));
  const now = deps.now ?? deps.config?.now ?? (() => new Date());
  const hops = deps.config.trustProxyHops;

  const notFoundBody = (c: Context): ProblemBody => ({ ...NOT_FOUND, status: 404, instance: c.req.path });

  /** Reserves one verifier attempt on the code from this address; a 429 when it must wait. */
  async function reserveCodeAttempt(c: Context, code: string): Promise<Response | null> {
    const r = await limits.reserveVerifierAttempt(code, clientAddress(c, hops));
    if (r.ok) return null;
    return rateLimitedResponse(c, r.retryAfterSeconds, 'Mã xác minh của hồ sơ này đã bị nhập sai nhiều lần từ địa chỉ mạng của bạn.');
  }

  async function perAddress(c: Context, bucket: BucketName): Promise<Response | null> {
    const r = await limits.take(bucket, clientAddress(c, hops));
    if (r.ok) return null;
    return rateLimitedResponse(c, r.retryAfterSeconds, 'Có quá nhiều yêu cầu từ địa chỉ mạng của bạn.');
  }

  // POST /v1/dossiers/lookup ------------------------------------------------------------------
  mount(app, routes.lookupDossier, async (c, { body }) => {
    const limited = await perAddress(c, 'lookupPerAddress');
    if (limited) return limited;
    const { code, verifier } = body;

    const locked = await reserveCodeAttempt(c, code);
    if (locked) return locked;
    const row = verifyOwner(await findDossier(db, code, { withTimeline: true }), verifier);
    if (!row) return problem(c, notFoundBody(c));
    await limits.verified(code, clientAddress(c, hops));

    const view = buildDossierView(toDossierRecord(row), timelineOf(row), { today: vietnamToday(now()), calendar: await calendar(row.unit_code) });
    return jsonResponse(200, view);
  });

  // POST /v1/dossiers/evaluations -------------------------------------------------------------
  mount(app, routes.submitEvaluation, async (c, { body: req, headers }) => {
    const limited = await perAddress(c, 'evaluationPerAddress');
    if (limited) return limited;
    const route = `POST ${routes.submitEvaluation.path}`;

    const locked = await reserveCodeAttempt(c, req.code);
    if (locked) return locked;
    let verified = false;
    const outcome = await idempotentWrite(
      db,
      { route, key: headers['idempotency-key'], hash: requestHash(route, req) },
      async (tx): Promise<StoredResponse> => {
        const row = verifyOwner(await findDossier(tx, req.code, { forUpdate: true, withTimeline: true }), req.verifier);
        if (!row) return { status: 404, body: notFoundBody(c) };
        verified = true;
        if (!EVALUABLE.has(row.status) || !row.resolved_at) {
          return {
            status: 409,
            body: {
              type: PROBLEM_TYPES.conflict,
              title: 'Hồ sơ chưa thể đánh giá',
              detail: 'Chỉ đánh giá được hồ sơ đã xử lý xong hoặc đã trả kết quả.',
              status: 409,
              instance: c.req.path,
            },
          };
        }
        // Indicators 1 and 2 come from the dossier's record (domain/evaluation.ts), the rest from the answers.
        const scored = scoreEvaluation(
          { resolvedAt: row.resolved_at, appointmentDate: row.appointment_date, timeline: timelineOf(row) },
          req.answers as Record<string, number>,
        );
        const points = Object.fromEntries(scored.indicators.map((i) => [i.id, i.points]));
        const inserted = await tx.query<{ id: string; created_at: Date }>(
          `INSERT INTO evaluations (dossier_code, unit_code, answers, score, max_score, satisfaction, satisfied, comment)
           VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7, $8)
           ON CONFLICT (dossier_code) DO NOTHING RETURNING id, created_at`,
          [
            row.code,
            row.unit_code,
            JSON.stringify(points),
            scored.score,
            scored.maxScore,
            req.satisfaction,
            isSatisfied(req.satisfaction),
            req.comment && req.comment.length > 0 ? req.comment : null,
          ],
        );
        const ins = inserted.rows[0];
        if (!ins) {
          return {
            status: 409,
            body: {
              type: PROBLEM_TYPES.alreadyEvaluated,
              title: 'Hồ sơ đã được đánh giá',
              detail: 'Mỗi hồ sơ chỉ được đánh giá một lần.',
              status: 409,
              instance: c.req.path,
            },
          };
        }
        const response: EvaluationResponse = {
          id: String(ins.id),
          dossierCode: row.code,
          score: scored.score,
          maxScore: scored.maxScore,
          submittedAt: toVietnamIso(ins.created_at),
        };
        return { status: 201, body: response };
      },
    );
    if (verified || outcome.kind === 'replayed') await limits.verified(req.code, clientAddress(c, hops));
    return idempotentAnswer(c, outcome);
  });

  // POST /v1/surveys ----------------------------------------------------------------------------
  mount(app, routes.submitSurvey, async (c, { body: req, headers }) => {
    const limited = await perAddress(c, 'surveyPerAddress');
    if (limited) return limited;
    const route = `POST ${routes.submitSurvey.path}`;

    const outcome = await idempotentWrite(
      db,
      { route, key: headers['idempotency-key'], hash: requestHash(route, req) },
      async (tx): Promise<StoredResponse> => {
        const unit = await tx.query<{ code: string }>('SELECT code FROM units WHERE code = $1', [req.unit]);
        if (unit.rows.length === 0) {
          return {
            status: 422,
            body: {
              type: PROBLEM_TYPES.validation,
              title: 'Dữ liệu không hợp lệ',
              detail: 'Có 1 lỗi trong nội dung yêu cầu.',
              status: 422,
              instance: c.req.path,
              errors: [{ field: 'body.unit', message: `Không có đơn vị hành chính mã ${req.unit}`, code: 'unknown_unit' }],
            },
          };
        }
        const ratings = Object.values(req.answers) as number[];
        const satisfied = ratings.reduce((a, b) => a + b, 0) / ratings.length >= 4;
        const inserted = await tx.query<{ id: string; created_at: Date }>(
          `INSERT INTO surveys (unit_code, answers, satisfied, comment) VALUES ($1, $2::text::jsonb, $3, $4) RETURNING id, created_at`,
          [req.unit, JSON.stringify(req.answers), satisfied, req.comment && req.comment.length > 0 ? req.comment : null],
        );
        const ins = inserted.rows[0]!;
        const response: SurveyResponse = { id: String(ins.id), unit: req.unit, submittedAt: toVietnamIso(ins.created_at) };
        return { status: 201, body: response };
      },
    );
    return idempotentAnswer(c, outcome);
  });
}
