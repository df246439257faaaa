// Admin API of feedback (phản ánh, kiến nghị) for the province's one-stop / PAKN system:
//   GET  /v1/admin/feedback                 items in the key's scope, with the sender's contact
//   POST /v1/admin/feedback/{code}/actions  accept | forward | answer | refuse
// An item outside the key's scope answers 404, like a missing one. Every action is recorded in
// feedback_events with the key that made it (audit). Transitions:
//   received → in-progress (accept) · received|in-progress → forwarded (forward, agency named)
//   received|in-progress|forwarded → answered (answer) · received|in-progress → not-accepted (refuse:
//   reason and where to go instead). Anything else is a 409.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type FeedbackAction, type FeedbackStatus } from '@motcua/contracts';
import type { Db, Queryable } from '../../db/types.js';
import { calendarOfUnit } from '../../domain/calendar-store.js';
import { FEEDBACK_SELECT, adminFeedback, answerTiming, feedbackSearchText, recordFeedbackEvent, type FeedbackRow } from '../../domain/feedback.js';
import { vietnamDay } from '../../domain/mask.js';
import type { WorkingCalendar } from '../../domain/working-days.js';
import { mount } from '../../http/route.js';
import type { AppEnv } from '../../http/types.js';
import { scopeAllowsUnit, type AuthenticatedKey } from '../../security/api-keys.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { idempotentAnswer, jsonResponse, problem } from '../../http/respond.js';

export interface AdminFeedbackDeps {
  db: Db;
  now?: () => Date;
}

const ALLOWED: Record<FeedbackAction['action'], readonly FeedbackStatus[]> = {
  accept: ['received'],
  forward: ['received', 'in-progress'],
  answer: ['received', 'in-progress', 'forwarded'],
  refuse: ['received', 'in-progress'],
};

const actor = (key: AuthenticatedKey) => `key:${key.prefix}${key.label ? ` (${key.label})` : ''}`;

/** SQL condition limiting `units u` to a key's scope; `args` receives its parameter. */
function scopeCondition(key: AuthenticatedKey, args: unknown[]): string {
  switch (key.scope.kind) {
    case 'all':
      return 'true';
    case 'province':
      args.push(key.scope.province);
      return `u.province_code = $${args.length}`;
    case 'unit':
      args.push(key.scope.unit);
      return `u.code = $${args.length}`;
  }
}

