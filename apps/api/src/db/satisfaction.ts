// Satisfaction answers: a citizen's evaluation of one dossier (table evaluations, at most one per
// dossier) and the general survey of a unit (table surveys). The scoring is domain/evaluation.ts.
import type { SatisfactionLevel } from '@motcua/contracts';
import type { Queryable } from './types.js';

export interface NewEvaluation {
  dossierCode: string;
  unitCode: string;
  /** Points per indicator id. */
  points: Record<string, number>;
  score: number;
  maxScore: number;
  satisfaction: SatisfactionLevel;
  satisfied: boolean;
  comment: string | null;
}

/** The evaluation's id and time; null when the dossier was already evaluated. */
export async function insertEvaluation(q: Queryable, e: NewEvaluation): Promise<{ id: string; created_at: Date } | null> {
  const inserted = await q.query<{ id: string; created_at: Date }>(
    `INSERT INTO evaluations (dossier_code, unit_code, answers, score, max_score, satisfaction, satisfied, comment)
     VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7, $8)
     ON CONFLICT (dossier_code) DO NOTHING RETURNING id, created_at`,
    [e.dossierCode, e.unitCode, JSON.stringify(e.points), e.score, e.maxScore, e.satisfaction, e.satisfied, e.comment],
  );
  return inserted.rows[0] ?? null;
}

export interface NewSurvey {
  unitCode: string;
  answers: Record<string, number>;
  satisfied: boolean;
  comment: string | null;
}

export async function insertSurvey(q: Queryable, s: NewSurvey): Promise<{ id: string; created_at: Date }> {
  const inserted = await q.query<{ id: string; created_at: Date }>(
    `INSERT INTO surveys (unit_code, answers, satisfied, comment) VALUES ($1, $2::text::jsonb, $3, $4) RETURNING id, created_at`,
    [s.unitCode, JSON.stringify(s.answers), s.satisfied, s.comment],
  );
  return inserted.rows[0]!;
}
