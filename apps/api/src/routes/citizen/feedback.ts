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
import type { Config } from '../../config.js';
import type { Db } from '../../db/types.js';
import { hashVerifiers, verifierMatches } from '../../db/verifier.js';
import { calendarOfUnit } from '../../domain/calendar-store.js';
import {
  FEEDBACK_SELECT,
  feedbackDueDate,
  feedbackHistory,
  feedbackView,
  nextFeedbackCode,
  publicFeedback,
  purgeExpiredContacts,
  recordFeedbackEvent,
  type FeedbackRow,
} from '../../domain/feedback.js';
import { toVietnamIso } from '../../domain/mask.js';
import { vietnamToday, type WorkingCalendar } from '../../domain/working-days.js';
import { mount } from '../../http/route.js';
import type { AppEnv } from '../../http/types.js';
import { fold } from '../../search/normalize.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { clientAddress, type RateLimits } from '../../security/rate-limit.js';
import { findDossier, verifyOwner } from '../../db/dossiers.js';
import { fieldProblem, idempotentAnswer, jsonResponse, problem, rateLimitedResponse, type ProblemBody } from '../../http/respond.js';

export interface FeedbackDeps {
  db: Db;
  rateLimits: RateLimits;
  calendar?: WorkingCalendar;
  now?: () => Date;
  config: Pick<Config, 'now' | 'trustProxyHops'>;
}

const NOT_FOUND = {
  type: PROBLEM_TYPES.notFound,
  title: 'Không tìm thấy phản ánh, kiến nghị',
  detail: 'Không có phản ánh, kiến nghị khớp với mã và mã xác minh đã nhập. Mã xác minh là 4 số cuối số điện thoại đã khai khi gửi.',
};

/** Last 4 digits of a normalised phone number (the verifier). */
const last4 = (phone: string) => phone.slice(-4);
/** The per-contact limit key: a hash, so the rate table never holds a phone number. */
const contactKey = (phone: string) => createHash('sha256').update(`feedback-contact:${phone.replace(/^\+84/, '0')}`).digest('base64url');

