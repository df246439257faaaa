// Citizen and public feedback endpoints (phản ánh, kiến nghị):
//   POST /v1/feedback             send (Idempotency-Key; limits per address and per phone; honeypot)
//   POST /v1/feedback/lookup      follow with code + verifier (last 4 digits of the phone given)
//   POST /v1/feedback/resolution  after an answer: resolved or not ("not" reopens the item)
//   GET  /v1/units/{code}/feedback  answered items whose sender consented to publication
//
// The contact details go to feedback_contacts in the same transaction as the item and nowhere else:
// not in the receipt, not in a view, not in a problem body, not in the logs (request lines carry the
// path only, see http/logger.ts).
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type FeedbackReceipt } from '@motcua/contracts';
import { calendarOfUnit } from '../../db/calendar.js';
import { procedureExists } from '../../db/catalog.js';
import { findDossier, verifyOwner } from '../../db/dossiers.js';
import {
  feedbackHistory,
  findFeedback,
  insertFeedback,
  listPublishedFeedback,
  markFeedbackResolved,
  nextFeedbackCode,
  purgeExpiredContacts,
  reopenFeedback,
} from '../../db/feedback.js';
import type { Queryable } from '../../db/types.js';
import { unitExists } from '../../db/units.js';
import { hashVerifiers, verifierMatches } from '../../db/verifier.js';
import { feedbackDueDate, feedbackView, publicFeedback, type FeedbackRow } from '../../domain/feedback.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';
import { vietnamToday, type WorkingCalendar } from '../../domain/working-days.js';
import { fieldProblem, idempotentAnswer, jsonResponse, problem, rateLimitedResponse, type ProblemBody } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { fold } from '../../search/normalize.js';
import { hasStoredAnswer, idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { citizenLimits, type CitizenLimits } from './limits.js';

type SubmitInput = RouteInput<typeof routes.submitFeedback>;
type SubmitBody = SubmitInput['body'];
type LookupInput = RouteInput<typeof routes.lookupFeedback>;
type ResolveInput = RouteInput<typeof routes.resolveFeedback>;
type ListInput = RouteInput<typeof routes.listUnitFeedback>;

/** The 429 detail of a feedback code guessed too often from one address. */
const CODE_LOCKED = 'Mã xác minh của phản ánh này đã bị nhập sai nhiều lần từ địa chỉ mạng của bạn.';

/** Last 4 digits of a normalised phone number (the verifier). */
const last4 = (phone: string) => phone.slice(-4);
/** The per-contact limit key: a hash, so the rate table never holds a phone number. */
const contactKey = (phone: string) => createHash('sha256').update(`feedback-contact:${phone.replace(/^\+84/, '0')}`).digest('base64url');

function notFound(c: Context): ProblemBody {
  return {
    type: PROBLEM_TYPES.notFound,
    title: 'Không tìm thấy phản ánh, kiến nghị',
    detail: 'Không có phản ánh, kiến nghị khớp với mã và mã xác minh đã nhập. Mã xác minh là 4 số cuối số điện thoại đã khai khi gửi.',
    status: 404,
    instance: c.req.path,
  };
}

function invalid(c: Context, field: string, message: string, code: string): ProblemBody {
  return { ...fieldProblem(422, [{ field, message, code }]), instance: c.req.path };
}

export function registerFeedbackRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const limits = citizenLimits(deps);
  mount(app, routes.submitFeedback, (c, input) => submitFeedback(deps, limits, c, input));
  mount(app, routes.lookupFeedback, (c, input) => lookupFeedback(deps, limits, c, input));
  mount(app, routes.resolveFeedback, (c, input) => resolveFeedback(deps, limits, c, input));
  mount(app, routes.listUnitFeedback, (c, input) => listUnitFeedback(deps, c, input));
}

// POST /v1/feedback -------------------------------------------------------------------------------

