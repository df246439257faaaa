// Reading a dossier for a citizen who proves ownership with a 4-digit verifier: the queries and
// the mapping of their rows to the domain record (the routes only call these).
import type { DossierStatusId } from '@motcua/contracts';
import type { Queryable } from './types.js';
import { prepared } from './prepared.js';
import { hashVerifier, verifierMatches } from './verifier.js';
import type { DossierRecord, TimelineRecord } from '../domain/mask.js';

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
