// Feedback and petitions (phản ánh, kiến nghị) in the database: items (table feedback), the sender's
// contact (feedback_contacts — read only for the admin API), the history (feedback_events) and the
// per-unit daily counters of codes. The rules and views are domain/feedback.ts.
import { FEEDBACK_CONTACT_RETENTION_MONTHS, type AdminFeedback, type FeedbackStatus, type FeedbackView } from '@motcua/contracts';
import type { FeedbackRow } from '../domain/feedback.js';
import { toVietnamIso } from '../domain/vietnam-time.js';
import type { IsoDate } from '../domain/working-days.js';
import type { KeyScope } from '../security/api-keys.js';
import type { Queryable } from './types.js';

const FEEDBACK_SELECT = `SELECT f.*, u.full_name AS unit_name, p.name AS procedure_name
  FROM feedback f JOIN units u ON u.code = f.unit_code LEFT JOIN procedures p ON p.code = f.procedure_code`;

/** One item with its unit's and procedure's names; `forUpdate` locks it for the transaction. */
export async function findFeedback(q: Queryable, code: string, options: { forUpdate?: boolean } = {}): Promise<FeedbackRow | null> {
  const res = await q.query<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.code = $1${options.forUpdate ? ' FOR UPDATE OF f' : ''}`, [code]);
  return res.rows[0] ?? null;
}

/** The unit of an item and its province (to check an API key's scope), or null. */
export async function feedbackUnit(q: Queryable, code: string): Promise<{ unit_code: string; province_code: string } | null> {
  const res = await q.query<{ unit_code: string; province_code: string }>(
    'SELECT f.unit_code, u.province_code FROM feedback f JOIN units u ON u.code = f.unit_code WHERE f.code = $1',
    [code],
  );
  return res.rows[0] ?? null;
}

export async function feedbackHistory(q: Queryable, code: string): Promise<FeedbackView['history']> {
  const res = await q.query<{ at: Date; status: FeedbackStatus; note: string | null }>(
    'SELECT at, status, note FROM feedback_events WHERE code = $1 ORDER BY id',
    [code],
  );
  return res.rows.map((r) => ({ at: toVietnamIso(r.at), status: r.status, note: r.note }));
}

/** The sender's contact details (admin API only). */
export async function feedbackContact(q: Queryable, code: string): Promise<AdminFeedback['contact']> {
  const c = await q.query<{ name: string; address: string; phone: string; email: string | null }>(
    'SELECT name, address, phone, email FROM feedback_contacts WHERE code = $1',
    [code],
  );
  return c.rows[0] ?? null;
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

// --- a citizen's item -------------------------------------------------------------------------

export interface NewFeedback {
  code: string;
  unit: string;
  kind: FeedbackRow['kind'];
  subjectType: FeedbackRow['subject_type'];
  procedureCode: string | null;
  dossierCode: string | null;
  title: string;
  content: string;
  receivedAt: Date;
  dueDate: IsoDate;
  publishConsent: boolean;
  verifierSalt: string;
  verifierHashes: string[];
  contact: { name: string; address: string; phone: string; email?: string | null | undefined };
}

/** A received item and its sender's contact (same transaction), with its first history line. */
export async function insertFeedback(q: Queryable, f: NewFeedback): Promise<void> {
  const at = f.receivedAt.toISOString();
  await q.query(
    `INSERT INTO feedback (code, unit_code, kind, subject_type, procedure_code, dossier_code, title, content, status,
       received_at, due_date, first_due_date, publish_consent, verifier_salt, verifier_hashes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'received', $9, $10, $10, $11, $12, $13::text[])`,
    [f.code, f.unit, f.kind, f.subjectType, f.procedureCode, f.dossierCode, f.title, f.content, at, f.dueDate, f.publishConsent, f.verifierSalt, f.verifierHashes],
  );
  await q.query('INSERT INTO feedback_contacts (code, name, address, phone, email, consented_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    f.code,
    f.contact.name,
    f.contact.address,
    f.contact.phone,
    f.contact.email ?? null,
    at,
  ]);
  await recordFeedbackEvent(q, f.code, 'create', 'received', null, 'citizen', f.receivedAt);
}

/** The sender says the answer resolved the problem. */
export async function markFeedbackResolved(q: Queryable, code: string, at: Date): Promise<void> {
  await q.query('UPDATE feedback SET resolved = true, resolution_at = $2 WHERE code = $1', [code, at.toISOString()]);
  await recordFeedbackEvent(q, code, 'resolved', 'answered', 'Người gửi: đã giải quyết được vấn đề', 'citizen', at);
}

/** The sender says it did not: counted, and the item goes back to the ward with a new deadline. */
export async function reopenFeedback(q: Queryable, code: string, at: Date, dueDate: IsoDate): Promise<void> {
  await q.query(
    `UPDATE feedback SET resolved = false, resolution_at = $2, status = 'in-progress', reopened = reopened + 1, due_date = $3, closed_at = NULL
     WHERE code = $1`,
    [code, at.toISOString(), dueDate],
  );
  await recordFeedbackEvent(q, code, 'reopened', 'in-progress', 'Người gửi: chưa giải quyết được vấn đề — phản ánh được mở lại', 'citizen', at);
}

/** A page of a unit's answered items whose sender consented to publication, optionally matching folded words. */
export async function listPublishedFeedback(
  q: Queryable,
  unit: string,
  words: readonly string[],
  page: { page: number; limit: number },
): Promise<{ rows: FeedbackRow[]; total: number }> {
  const where = [`f.unit_code = $1`, `f.publish_consent`, `f.status = 'answered'`];
  const args: unknown[] = [unit];
  for (const w of words) {
    args.push(`%${w}%`);
    where.push(`f.search_text LIKE $${args.length}`);
  }
  const total = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback f WHERE ${where.join(' AND ')}`, args);
  const offset = (page.page - 1) * page.limit;
  const rows = await q.query<FeedbackRow>(
    `${FEEDBACK_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.answered_at DESC, f.code DESC LIMIT ${page.limit} OFFSET ${offset}`,
    args,
  );
  return { rows: rows.rows, total: Number(total.rows[0]!.n) };
}