async function submitFeedback(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body: req, headers }: SubmitInput): Promise<Response> {
  const { db } = deps;
  // Honeypot: a field people never see. A bot filling it is refused, naming the field (never a
  // silent accept: a person whose browser autofilled it learns why).
  if (req.website && req.website.trim() !== '') return problem(c, invalid(c, 'body.website', 'Ô này phải để trống', 'honeypot'));
  const limited = await limits.perAddress(c, 'feedbackPerAddress', 'Có quá nhiều phản ánh gửi từ địa chỉ mạng của bạn.');
  if (limited) return limited;
  const route = `POST ${routes.submitFeedback.path}`;
  const key = headers['idempotency-key'];
  if (!(await unitExists(db, req.unit))) return problem(c, invalid(c, 'body.unit', `Không có đơn vị hành chính mã ${req.unit}`, 'unknown_unit'));
  // Outside the transaction (on PGlite the outer handle waits for an open transaction).
  const cal = await calendarOfUnit(db, req.unit);
  // A retry of an accepted item must not spend the sender's daily allowance.
  if (!(await hasStoredAnswer(db, route, key))) {
    const perContact = await deps.rateLimits.take('feedbackPerContact', contactKey(req.contact.phone));
    if (!perContact.ok) return rateLimitedResponse(c, perContact.retryAfterSeconds, 'Số điện thoại này đã gửi nhiều phản ánh trong ngày.');
  }
  const outcome = await idempotentWrite(db, { route, key, hash: requestHash(route, req) }, (tx) => receiveFeedback(tx, c, req, cal, deps.config.now()));
  return idempotentAnswer(c, outcome);
}

/** What the item is about: a procedure of the catalog, the sender's own dossier of that unit, or nothing. */
async function feedbackSubject(tx: Queryable, c: Context, req: SubmitBody): Promise<{ procedureCode: string | null; dossierCode: string | null } | StoredResponse> {
  if (req.subject.type === 'procedure') {
    if (!(await procedureExists(tx, req.subject.procedure))) {
      return { status: 422, body: invalid(c, 'body.subject.procedure', `Không có thủ tục mã ${req.subject.procedure} trong danh mục`, 'unknown_procedure') };
    }
    return { procedureCode: req.subject.procedure, dossierCode: null };
  }
  if (req.subject.type === 'dossier') {
    const d = verifyOwner(await findDossier(tx, req.subject.code), req.subject.verifier);
    if (!d || d.unit_code !== req.unit) {
      return { status: 422, body: invalid(c, 'body.subject.code', 'Không có hồ sơ của đơn vị này khớp mã hồ sơ và mã xác minh', 'unknown_dossier') };
    }
    return { procedureCode: d.procedure_code, dossierCode: d.code };
  }
  return { procedureCode: null, dossierCode: null };
}

async function receiveFeedback(tx: Queryable, c: Context, req: SubmitBody, cal: WorkingCalendar, at: Date): Promise<StoredResponse> {
  const subject = await feedbackSubject(tx, c, req);
  if ('status' in subject) return subject;
  const due = feedbackDueDate(cal, at);
  const code = await nextFeedbackCode(tx, req.unit, vietnamToday(at));
  const { salt, hashes } = hashVerifiers([last4(req.contact.phone)]);
  await insertFeedback(tx, {
    code,
    unit: req.unit,
    kind: req.kind,
    subjectType: req.subject.type,
    ...subject,
    title: req.title,
    content: req.content,
    receivedAt: at,
    dueDate: due,
    publishConsent: req.consent.publish,
    verifierSalt: salt,
    verifierHashes: hashes,
    contact: req.contact,
  });
  await purgeExpiredContacts(tx, at);
  const receipt: FeedbackReceipt = { code, unit: req.unit, status: 'received', receivedAt: toVietnamIso(at), dueDate: due, verifierHint: '4 số cuối số điện thoại đã khai' };
  return { status: 201, body: receipt };
}

// POST /v1/feedback/lookup ------------------------------------------------------------------------

