// Admin API of feedback (phản ánh, kiến nghị) for the province's one-stop / PAKN system:
//   GET  /v1/admin/feedback                 items in the key's scope, with the sender's contact
//   POST /v1/admin/feedback/{code}/actions  accept | forward | answer | refuse
// An item outside the key's scope answers 404, like a missing one. Every action is recorded in
// feedback_events with the key that made it (audit). Transitions:
//   received → in-progress (accept) · received|in-progress → forwarded (forward, agency named)
//   received|in-progress|forwarded → answered (answer) · received|in-progress → not-accepted (refuse:
//   reason and where to go instead). Anything else is a 409.
import type { Context, Hono } from 'hono';
import { PROBLEM_TYPES, routes, type AdminFeedback, type FeedbackAction, type FeedbackStatus } from '@motcua/contracts';
import { calendarOfUnit } from '../../db/calendar.js';
import {
  acceptFeedback,
  answerFeedback,
  feedbackContact,
  feedbackHistory,
  feedbackUnit,
  findFeedback,
  forwardFeedback,
  listFeedbackInScope,
  recordFeedbackEvent,
  refuseFeedback,
} from '../../db/feedback.js';
import type { Queryable } from '../../db/types.js';
import { answerTiming, feedbackSearchText, feedbackView, type FeedbackRow } from '../../domain/feedback.js';
import { vietnamDay } from '../../domain/vietnam-time.js';
import type { WorkingCalendar } from '../../domain/working-days.js';
import { idempotentAnswer, jsonResponse, problem } from '../../http/respond.js';
import { mount, type RouteInput } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { scopeAllowsUnit, type AuthenticatedKey } from '../../security/api-keys.js';
import { idempotentWrite, requestHash, type StoredResponse } from '../../security/idempotency.js';
import { keyOf } from './auth.js';

type ListInput = RouteInput<typeof routes.listFeedbackAdmin>;
type ActInput = RouteInput<typeof routes.actOnFeedback>;
type Action = ActInput['body'];

const ALLOWED: Record<FeedbackAction['action'], readonly FeedbackStatus[]> = {
  accept: ['received'],
  forward: ['received', 'in-progress'],
  answer: ['received', 'in-progress', 'forwarded'],
  refuse: ['received', 'in-progress'],
};

const actor = (key: AuthenticatedKey) => `key:${key.prefix}${key.label ? ` (${key.label})` : ''}`;

export function registerAdminFeedbackRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.listFeedbackAdmin, (c, input) => listFeedback(deps, c, input));
  mount(app, routes.actOnFeedback, (c, input) => actOnFeedback(deps, c, input));
}

/** An item as the admin API shows it: the view, its history and the sender's contact. */
async function adminFeedback(q: Queryable, row: FeedbackRow, calendar: WorkingCalendar, now: Date): Promise<AdminFeedback> {
  const contact = await feedbackContact(q, row.code);
  return { item: feedbackView(row, await feedbackHistory(q, row.code), calendar, now), contact };
}

async function listFeedback(deps: RouteDeps, c: Context<AppEnv>, { query }: ListInput): Promise<Response> {
  const { db } = deps;
  const { rows, total } = await listFeedbackInScope(db, keyOf(c).scope, query);
  const at = deps.config.now();
  const items = [];
  const calendars = new Map<string, WorkingCalendar>();
  for (const r of rows) {
    if (!calendars.has(r.unit_code)) calendars.set(r.unit_code, await calendarOfUnit(db, r.unit_code));
    items.push(await adminFeedback(db, r, calendars.get(r.unit_code)!, at));
  }
  return jsonResponse(200, { items, total, page: query.page, limit: query.limit });
}

async function actOnFeedback(deps: RouteDeps, c: Context<AppEnv>, { params, body, headers }: ActInput): Promise<Response> {
  const { db } = deps;
  const key = keyOf(c);
  const code = params.code;
  const scoped = await feedbackUnit(db, code);
  if (!scoped || !scopeAllowsUnit(key.scope, scoped.unit_code, scoped.province_code)) {
    return problem(c, { type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy phản ánh, kiến nghị', status: 404, detail: `Không có phản ánh mã ${code} trong phạm vi của khóa.`, instance: c.req.path });
  }
  const cal = await calendarOfUnit(db, scoped.unit_code);
  const write = (tx: Queryable) => applyAction(tx, c, { code, action: body, key, calendar: cal, now: deps.config.now });
  const idemKey = headers['idempotency-key'];
  if (idemKey) {
    const route = `POST ${routes.actOnFeedback.path}`;
    return idempotentAnswer(c, await idempotentWrite(db, { route, key: idemKey, hash: requestHash(route, { code, ...body }) }, write));
  }
  const result = await db.transaction(write);
  return result.status >= 400 ? problem(c, result.body as never) : jsonResponse(result.status, result.body);
}

interface ActionContext {
  code: string;
  action: Action;
  key: AuthenticatedKey;
  calendar: WorkingCalendar;
  now: () => Date;
}

/** One step on a locked item: 409 when the step does not follow its status, else the item after it. */
async function applyAction(tx: Queryable, c: Context, a: ActionContext): Promise<StoredResponse> {
  const row = (await findFeedback(tx, a.code, { forUpdate: true }))!;
  if (!ALLOWED[a.action.action].includes(row.status)) {
    return {
      status: 409,
      body: {
        type: PROBLEM_TYPES.conflict,
        status: 409,
        title: 'Bước xử lý không hợp lệ với trạng thái hiện tại',
        detail: `Không thể "${a.action.action}" khi phản ánh đang ở trạng thái "${row.status}".`,
        instance: c.req.path,
      },
    };
  }
  const at = a.now();
  await recordAction(tx, row, a, at);
  const fresh = (await findFeedback(tx, a.code))!;
  return { status: 200, body: await adminFeedback(tx, fresh, a.calendar, at) };
}

async function recordAction(tx: Queryable, row: FeedbackRow, a: ActionContext, at: Date): Promise<void> {
  const { code, action: body } = a;
  const by = actor(a.key);
  switch (body.action) {
    case 'accept':
      await acceptFeedback(tx, code);
      await recordFeedbackEvent(tx, code, 'accept', 'in-progress', body.note ?? null, by, at);
      break;
    case 'forward':
      await forwardFeedback(tx, code, body.agency);
      await recordFeedbackEvent(tx, code, 'forward', 'forwarded', body.note ? `${body.agency} — ${body.note}` : body.agency, by, at);
      break;
    case 'answer': {
      const due = typeof row.due_date === 'string' ? row.due_date.slice(0, 10) : vietnamDay(row.due_date);
      const timing = answerTiming(a.calendar, row.received_at, at, due);
      const question = body.publishedQuestion ?? row.content;
      await answerFeedback(tx, code, {
        answer: body.answer,
        by: body.by,
        at,
        days: timing.days,
        onTime: timing.onTime,
        publishedQuestion: body.publishedQuestion ?? null,
        searchText: feedbackSearchText(row.title, question, body.answer),
      });
      await recordFeedbackEvent(tx, code, 'answer', 'answered', null, by, at);
      break;
    }
    case 'refuse':
      await refuseFeedback(tx, code, body.reason, body.redirectTo, at);
      await recordFeedbackEvent(tx, code, 'refuse', 'not-accepted', body.reason, by, at);
      break;
  }
}
