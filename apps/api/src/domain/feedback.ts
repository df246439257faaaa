// Feedback and petitions (phản ánh, kiến nghị): storage and views shared by the citizen, public and
// admin routes. The answer deadline is counted by the shared working-day calendar
// (`@motcua/contracts/calendar`, the unit's province calendar from the database) — never here.
//
// Personal data: the sender's contact details are written to `feedback_contacts` only, read only by
// `adminFeedback` (admin API, key scoped to the unit), and never put in a view, a log line or an
// error. The public list reads `feedback` alone.
import {
  FEEDBACK_ANSWER_WORKING_DAYS,
  FEEDBACK_CONTACT_RETENTION_MONTHS,
  type AdminFeedback,
  type FeedbackStatus,
  type FeedbackView,
  type PublicFeedback,
} from '@motcua/contracts';
import type { Queryable } from '../db/types.js';
import { fold } from '../search/normalize.js';
import { toVietnamIso, vietnamDay } from './mask.js';
import { vietnamToday, type IsoDate, type WorkingCalendar } from './working-days.js';

export interface FeedbackRow {
  code: string;
  unit_code: string;
  unit_name: string;
  kind: 'feedback' | 'proposal';
  subject_type: 'general' | 'procedure' | 'dossier';
  procedure_code: string | null;
  procedure_name: string | null;
  dossier_code: string | null;
  title: string;
  content: string;
  status: FeedbackStatus;
  received_at: Date;
  due_date: string | Date;
  first_due_date: string | Date;
  publish_consent: boolean;
  published_question: string | null;
  forwarded_to: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
  answer_days: number | null;
  answer_on_time: boolean | null;
  refusal_reason: string | null;
  refusal_redirect: string | null;
  refused_at: Date | null;
  resolved: boolean | null;
  resolution_at: Date | null;
  reopened: number;
  verifier_salt: string;
  verifier_hashes: string[];
}

export const FEEDBACK_SELECT = `SELECT f.*, u.full_name AS unit_name, p.name AS procedure_name
  FROM feedback f JOIN units u ON u.code = f.unit_code LEFT JOIN procedures p ON p.code = f.procedure_code`;

/** The answer deadline of an item received at `receivedAt`: N working days from the day after receipt. */
export function feedbackDueDate(calendar: WorkingCalendar, receivedAt: Date | string): IsoDate {
  return calendar.dueDate(receivedAt, { value: FEEDBACK_ANSWER_WORKING_DAYS, unit: 'working-days', sameDayCutoff: null }).date!;
}

/** Working days from receipt to answer (the receipt day not counted), and whether that met the deadline. */
export function answerTiming(calendar: WorkingCalendar, receivedAt: Date | string, answeredAt: Date | string, dueDate: IsoDate): { days: number; onTime: boolean } {
  const received = vietnamDay(receivedAt);
  const answered = vietnamDay(answeredAt);
  return { days: Math.max(0, calendar.workingDaysBetween(received, answered)), onTime: answered <= dueDate };
}

const day = (v: string | Date): IsoDate => (typeof v === 'string' ? v.slice(0, 10) : vietnamDay(v));

/** Open = still waiting for an answer from the ward. */
export function isOpen(status: FeedbackStatus): boolean {
  return status === 'received' || status === 'in-progress' || status === 'forwarded';
}

export async function feedbackHistory(q: Queryable, code: string): Promise<FeedbackView['history']> {
  const res = await q.query<{ at: Date; status: FeedbackStatus; note: string | null }>(
    'SELECT at, status, note FROM feedback_events WHERE code = $1 ORDER BY id',
    [code],
  );
  return res.rows.map((r) => ({ at: toVietnamIso(r.at), status: r.status, note: r.note }));
}

