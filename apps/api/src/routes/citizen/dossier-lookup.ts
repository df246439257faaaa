// POST /v1/dossiers/lookup — a citizen follows a dossier (tra cứu hồ sơ) with its code AND a
// verifier (last 4 digits of the ID number or phone). A wrong code and a wrong verifier answer the
// same 404 (same body, same work: the verifier is hashed in both cases); guessing is slowed per
// code by the verifier guard (limits.ts).
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes } from '@motcua/contracts';
import { calendarOfUnit } from '../../db/calendar.js';
import { findDossier, timelineOf, toDossierRecord, verifyOwner } from '../../db/dossiers.js';
import { buildDossierView } from '../../domain/dossier-view.js';
import { vietnamToday } from '../../domain/working-days.js';
import { jsonResponse, problem, type ProblemBody } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { DOSSIER_CODE_LOCKED, citizenLimits, type CitizenLimits } from './limits.js';

type LookupInput = RouteInput<typeof routes.lookupDossier>;

/** The one 404 of a dossier code and verifier that do not match (the lookup's and the evaluation's). */
export function dossierNotFound(c: Context): ProblemBody {
  return {
    type: PROBLEM_TYPES.notFound,
    title: 'Không tìm thấy hồ sơ',
    detail: 'Không có hồ sơ khớp với mã hồ sơ và mã xác minh đã nhập. Vui lòng kiểm tra lại mã hồ sơ trên giấy tiếp nhận và 4 số cuối số định danh cá nhân (số thẻ căn cước) hoặc số điện thoại.',
    status: 404,
    instance: c.req.path,
  };
}

export function registerDossierLookupRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limits = citizenLimits(deps);
  mount(app, routes.lookupDossier, (c, input) => lookupDossier(deps, limits, c, input));
}

async function lookupDossier(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body }: LookupInput): Promise<Response> {
  const refused = (await limits.perAddress(c, 'lookupPerAddress')) ?? (await limits.reserveCodeAttempt(c, body.code, DOSSIER_CODE_LOCKED));
  if (refused) return refused;
  const row = verifyOwner(await findDossier(deps.db, body.code, { withTimeline: true }), body.verifier);
  if (!row) return problem(c, dossierNotFound(c));
  await limits.verified(c, body.code);
  // Days left and overdue on the calendar of the dossier's province (its own year when it corrected one).
  const calendar = await calendarOfUnit(deps.db, row.unit_code);
  const view = buildDossierView(toDossierRecord(row), timelineOf(row), { today: vietnamToday(deps.config.now()), calendar });
  return jsonResponse(200, view);
}
