// Dossiers in the database: reading one for a citizen who proves ownership with a 4-digit verifier
// (the queries and the mapping of their rows to the domain record), and the write API's upsert and
// hand-offs (table dossier_events). The routes only call these.
import type { DossierEvent, DossierStatusId, DossierUpsert } from '@motcua/contracts';
import type { Queryable } from './types.js';
import { prepared } from './prepared.js';
import { hashVerifier, verifierMatches } from './verifier.js';
import type { DossierRecord, TimelineRecord } from '../domain/dossier-view.js';

export interface DossierRow {
  code: string;
  unit_code: string;
  procedure_code: string;
  channel: DossierRecord['channel'];
  status: DossierStatusId;
  current_step: string | null;
  received_at: Date;
  appointment_date: Date | null;
  resolved_at: Date | null;
  applicant_name: string;
  verifier_salt: string;
  verifier_hashes: string[];
  supplement_request: DossierRecord['supplementRequest'];
  financial_obligation: DossierRecord['financialObligation'];
  apology: DossierRecord['apology'];
  result_delivery: DossierRecord['resultDelivery'];
  updated_at: Date;
  procedure_name: string;
  unit_name: string;
  unit_province: string;
  evaluated: boolean;
  /** Only with `withTimeline`: the process-control rows, in order (JSON: timestamps as text). */
  timeline?: TimelineJson[] | null;
}

interface TimelineJson {
  from_step: string;
  from_unit: string;
  to_step: string;
  to_unit: string;
  handler: string;
  at: string;
  deadline: string | null;
  punctuality: TimelineRecord['punctuality'];
}

const DOSSIER_SQL = `
  SELECT d.code, d.unit_code, d.procedure_code, d.channel, d.status, d.current_step, d.received_at,
         d.appointment_date, d.resolved_at, d.applicant_name, d.verifier_salt, d.verifier_hashes,
         d.supplement_request, d.financial_obligation, d.apology, d.result_delivery, d.updated_at,
         p.name AS procedure_name, u.full_name AS unit_name, u.province_code AS unit_province,
         EXISTS (SELECT 1 FROM evaluations e WHERE e.dossier_code = d.code) AS evaluated
  FROM dossiers d
  JOIN procedures p ON p.code = d.procedure_code
  JOIN units u ON u.code = d.unit_code
  WHERE d.code = $1`;

// The lookup reads the dossier and its timeline in one round trip.
const DOSSIER_WITH_TIMELINE_SQL = DOSSIER_SQL.replace(
  'AS evaluated',
  `AS evaluated,
         (SELECT json_agg(json_build_object('from_step', ev.from_step, 'from_unit', ev.from_unit, 'to_step', ev.to_step,
                   'to_unit', ev.to_unit, 'handler', ev.handler, 'at', ev.at, 'deadline', ev.deadline,
                   'punctuality', ev.punctuality) ORDER BY ev.seq)
            FROM dossier_events ev WHERE ev.dossier_code = d.code) AS timeline`,
);

const DOSSIER_FOR_UPDATE = [prepared(`${DOSSIER_SQL} FOR UPDATE OF d`), prepared(`${DOSSIER_WITH_TIMELINE_SQL} FOR UPDATE OF d`)] as const;

export async function findDossier(q: Queryable, code: string, options: { forUpdate?: boolean; withTimeline?: boolean } = {}): Promise<DossierRow | null> {
  const sql = options.withTimeline ? DOSSIER_WITH_TIMELINE_SQL : DOSSIER_SQL;
  const res = await q.query<DossierRow>(options.forUpdate ? DOSSIER_FOR_UPDATE[options.withTimeline ? 1 : 0] : prepared(sql), [code]);
  return res.rows[0] ?? null;
}

export function timelineOf(row: DossierRow): TimelineRecord[] {
  return (row.timeline ?? []).map((r) => ({
    fromStep: r.from_step,
    fromUnit: r.from_unit,
    toStep: r.to_step,
    toUnit: r.to_unit,
    handler: r.handler,
    at: r.at,
    deadline: r.deadline,
    punctuality: r.punctuality,
  }));
}

// A fixed salt and hash compared against when the code does not exist, so a wrong code costs
// the same hashing and comparison work as a wrong verifier.
const DUMMY_SALT = 'motcua-absent-dossier-salt';
const DUMMY_HASHES = [hashVerifier(DUMMY_SALT, 'none'), hashVerifier(DUMMY_SALT, 'nada')];

/** The dossier when it exists AND the verifier matches; null otherwise (indistinguishable). */
export function verifyOwner(row: DossierRow | null, verifier: string): DossierRow | null {
  if (!row) {
    verifierMatches(DUMMY_SALT, DUMMY_HASHES, verifier);
    return null;
  }
  const hashes = row.verifier_hashes.length > 0 ? row.verifier_hashes : DUMMY_HASHES;
  return verifierMatches(row.verifier_salt, hashes, verifier) && row.verifier_hashes.length > 0 ? row : null;
}