export function feedbackView(row: FeedbackRow, history: FeedbackView['history'], calendar: WorkingCalendar, now: Date): FeedbackView {
  const today = vietnamToday(now);
  const due = day(row.due_date);
  const open = isOpen(row.status);
  const left = open ? calendar.daysLeft(due, today) : null;
  const answeredLate = row.status === 'answered' && row.answer_on_time === false;
  return {
    code: row.code,
    unit: { code: row.unit_code, name: row.unit_name },
    kind: row.kind,
    subject: {
      type: row.subject_type,
      procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name ?? row.procedure_code } : null,
      dossierCode: row.dossier_code,
    },
    title: row.title,
    content: row.content,
    status: row.status,
    receivedAt: toVietnamIso(row.received_at),
    dueDate: due,
    workingDaysLeft: left,
    overdue: (open && today > due) || answeredLate,
    forwardedTo: row.forwarded_to,
    answer:
      row.answer && row.answered_at
        ? { text: row.answer, by: row.answered_by ?? '', at: toVietnamIso(row.answered_at), workingDaysTaken: row.answer_days ?? 0, onTime: row.answer_on_time ?? true }
        : null,
    refusal: row.refusal_reason && row.refused_at ? { reason: row.refusal_reason, redirectTo: row.refusal_redirect ?? '', at: toVietnamIso(row.refused_at) } : null,
    resolution: row.resolved !== null && row.resolution_at ? { resolved: row.resolved, at: toVietnamIso(row.resolution_at) } : null,
    reopened: row.reopened,
    publishConsent: row.publish_consent,
    history,
  };
}

export function publicFeedback(row: FeedbackRow): PublicFeedback {
  return {
    code: row.code,
    kind: row.kind,
    procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name ?? row.procedure_code } : null,
    title: row.title,
    question: row.published_question ?? row.content,
    answer: row.answer ?? '',
    answeredBy: row.answered_by ?? '',
    askedAt: toVietnamIso(row.received_at),
    answeredAt: toVietnamIso(row.answered_at!),
    workingDaysTaken: row.answer_days ?? 0,
    onTime: row.answer_on_time ?? true,
  };
}

/** The folded text the public list searches: title, published question, answer. */
export function feedbackSearchText(title: string, question: string, answer: string | null): string {
  return fold(`${title} ${question} ${answer ?? ''}`);
}

export async function adminFeedback(q: Queryable, row: FeedbackRow, calendar: WorkingCalendar, now: Date): Promise<AdminFeedback> {
  const c = await q.query<{ name: string; address: string; phone: string; email: string | null }>(
    'SELECT name, address, phone, email FROM feedback_contacts WHERE code = $1',
    [row.code],
  );
  return { item: feedbackView(row, await feedbackHistory(q, row.code), calendar, now), contact: c.rows[0] ?? null };
}

/** Next code of a unit for a day: PAKN-{unit}-{yyMMdd}-{NNNN} (one atomic upsert, safe across replicas). */
export async function nextFeedbackCode(q: Queryable, unit: string, today: IsoDate): Promise<string> {
  const yymmdd = today.slice(2).replaceAll('-', '');
  const res = await q.query<{ n: number }>(
    `INSERT INTO feedback_counters (unit_code, day, n) VALUES ($1, $2, 1)
     ON CONFLICT (unit_code, day) DO UPDATE SET n = feedback_counters.n + 1 RETURNING n`,
    [unit, yymmdd],
  );
  return `PAKN-${unit}-${yymmdd}-${String(res.rows[0]!.n).padStart(4, '0')}`;
}

/** Erases contact details of items closed more than the retention period ago (the notice promises it). */
export async function purgeExpiredContacts(q: Queryable, now: Date): Promise<number> {
  const res = await q.query(
    `DELETE FROM feedback_contacts c USING feedback f
     WHERE f.code = c.code AND f.closed_at IS NOT NULL AND f.closed_at < $1::timestamptz - make_interval(months => $2::int)`,
    [now.toISOString(), FEEDBACK_CONTACT_RETENTION_MONTHS],
  );
  return res.rowCount ?? 0;
}

export async function recordFeedbackEvent(q: Queryable, code: string, action: string, status: FeedbackStatus, note: string | null, actor: string, at?: Date): Promise<void> {
  await q.query('INSERT INTO feedback_events (code, at, action, status, note, actor) VALUES ($1, COALESCE($2::timestamptz, now()), $3, $4, $5, $6)', [
    code,
    at ? at.toISOString() : null,
    action,
    status,
    note,
    actor,
  ]);
}
