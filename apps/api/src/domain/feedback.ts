// Feedback and petitions (phản ánh, kiến nghị): the rules and views shared by the citizen, public and
// admin routes (pure; the storage is db/feedback.ts). The answer deadline is counted by the shared working-day calendar
// (`@motcua/contracts/calendar`, the unit's province calendar from the database) — never here.
//
// Personal data: the sender's contact details are written to `feedback_contacts` only, read only by
// the admin API (key scoped to the unit), and never put in a view, a log line or an error. The
// public list reads `feedback` alone.
import {
  FEEDBACK_ANSWER_WORKING_DAYS,
  type FeedbackStatus,
  type FeedbackView,
  type PublicFeedback,
} from '@motcua/contracts';
import { fold } from '../search/normalize.js';
import { toVietnamIso, vietnamDay } from './vietnam-time.js';
import { vietnamToday, type IsoDate, type WorkingCalendar } from './working-days.js';

/** An item as stored (table feedback with its unit's and procedure's names; see db/feedback.ts). */
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

