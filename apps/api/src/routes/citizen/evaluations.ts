// POST /v1/dossiers/evaluations — the citizen rates the handling of their own resolved dossier
// (đánh giá sự hài lòng, once per dossier). Ownership is proven as for the lookup (same 404, same
// verifier guard); Idempotency-Key required, the evaluation stored with its answer in one transaction.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type EvaluationResponse } from '@motcua/contracts';
import { findDossier, timelineOf, verifyOwner, type DossierRow } from '../../db/dossiers.js';
import { insertEvaluation } from '../../db/satisfaction.js';
import type { Queryable } from '../../db/types.js';
import { isSatisfied, scoreEvaluation } from '../../domain/evaluation.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';
import { idempotentAnswer } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { dossierNotFound } from './dossier-lookup.js';
import { DOSSIER_CODE_LOCKED, citizenLimits, type CitizenLimits } from './limits.js';

type EvaluationInput = RouteInput<typeof routes.submitEvaluation>;
type EvaluationBody = EvaluationInput['body'];

const EVALUABLE = new Set(['resolved', 'result-returned']);

export function registerEvaluationRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limits = citizenLimits(deps);
  mount(app, routes.submitEvaluation, (c, input) => submitEvaluation(deps, limits, c, input));
}

async function submitEvaluation(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body: req, headers }: EvaluationInput): Promise<Response> {
  const refused = (await limits.perAddress(c, 'evaluationPerAddress')) ?? (await limits.reserveCodeAttempt(c, req.code, DOSSIER_CODE_LOCKED));
  if (refused) return refused;
  const route = `POST ${routes.submitEvaluation.path}`;
  let verified = false;
  const outcome = await idempotentWrite(deps.db, { route, key: headers['idempotency-key'], hash: requestHash(route, req) }, async (tx) => {
    const row = verifyOwner(await findDossier(tx, req.code, { forUpdate: true, withTimeline: true }), req.verifier);
    if (!row) return { status: 404, body: dossierNotFound(c) };
    verified = true;
    return evaluate(tx, c, row, req);
  });
  if (verified || outcome.kind === 'replayed') await limits.verified(c, req.code);
  return idempotentAnswer(c, outcome);
}

function conflict(c: Context, type: string, title: string, detail: string): StoredResponse {
  return { status: 409, body: { type, title, detail, status: 409, instance: c.req.path } };
}

/** Scores and stores the evaluation of the owner's dossier: 409 when not finished or already rated. */
async function evaluate(tx: Queryable, c: Context, row: DossierRow, req: EvaluationBody): Promise<StoredResponse> {
  if (!EVALUABLE.has(row.status) || !row.resolved_at) {
    return conflict(c, PROBLEM_TYPES.conflict, 'Hồ sơ chưa thể đánh giá', 'Chỉ đánh giá được hồ sơ đã xử lý xong hoặc đã trả kết quả.');
  }
  // Indicators 1 and 2 come from the dossier's record (domain/evaluation.ts), the rest from the answers.
  const scored = scoreEvaluation(
    { resolvedAt: row.resolved_at, appointmentDate: row.appointment_date, timeline: timelineOf(row) },
    req.answers as Record<string, number>,
  );
  const ins = await insertEvaluation(tx, {
    dossierCode: row.code,
    unitCode: row.unit_code,
    points: Object.fromEntries(scored.indicators.map((i) => [i.id, i.points])),
    score: scored.score,
    maxScore: scored.maxScore,
    satisfaction: req.satisfaction,
    satisfied: isSatisfied(req.satisfaction),
    comment: req.comment && req.comment.length > 0 ? req.comment : null,
  });
  if (!ins) return conflict(c, PROBLEM_TYPES.alreadyEvaluated, 'Hồ sơ đã được đánh giá', 'Mỗi hồ sơ chỉ được đánh giá một lần.');
  const response: EvaluationResponse = { id: String(ins.id), dossierCode: row.code, score: scored.score, maxScore: scored.maxScore, submittedAt: toVietnamIso(ins.created_at) };
  return { status: 201, body: response };
}