async function lookupFeedback(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body }: LookupInput): Promise<Response> {
  const refused = (await limits.perAddress(c, 'lookupPerAddress')) ?? (await limits.reserveCodeAttempt(c, body.code, CODE_LOCKED));
  if (refused) return refused;
  const row = await findFeedback(deps.db, body.code);
  // same work whether the code exists or not: hash the verifier anyway
  const ok = row ? verifierMatches(row.verifier_salt, row.verifier_hashes, body.verifier) : (verifierMatches('x', [], body.verifier), false);
  if (!row || !ok) return problem(c, notFound(c));
  await limits.verified(c, body.code);
  const calendar = await calendarOfUnit(deps.db, row.unit_code);
  return jsonResponse(200, feedbackView(row, await feedbackHistory(deps.db, row.code), calendar, deps.config.now()));
}

// POST /v1/feedback/resolution --------------------------------------------------------------------

async function resolveFeedback(deps: RouteDeps, limits: CitizenLimits, c: Context<AppEnv>, { body: req, headers }: ResolveInput): Promise<Response> {
  const refused = (await limits.perAddress(c, 'evaluationPerAddress')) ?? (await limits.reserveCodeAttempt(c, req.code, CODE_LOCKED));
  if (refused) return refused;
  const route = `POST ${routes.resolveFeedback.path}`;
  let verified = false;
  // the unit is part of the code (PAKN-{unit}-…); its calendar is read outside the transaction
  const cal = await calendarOfUnit(deps.db, req.code.slice(5, 10));
  const outcome = await idempotentWrite(deps.db, { route, key: headers['idempotency-key'], hash: requestHash(route, req) }, async (tx): Promise<StoredResponse> => {
    const row = await findFeedback(tx, req.code, { forUpdate: true });
    if (!row || !verifierMatches(row.verifier_salt, row.verifier_hashes, req.verifier)) return { status: 404, body: notFound(c) };
    verified = true;
    return recordResolution(tx, c, row, req.resolved, cal, deps.config.now());
  });
  if (verified || outcome.kind === 'replayed') await limits.verified(c, req.code);
  return idempotentAnswer(c, outcome);
}

/** Once per answer: resolved, or not (the item reopens with a new deadline); 409 otherwise. */
async function recordResolution(tx: Queryable, c: Context, row: FeedbackRow, resolved: boolean, cal: WorkingCalendar, at: Date): Promise<StoredResponse> {
  if (row.status !== 'answered' || row.resolved !== null) {
    return {
      status: 409,
      body: {
        type: PROBLEM_TYPES.conflict,
        status: 409,
        title: row.status !== 'answered' ? 'Phản ánh chưa được trả lời' : 'Đã cho ý kiến về câu trả lời này',
        detail: 'Ý kiến "đã giải quyết / chưa giải quyết" được gửi một lần cho mỗi câu trả lời.',
        instance: c.req.path,
      },
    };
  }
  if (resolved) await markFeedbackResolved(tx, row.code, at);
  else await reopenFeedback(tx, row.code, at, feedbackDueDate(cal, at));
  const fresh = (await findFeedback(tx, row.code))!;
  return { status: 200, body: feedbackView(fresh, await feedbackHistory(tx, row.code), cal, at) };
}

// GET /v1/units/{code}/feedback -------------------------------------------------------------------

async function listUnitFeedback(deps: RouteDeps, c: Context<AppEnv>, { params, query }: ListInput): Promise<Response> {
  if (!(await unitExists(deps.db, params.code))) {
    return problem(c, { type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy đơn vị', status: 404, detail: `Không có đơn vị hành chính mã ${params.code}.`, instance: c.req.path });
  }
  const words = query.q ? fold(query.q).split(' ').filter(Boolean).slice(0, 8) : [];
  const { rows, total } = await listPublishedFeedback(deps.db, params.code, words, query);
  return jsonResponse(200, { items: rows.map(publicFeedback), total, page: query.page, limit: query.limit }, { 'cache-control': 'public, max-age=60' });
}
