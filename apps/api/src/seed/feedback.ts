// Demo feedback (seed/feedback.json), placed relative to the day the database is first seeded: an
// item received N working days before that day, each step K working days after its receipt, on the
// calendar just seeded. The deadline, the working days taken and "on time" are computed by the same
// functions the API uses (domain/feedback.ts and db/feedback.ts, on the shared calendar), so each demo item reads as
// its story says (answered on time, answered late, open and overdue, refused…) whatever the day.
import { hashVerifiers } from '../db/verifier.js';
import type { Queryable } from '../db/types.js';
import { nextFeedbackCode, recordFeedbackEvent } from '../db/feedback.js';
import { answerTiming, feedbackDueDate, feedbackSearchText } from '../domain/feedback.js';
import { vietnamToday, type WorkingCalendar } from '../domain/working-days.js';

interface StepSeed {
  action: 'accept' | 'forward' | 'answer' | 'refuse';
  atWorkingDay: number;
  agency?: string;
  answer?: string;
  by?: string;
  reason?: string;
  redirectTo?: string;
}

export interface FeedbackSeed {
  unit: string;
  story: string;
  kind: 'feedback' | 'proposal';
  subject: { type: 'general' } | { type: 'procedure'; procedure: string };
  title: string;
  content: string;
  contact: { name: string; address: string; phone: string };
  publish: boolean;
  receivedWorkingDaysAgo: number;
  time: string;
  steps: StepSeed[];
}

const STEP_TIME = '10:00:00';

export async function insertDemoFeedback(tx: Queryable, calendar: WorkingCalendar, now: Date, items: readonly FeedbackSeed[]): Promise<number> {
  const today = vietnamToday(now);
  let n = 0;
  for (const item of items) {
    const units = await tx.query('SELECT 1 FROM units WHERE code = $1', [item.unit]);
    if (units.rows.length === 0) continue;
    const receivedDay = calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(today), -item.receivedWorkingDaysAgo);
    const receivedAt = new Date(`${receivedDay}T${item.time}:00+07:00`);
    const due = feedbackDueDate(calendar, receivedAt);
    const code = await nextFeedbackCode(tx, item.unit, receivedDay);
    const { salt, hashes } = hashVerifiers([item.contact.phone.slice(-4)]);
    const procedure = item.subject.type === 'procedure' ? item.subject.procedure : null;
    await tx.query(
      `INSERT INTO feedback (code, unit_code, kind, subject_type, procedure_code, title, content, status, received_at, due_date, first_due_date,
         publish_consent, verifier_salt, verifier_hashes)
       VALUES ($1, $2, $3, $4, (SELECT code FROM procedures WHERE code = $5), $6, $7, 'received', $8, $9, $9, $10, $11, $12::text[])`,
      [code, item.unit, item.kind, item.subject.type, procedure, item.title, item.content, receivedAt.toISOString(), due, item.publish, salt, hashes],
    );
    await tx.query('INSERT INTO feedback_contacts (code, name, address, phone, consented_at) VALUES ($1, $2, $3, $4, $5)', [
      code,
      item.contact.name,
      item.contact.address,
      item.contact.phone,
      receivedAt.toISOString(),
    ]);
    await recordFeedbackEvent(tx, code, 'create', 'received', null, 'citizen', receivedAt);
    for (const step of item.steps) {
      const at = new Date(`${calendar.addWorkingDays(receivedDay, step.atWorkingDay)}T${STEP_TIME}+07:00`);
      if (at > now) continue;
      const iso = at.toISOString();
      const actor = 'seed (demo)';
      switch (step.action) {
        case 'accept':
          await tx.query(`UPDATE feedback SET status = 'in-progress' WHERE code = $1`, [code]);
          await recordFeedbackEvent(tx, code, 'accept', 'in-progress', null, actor, at);
          break;
        case 'forward':
          await tx.query(`UPDATE feedback SET status = 'forwarded', forwarded_to = $2 WHERE code = $1`, [code, step.agency]);
          await recordFeedbackEvent(tx, code, 'forward', 'forwarded', step.agency ?? null, actor, at);
          break;
        case 'answer': {
          const timing = answerTiming(calendar, receivedAt, at, due);
          await tx.query(
            `UPDATE feedback SET status = 'answered', answer = $2, answered_by = $3, answered_at = $4, answer_days = $5, answer_on_time = $6,
               search_text = $7, closed_at = $4 WHERE code = $1`,
            [code, step.answer, step.by, iso, timing.days, timing.onTime, feedbackSearchText(item.title, item.content, step.answer ?? '')],
          );
          await recordFeedbackEvent(tx, code, 'answer', 'answered', null, actor, at);
          break;
        }
        case 'refuse':
          await tx.query(
            `UPDATE feedback SET status = 'not-accepted', refusal_reason = $2, refusal_redirect = $3, refused_at = $4, closed_at = $4 WHERE code = $1`,
            [code, step.reason, step.redirectTo, iso],
          );
          await recordFeedbackEvent(tx, code, 'refuse', 'not-accepted', step.reason ?? null, actor, at);
          break;
      }
    }
    n++;
  }
  return n;
}