// --- the ward's handling (admin API) ----------------------------------------------------------

/** SQL condition limiting `units u` to a key's scope; `args` receives its parameter. */
function scopeCondition(scope: KeyScope, args: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return 'true';
    case 'province':
      args.push(scope.province);
      return `u.province_code = $${args.length}`;
    case 'unit':
      args.push(scope.unit);
      return `u.code = $${args.length}`;
  }
}

export interface AdminFeedbackFilter {
  unit?: string | undefined;
  status?: FeedbackStatus | undefined;
  notResolved?: boolean | undefined;
  page: number;
  limit: number;
}

/** A page of the items in a key's scope, newest first. */
export async function listFeedbackInScope(q: Queryable, scope: KeyScope, filter: AdminFeedbackFilter): Promise<{ rows: FeedbackRow[]; total: number }> {
  const args: unknown[] = [];
  const where = [scopeCondition(scope, args)];
  if (filter.unit) {
    args.push(filter.unit);
    where.push(`f.unit_code = $${args.length}`);
  }
  if (filter.status) {
    args.push(filter.status);
    where.push(`f.status = $${args.length}`);
  }
  if (filter.notResolved !== undefined) where.push(filter.notResolved ? 'f.resolved = false' : '(f.resolved IS NULL OR f.resolved)');
  const total = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback f JOIN units u ON u.code = f.unit_code WHERE ${where.join(' AND ')}`, args);
  const rows = await q.query<FeedbackRow>(
    `${FEEDBACK_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.received_at DESC, f.code DESC LIMIT ${filter.limit} OFFSET ${(filter.page - 1) * filter.limit}`,
    args,
  );
  return { rows: rows.rows, total: Number(total.rows[0]!.n) };
}

export async function acceptFeedback(q: Queryable, code: string): Promise<void> {
  await q.query(`UPDATE feedback SET status = 'in-progress' WHERE code = $1`, [code]);
}

export async function forwardFeedback(q: Queryable, code: string, agency: string): Promise<void> {
  await q.query(`UPDATE feedback SET status = 'forwarded', forwarded_to = $2 WHERE code = $1`, [code, agency]);
}

export interface FeedbackAnswer {
  answer: string;
  by: string;
  at: Date;
  days: number;
  onTime: boolean;
  publishedQuestion: string | null;
  searchText: string;
}

export async function answerFeedback(q: Queryable, code: string, a: FeedbackAnswer): Promise<void> {
  await q.query(
    `UPDATE feedback SET status = 'answered', answer = $2, answered_by = $3, answered_at = $4, answer_days = $5, answer_on_time = $6,
       published_question = $7, search_text = $8, resolved = NULL, resolution_at = NULL, closed_at = $4
     WHERE code = $1`,
    [code, a.answer, a.by, a.at.toISOString(), a.days, a.onTime, a.publishedQuestion, a.searchText],
  );
}

export async function refuseFeedback(q: Queryable, code: string, reason: string, redirectTo: string, at: Date): Promise<void> {
  await q.query(`UPDATE feedback SET status = 'not-accepted', refusal_reason = $2, refusal_redirect = $3, refused_at = $4, closed_at = $4 WHERE code = $1`, [
    code,
    reason,
    redirectTo,
    at.toISOString(),
  ]);
}