export function registerFeedbackRoutes(app: Hono<AppEnv>, deps: FeedbackDeps): void {
  const { db, rateLimits: limits } = deps;
  const now = deps.now ?? deps.config?.now ?? (() => new Date());
  const hops = deps.config.trustProxyHops;
  const calendar = async (unit: string) => deps.calendar ?? (await calendarOfUnit(db, unit));
  const notFound = (c: Context): ProblemBody => ({ ...NOT_FOUND, status: 404, instance: c.req.path });

  async function load(code: string, forUpdate = false): Promise<FeedbackRow | null> {
    const res = await db.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1${forUpdate ? ' FOR UPDATE OF f' : ''}`, [code]);
    return res.rows[0] ?? null;
  }

  // POST /v1/feedback ----------------------------------------------------------------------------
  mount(app, routes.submitFeedback, async (c, { body: req, headers }) => {
    // Honeypot: a field people never see. A bot filling it is refused, naming the field (never a
    // silent accept: a person whose browser autofilled it learns why).
    if (req.website && req.website.trim() !== '') {
      return problem(c, { ...fieldProblem(422, [{ field: 'body.website', message: 'Ô này phải để trống', code: 'honeypot' }]), instance: c.req.path });
    }
    const address = clientAddress(c, hops);
    const perAddress = await limits.take('feedbackPerAddress', address);
    if (!perAddress.ok) return rateLimitedResponse(c, perAddress.retryAfterSeconds, 'Có quá nhiều phản ánh gửi từ địa chỉ mạng của bạn.');
    const route = `POST ${routes.submitFeedback.path}`;
    const key = headers['idempotency-key'];
    const hash = requestHash(route, req);

    const unit = await db.query<{ code: string }>('SELECT code FROM units WHERE code = $1', [req.unit]);
    if (unit.rows.length === 0) {
      return problem(c, { ...fieldProblem(422, [{ field: 'body.unit', message: `Không có đơn vị hành chính mã ${req.unit}`, code: 'unknown_unit' }]), instance: c.req.path });
    }
    // Outside the transaction (on PGlite the outer handle waits for an open transaction).
    const cal = await calendar(req.unit);
    // A retry of an accepted item must not spend the sender's daily allowance.
    const replay = await db.query('SELECT 1 FROM idempotency_keys WHERE route = $1 AND key = $2', [route, key]);
    if (replay.rows.length === 0) {
      const perContact = await limits.take('feedbackPerContact', contactKey(req.contact.phone));
      if (!perContact.ok) return rateLimitedResponse(c, perContact.retryAfterSeconds, 'Số điện thoại này đã gửi nhiều phản ánh trong ngày.');
    }
    const outcome = await idempotentWrite(db, { route, key, hash }, async (tx): Promise<StoredResponse> => {
      let procedureCode: string | null = null;
      let dossierCode: string | null = null;
      if (req.subject.type === 'procedure') {
        const p = await tx.query<{ code: string }>('SELECT code FROM procedures WHERE code = $1', [req.subject.procedure]);
        if (p.rows.length === 0) {
          return {
            status: 422,
            body: { ...fieldProblem(422, [{ field: 'body.subject.procedure', message: `Không có thủ tục mã ${req.subject.procedure} trong danh mục`, code: 'unknown_procedure' }]), instance: c.req.path },
          };
        }
        procedureCode = req.subject.procedure;
      } else if (req.subject.type === 'dossier') {
        const d = verifyOwner(await findDossier(tx, req.subject.code), req.subject.verifier);
        if (!d || d.unit_code !== req.unit) {
          return {
            status: 422,
            body: { ...fieldProblem(422, [{ field: 'body.subject.code', message: 'Không có hồ sơ của đơn vị này khớp mã hồ sơ và mã xác minh', code: 'unknown_dossier' }]), instance: c.req.path },
          };
        }
        dossierCode = d.code;
        procedureCode = d.procedure_code;
      }
      const at = now();
      const due = feedbackDueDate(cal, at);
      const code = await nextFeedbackCode(tx, req.unit, vietnamToday(at));
      const { salt, hashes } = hashVerifiers([last4(req.contact.phone)]);
      await tx.query(
        `INSERT INTO feedback (code, unit_code, kind, subject_type, procedure_code, dossier_code, title, content, status,
           received_at, due_date, first_due_date, publish_consent, verifier_salt, verifier_hashes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'received', $9, $10, $10, $11, $12, $13::text[])`,
        [code, req.unit, req.kind, req.subject.type, procedureCode, dossierCode, req.title, req.content, at.toISOString(), due, req.consent.publish, salt, hashes],
      );
      await tx.query('INSERT INTO feedback_contacts (code, name, address, phone, email, consented_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        code,
        req.contact.name,
        req.contact.address,
        req.contact.phone,
        req.contact.email ?? null,
        at.toISOString(),
      ]);
      await recordFeedbackEvent(tx, code, 'create', 'received', null, 'citizen', at);
      await purgeExpiredContacts(tx, at);
      const receipt: FeedbackReceipt = {
        code,
        unit: req.unit,
        status: 'received',
        receivedAt: toVietnamIso(at),
        dueDate: due,
        verifierHint: '4 số cuối số điện thoại đã khai',
      };
      return { status: 201, body: receipt };
    });
    return idempotentAnswer(c, outcome);
  });

  // POST /v1/feedback/lookup ----------------------------------------------------------------------
  mount(app, routes.lookupFeedback, async (c, { body }) => {
    const address = clientAddress(c, hops);
    const limited = await limits.take('lookupPerAddress', address);
    if (!limited.ok) return rateLimitedResponse(c, limited.retryAfterSeconds, 'Có quá nhiều yêu cầu từ địa chỉ mạng của bạn.');
    const guard = await limits.reserveVerifierAttempt(body.code, address);
    if (!guard.ok) return rateLimitedResponse(c, guard.retryAfterSeconds, 'Mã xác minh của phản ánh này đã bị nhập sai nhiều lần từ địa chỉ mạng của bạn.');
    const row = await load(body.code);
    // same work whether the code exists or not: hash the verifier anyway
    const ok = row ? verifierMatches(row.verifier_salt, row.verifier_hashes, body.verifier) : (verifierMatches('x', [], body.verifier), false);
    if (!row || !ok) return problem(c, notFound(c));
    await limits.verified(body.code, address);
    return jsonResponse(200, feedbackView(row, await feedbackHistory(db, row.code), await calendar(row.unit_code), now()));
  });

  // POST /v1/feedback/resolution ------------------------------------------------------------------
  mount(app, routes.resolveFeedback, async (c, { body: req, headers }) => {
    const address = clientAddress(c, hops);
    const limited = await limits.take('evaluationPerAddress', address);
    if (!limited.ok) return rateLimitedResponse(c, limited.retryAfterSeconds, 'Có quá nhiều yêu cầu từ địa chỉ mạng của bạn.');
    const guard = await limits.reserveVerifierAttempt(req.code, address);
    if (!guard.ok) return rateLimitedResponse(c, guard.retryAfterSeconds, 'Mã xác minh của phản ánh này đã bị nhập sai nhiều lần từ địa chỉ mạng của bạn.');
    const route = `POST ${routes.resolveFeedback.path}`;
    let verified = false;
    // the unit is part of the code (PAKN-{unit}-…); its calendar is read outside the transaction
    const cal = await calendar(req.code.slice(5, 10));
    const outcome = await idempotentWrite(db, { route, key: headers['idempotency-key'], hash: requestHash(route, req) }, async (tx): Promise<StoredResponse> => {
      const res = await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1 FOR UPDATE OF f`, [req.code]);
      const row = res.rows[0];
      if (!row || !verifierMatches(row.verifier_salt, row.verifier_hashes, req.verifier)) return { status: 404, body: notFound(c) };
      verified = true;
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
      const at = now();
      if (req.resolved) {
        await tx.query('UPDATE feedback SET resolved = true, resolution_at = $2 WHERE code = $1', [row.code, at.toISOString()]);
        await recordFeedbackEvent(tx, row.code, 'resolved', 'answered', 'Người gửi: đã giải quyết được vấn đề', 'citizen', at);
      } else {
        // Not resolved: counted, and the item goes back to the ward with a new deadline.
        const due = feedbackDueDate(cal, at);
        await tx.query(
          `UPDATE feedback SET resolved = false, resolution_at = $2, status = 'in-progress', reopened = reopened + 1, due_date = $3, closed_at = NULL
           WHERE code = $1`,
          [row.code, at.toISOString(), due],
        );
        await recordFeedbackEvent(tx, row.code, 'reopened', 'in-progress', 'Người gửi: chưa giải quyết được vấn đề — phản ánh được mở lại', 'citizen', at);
      }
      const fresh = (await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1`, [row.code])).rows[0]!;
      return { status: 200, body: feedbackView(fresh, await feedbackHistory(tx, row.code), cal, at) };
    });
    if (verified || outcome.kind === 'replayed') await limits.verified(req.code, address);
    return idempotentAnswer(c, outcome);
  });

  // GET /v1/units/{code}/feedback -----------------------------------------------------------------
  mount(app, routes.listUnitFeedback, async (c, { params, query }) => {
    const unit = await db.query<{ code: string }>('SELECT code FROM units WHERE code = $1', [params.code]);
    if (unit.rows.length === 0) {
      return problem(c, { type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy đơn vị', status: 404, detail: `Không có đơn vị hành chính mã ${params.code}.`, instance: c.req.path });
    }
    const words = query.q ? fold(query.q).split(' ').filter(Boolean).slice(0, 8) : [];
    const where = [`f.unit_code = $1`, `f.publish_consent`, `f.status = 'answered'`];
    const args: unknown[] = [params.code];
    for (const w of words) {
      args.push(`%${w}%`);
      where.push(`f.search_text LIKE $${args.length}`);
    }
    const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback f WHERE ${where.join(' AND ')}`, args);
    const offset = (query.page - 1) * query.limit;
    const rows = await db.query<FeedbackRow>(
      `${FEEDBACK_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.answered_at DESC, f.code DESC LIMIT ${query.limit} OFFSET ${offset}`,
      args,
    );
    return jsonResponse(200, { items: rows.rows.map(publicFeedback), total: Number(total.rows[0]!.n), page: query.page, limit: query.limit }, { 'cache-control': 'public, max-age=60' });
  });
}
