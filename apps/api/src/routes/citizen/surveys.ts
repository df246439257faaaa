// POST /v1/surveys — the general satisfaction survey of a unit (SIPAS factors), anonymous, one
// token per address; Idempotency-Key required, the answer stored with it in one transaction.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type SurveyResponse } from '@motcua/contracts';
import { insertSurvey } from '../../db/satisfaction.js';
import { unitExists } from '../../db/units.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';
import { idempotentAnswer } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { citizenLimits, type CitizenLimits } from './limits.js';

type SurveyInput = RouteInput<typeof routes.submitSurvey>;

export function registerSurveyRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limits = citizenLimits(deps);
  mount(app, routes.submitSurvey, (c, input) => submitSurvey(deps, limits, c, input));
}

async function submitSurvey(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body: req, headers }: SurveyInput): Promise<Response> {
  const limited = await limits.perAddress(c, 'surveyPerAddress');
  if (limited) return limited;
  const route = `POST ${routes.submitSurvey.path}`;
  const outcome = await idempotentWrite(deps.db, { route, key: headers['idempotency-key'], hash: requestHash(route, req) }, async (tx): Promise<StoredResponse> => {
    if (!(await unitExists(tx, req.unit))) return unknownUnit(c, req.unit);
    const ratings = Object.values(req.answers) as number[];
    const satisfied = ratings.reduce((a, b) => a + b, 0) / ratings.length >= 4;
    const comment = req.comment && req.comment.length > 0 ? req.comment : null;
    const ins = await insertSurvey(tx, { unitCode: req.unit, answers: req.answers as Record<string, number>, satisfied, comment });
    const response: SurveyResponse = { id: String(ins.id), unit: req.unit, submittedAt: toVietnamIso(ins.created_at) };
    return { status: 201, body: response };
  });
  return idempotentAnswer(c, outcome);
}

function unknownUnit(c: Context, unit: string): StoredResponse {
  return {
    status: 422,
    body: {
      type: PROBLEM_TYPES.validation,
      title: 'Dữ liệu không hợp lệ',
      detail: 'Có 1 lỗi trong nội dung yêu cầu.',
      status: 422,
      instance: c.req.path,
      errors: [{ field: 'body.unit', message: `Không có đơn vị hành chính mã ${unit}`, code: 'unknown_unit' }],
    },
  };
}
