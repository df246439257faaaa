// Unit statistics for the last 12 months (the current month and the 11 before it, in Vietnam
// time, UTC+7 all year). Definitions:
//   received        dossiers received in the period
//   resolved        dossiers that reached "resolved" in the period (resolved_at)
//   resolvedOnTime  … no later than their appointment date (or with no appointment date)
//   overdue         … later than it, plus dossiers still open (not paused) past their date now
//   onlineShare     received online / received
//   satisfaction    (evaluations answering "Hài lòng"/"Rất hài lòng" overall + surveys averaging
//                   4 or more) / (evaluations + surveys), all in the period
//                   (an evaluation's "satisfied" is its separate overall rating, not its score)
//   feedback        phản ánh, kiến nghị received in the period; answered in the period (on time =
//                   answered no later than the deadline in force, counted by the shared calendar
//                   when answered); open and past the deadline today; not accepted; the senders'
//                   "resolved" / "not resolved" replies given in the period
import type { UnitStats, UnitStatsMonth } from '@motcua/contracts';
import type { Queryable } from './types.js';

const VN_OFFSET_MS = 7 * 3600 * 1000;

/** Vietnam calendar date of an instant, "YYYY-MM-DD". */
function vnDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (Vietnam) at the start of a "YYYY-MM-DD" date, as an instant. */
function vnMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+07:00`));
}

export function statsPeriod(now: Date): { from: string; to: string; months: string[]; fromTs: Date; toTs: Date } {
  const today = vnDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)); // 1..12
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const m0 = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(m0 / 12)}-${String((m0 % 12) + 1).padStart(2, '0')}`);
  }
  const from = `${months[0]}-01`;
  const tomorrow = new Date(vnMidnight(today).getTime() + 24 * 3600 * 1000);
  return { from, to: today, months, fromTs: vnMidnight(from), toTs: tomorrow };
}

const rate = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10000) / 10000 : null);

/** SQL expression: the Vietnam month ("YYYY-MM") of a timestamptz column. */
const vnMonth = (col: string) => `to_char((${col} AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`;

export async function unitStats(db: Queryable, unit: string, now: Date): Promise<UnitStats> {
  const period = statsPeriod(now);
  const window = [unit, period.fromTs.toISOString(), period.toTs.toISOString()];

  const totals = await db.query<{
    received: number;
    online: number;
    resolved: number;
    on_time: number;
    late: number;
    open_overdue: number;
  }>(
    `SELECT
       count(*) FILTER (WHERE received_at >= $2 AND received_at < $3) AS received,
       count(*) FILTER (WHERE received_at >= $2 AND received_at < $3 AND channel = 'online') AS online,
       count(*) FILTER (WHERE resolved_at >= $2 AND resolved_at < $3) AS resolved,
       count(*) FILTER (WHERE resolved_at >= $2 AND resolved_at < $3
                          AND (appointment_date IS NULL OR resolved_at <= appointment_date)) AS on_time,
       count(*) FILTER (WHERE resolved_at >= $2 AND resolved_at < $3 AND resolved_at > appointment_date) AS late,
       count(*) FILTER (WHERE resolved_at IS NULL AND status IN ('submitted', 'accepted', 'in-progress')
                          AND appointment_date < $4) AS open_overdue
     FROM dossiers WHERE unit_code = $1`,
    [...window, now.toISOString()],
  );
  const t = totals.rows[0]!;

  const received = await db.query<{ month: string; n: number }>(
    `SELECT ${vnMonth('received_at')} AS month, count(*) AS n FROM dossiers
     WHERE unit_code = $1 AND received_at >= $2 AND received_at < $3 GROUP BY 1`,
    window,
  );
  const resolved = await db.query<{ month: string; on_time: number; late: number }>(
    `SELECT ${vnMonth('resolved_at')} AS month,
       count(*) FILTER (WHERE appointment_date IS NULL OR resolved_at <= appointment_date) AS on_time,
       count(*) FILTER (WHERE resolved_at > appointment_date) AS late
     FROM dossiers WHERE unit_code = $1 AND resolved_at >= $2 AND resolved_at < $3 GROUP BY 1`,
    window,
  );
  const feedback = await db.query<{ evaluations: number; evaluations_ok: number; surveys: number; surveys_ok: number }>(
    `SELECT
       (SELECT count(*) FROM evaluations WHERE unit_code = $1 AND created_at >= $2 AND created_at < $3) AS evaluations,
       (SELECT count(*) FROM evaluations WHERE unit_code = $1 AND created_at >= $2 AND created_at < $3 AND satisfied) AS evaluations_ok,
       (SELECT count(*) FROM surveys WHERE unit_code = $1 AND created_at >= $2 AND created_at < $3) AS surveys,
       (SELECT count(*) FROM surveys WHERE unit_code = $1 AND created_at >= $2 AND created_at < $3 AND satisfied) AS surveys_ok`,
    window,
  );
  const f = feedback.rows[0]!;

  const fb = (
    await db.query<{ received: number; answered: number; on_time: number; late: number; open_overdue: number; refused: number; resolved: number; not_resolved: number }>(
      `SELECT
         count(*) FILTER (WHERE received_at >= $2 AND received_at < $3)::int AS received,
         count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3 AND status = 'answered')::int AS answered,
         count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3 AND status = 'answered' AND answer_on_time)::int AS on_time,
         count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3 AND status = 'answered' AND NOT answer_on_time)::int AS late,
         count(*) FILTER (WHERE status IN ('received', 'in-progress', 'forwarded') AND due_date < $4::date)::int AS open_overdue,
         count(*) FILTER (WHERE refused_at >= $2 AND refused_at < $3)::int AS refused,
         count(*) FILTER (WHERE resolution_at >= $2 AND resolution_at < $3 AND resolved)::int AS resolved,
         count(*) FILTER (WHERE resolution_at >= $2 AND resolution_at < $3 AND resolved = false)::int AS not_resolved
       FROM feedback WHERE unit_code = $1`,
      [...window, period.to],
    )
  ).rows[0]!;

  const byMonth = new Map<string, UnitStatsMonth>(
    period.months.map((month) => [month, { month, received: 0, resolvedOnTime: 0, overdue: 0 }]),
  );
  for (const r of received.rows) {
    const m = byMonth.get(r.month);
    if (m) m.received = r.n;
  }
  for (const r of resolved.rows) {
    const m = byMonth.get(r.month);
    if (m) {
      m.resolvedOnTime = r.on_time;
      m.overdue = r.late;
    }
  }

  const responses = f.evaluations + f.surveys;
  return {
    unit,
    period: { from: period.from, to: period.to },
    received: t.received,
    resolved: t.resolved,
    resolvedOnTime: t.on_time,
    overdue: t.late + t.open_overdue,
    onTimeRate: rate(t.on_time, t.resolved),
    onlineShare: rate(t.online, t.received),
    satisfactionRate: rate(f.evaluations_ok + f.surveys_ok, responses),
    surveyResponses: f.surveys,
    evaluationResponses: f.evaluations,
    feedback: {
      received: Number(fb.received),
      answered: Number(fb.answered),
      answeredOnTime: Number(fb.on_time),
      answeredLate: Number(fb.late),
      openOverdue: Number(fb.open_overdue),
      notAccepted: Number(fb.refused),
      resolved: Number(fb.resolved),
      notResolved: Number(fb.not_resolved),
      onTimeRate: rate(Number(fb.on_time), Number(fb.answered)),
    },
    monthly: [...byMonth.values()],
  };
}