export function toDossierRecord(row: DossierRow): DossierRecord {
  return {
    code: row.code,
    status: row.status,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    channel: row.channel,
    currentStep: row.current_step,
    receivedAt: row.received_at,
    appointmentDate: row.appointment_date,
    applicantName: row.applicant_name,
    apology: row.apology ?? null,
    supplementRequest: row.supplement_request ?? null,
    financialObligation: row.financial_obligation ?? null,
    resultDelivery: row.result_delivery ?? null,
    resolvedAt: row.resolved_at,
    updatedAt: row.updated_at,
    evaluated: row.evaluated,
  };
}

// --- the write API ----------------------------------------------------------------------------

/** Statuses that mark the dossier resolved (resolved_at is set once). */
const RESOLVED: ReadonlySet<string> = new Set(['resolved', 'result-returned']);

/** A dossier's unit, its province and its status, locked for the transaction; null when absent. */
export async function lockDossierUnit(q: Queryable, code: string): Promise<{ unit_code: string; province_code: string; status: DossierStatusId } | null> {
  const res = await q.query<{ unit_code: string; province_code: string; status: DossierStatusId }>(
    'SELECT d.unit_code, u.province_code, d.status FROM dossiers d JOIN units u ON u.code = d.unit_code WHERE d.code = $1 FOR UPDATE OF d',
    [code],
  );
  return res.rows[0] ?? null;
}

/**
 * Creates or replaces a dossier (and its whole timeline when `timeline` is given), the verifiers
 * stored as salted hashes. Run inside a transaction.
 */
export async function upsertDossier(q: Queryable, body: DossierUpsert, verifiers: { salt: string; hashes: string[] }): Promise<{ created: boolean; updated_at: Date }> {
  const res = await q.query<{ created: boolean; updated_at: Date }>(
    `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, current_step, received_at, appointment_date,
        resolved_at, applicant_name, verifier_salt, verifier_hashes, supplement_request, financial_obligation, apology,
        result_delivery)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9::boolean THEN now() END, $10, $11, $12::text[],
        $13::text::jsonb, $14::text::jsonb, $15::text::jsonb, $16::text::jsonb)
     ON CONFLICT (code) DO UPDATE SET
       unit_code = EXCLUDED.unit_code, procedure_code = EXCLUDED.procedure_code, channel = EXCLUDED.channel,
       status = EXCLUDED.status, current_step = EXCLUDED.current_step, received_at = EXCLUDED.received_at,
       appointment_date = EXCLUDED.appointment_date,
       resolved_at = CASE WHEN $9::boolean THEN COALESCE(dossiers.resolved_at, now()) END,
       applicant_name = EXCLUDED.applicant_name, verifier_salt = EXCLUDED.verifier_salt,
       verifier_hashes = EXCLUDED.verifier_hashes, supplement_request = EXCLUDED.supplement_request,
       financial_obligation = EXCLUDED.financial_obligation, apology = EXCLUDED.apology,
       result_delivery = EXCLUDED.result_delivery, updated_at = now()
     RETURNING (xmax = 0) AS created, updated_at`,
    [
      body.code,
      body.unit,
      body.procedure,
      body.channel,
      body.status,
      body.currentStep ?? null,
      body.receivedAt,
      body.appointmentDate,
      RESOLVED.has(body.status),
      body.applicantName,
      verifiers.salt,
      verifiers.hashes,
      body.supplementRequest ? JSON.stringify(body.supplementRequest) : null,
      body.financialObligation ? JSON.stringify(body.financialObligation) : null,
      body.apology ? JSON.stringify(body.apology) : null,
      JSON.stringify(body.resultDelivery ?? { method: 'desk' }),
    ],
  );
  if (body.timeline) {
    await q.query('DELETE FROM dossier_events WHERE dossier_code = $1', [body.code]);
    let seq = 0;
    for (const e of body.timeline) {
      seq++;
      await q.query(
        `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [body.code, seq, e.fromStep, e.fromUnit, e.toStep, e.toUnit, e.handler, e.at, e.deadline, e.punctuality],
      );
    }
  }
  return res.rows[0]!;
}

/**
 * Appends a hand-off to a dossier's timeline and moves the dossier to `status` and `currentStep`;
 * the new timeline length and the dossier's update time. Run inside a transaction, after
 * lockDossierUnit().
 */
export async function appendDossierEvent(
  q: Queryable,
  code: string,
  e: DossierEvent,
  next: { status: DossierStatusId; currentStep: string | null },
): Promise<{ seq: number; updated_at: Date }> {
  const seqRes = await q.query<{ next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM dossier_events WHERE dossier_code = $1', [code]);
  const seq = Number(seqRes.rows[0]!.next);
  await q.query(
    `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [code, seq, e.fromStep, e.fromUnit, e.toStep, e.toUnit, e.handler, e.at, e.deadline, e.punctuality, e.status ?? null],
  );
  const upd = await q.query<{ updated_at: Date }>(
    `UPDATE dossiers SET status = $2, current_step = $3, updated_at = now(),
       resolved_at = CASE WHEN $4::boolean THEN COALESCE(resolved_at, $5::timestamptz) END
     WHERE code = $1 RETURNING updated_at`,
    [code, next.status, next.currentStep, RESOLVED.has(next.status), e.at],
  );
  return { seq, updated_at: upd.rows[0]!.updated_at };
}