export function registerAdminFeedbackRoutes(app: Hono<AppEnv>, deps: AdminFeedbackDeps, keyOf: (c: Context) => AuthenticatedKey): void {
  const db = deps.db;
  const now = deps.now ?? (() => new Date());

  mount(app, routes.listFeedbackAdmin, async (c, { query }) => {
    const key = keyOf(c);
    const args: unknown[] = [];
    const where = [scopeCondition(key, args)];
    if (query.unit) {
      args.push(query.unit);
      where.push(`f.unit_code = $${args.length}`);
    }
    if (query.status) {
      args.push(query.status);
      where.push(`f.status = $${args.length}`);
    }
    if (query.notResolved !== undefined) where.push(query.notResolved ? 'f.resolved = false' : '(f.resolved IS NULL OR f.resolved)');
    const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback f JOIN units u ON u.code = f.unit_code WHERE ${where.join(' AND ')}`, args);
    const rows = await db.query<FeedbackRow>(
      `${FEEDBACK_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.received_at DESC, f.code DESC LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
      args,
    );
    const at = now();
    const items = [];
    const calendars = new Map<string, WorkingCalendar>();
    for (const r of rows.rows) {
      if (!calendars.has(r.unit_code)) calendars.set(r.unit_code, await calendarOfUnit(db, r.unit_code));
      items.push(await adminFeedback(db, r, calendars.get(r.unit_code)!, at));
    }
    return jsonResponse(200, { items, total: Number(total.rows[0]!.n), page: query.page, limit: query.limit });
  });

  mount(app, routes.actOnFeedback, async (c, { params, body, headers }) => {
    const key = keyOf(c);
    const code = params.code;
    const notFound = { type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy phản ánh, kiến nghị', status: 404, detail: `Không có phản ánh mã ${code} trong phạm vi của khóa.`, instance: c.req.path };
    const unitRow = await db.query<{ unit_code: string; province_code: string }>(
      'SELECT f.unit_code, u.province_code FROM feedback f JOIN units u ON u.code = f.unit_code WHERE f.code = $1',
      [code],
    );
    const scoped = unitRow.rows[0];
    if (!scoped || !scopeAllowsUnit(key.scope, scoped.unit_code, scoped.province_code)) return problem(c, notFound);
    const cal = await calendarOfUnit(db, scoped.unit_code);

    const write = async (tx: Queryable): Promise<StoredResponse> => {
      const row = (await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1 FOR UPDATE OF f`, [code])).rows[0]!;
      if (!ALLOWED[body.action].includes(row.status)) {
        return {
          status: 409,
          body: {
            type: PROBLEM_TYPES.conflict,
            status: 409,
            title: 'Bước xử lý không hợp lệ với trạng thái hiện tại',
            detail: `Không thể "${body.action}" khi phản ánh đang ở trạng thái "${row.status}".`,
            instance: c.req.path,
          },
        };
      }
      const at = now();
      const iso = at.toISOString();
      switch (body.action) {
        case 'accept':
          await tx.query(`UPDATE feedback SET status = 'in-progress' WHERE code = $1`, [code]);
          await recordFeedbackEvent(tx, code, 'accept', 'in-progress', body.note ?? null, actor(key), at);
          break;
        case 'forward':
          await tx.query(`UPDATE feedback SET status = 'forwarded', forwarded_to = $2 WHERE code = $1`, [code, body.agency]);
          await recordFeedbackEvent(tx, code, 'forward', 'forwarded', body.note ? `${body.agency} — ${body.note}` : body.agency, actor(key), at);
          break;
        case 'answer': {
          const due = typeof row.due_date === 'string' ? row.due_date.slice(0, 10) : vietnamDay(row.due_date);
          const timing = answerTiming(cal, row.received_at, at, due);
          const question = body.publishedQuestion ?? row.content;
          await tx.query(
            `UPDATE feedback SET status = 'answered', answer = $2, answered_by = $3, answered_at = $4, answer_days = $5, answer_on_time = $6,
               published_question = $7, search_text = $8, resolved = NULL, resolution_at = NULL, closed_at = $4
             WHERE code = $1`,
            [code, body.answer, body.by, iso, timing.days, timing.onTime, body.publishedQuestion ?? null, feedbackSearchText(row.title, question, body.answer)],
          );
          await recordFeedbackEvent(tx, code, 'answer', 'answered', null, actor(key), at);
          break;
        }
        case 'refuse':
          await tx.query(
            `UPDATE feedback SET status = 'not-accepted', refusal_reason = $2, refusal_redirect = $3, refused_at = $4, closed_at = $4 WHERE code = $1`,
            [code, body.reason, body.redirectTo, iso],
          );
          await recordFeedbackEvent(tx, code, 'refuse', 'not-accepted', body.reason, actor(key), at);
          break;
      }
      const fresh = (await tx.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1`, [code])).rows[0]!;
      return { status: 200, body: await adminFeedback(tx, fresh, cal, at) };
    };

    const idemKey = headers['idempotency-key'];
    if (idemKey) {
      const route = `POST ${routes.actOnFeedback.path}`;
      return idempotentAnswer(c, await idempotentWrite(db, { route, key: idemKey, hash: requestHash(route, { code, ...body }) }, write));
    }
    const result = await db.transaction(write);
    return result.status >= 400 ? problem(c, result.body as never) : jsonResponse(result.status, result.body);
  });
}
