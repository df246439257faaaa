// Indicators 1 and 2 of the per-dossier evaluation (Circular 01/2018/TT-VPCP), measured from the
// dossier's own record instead of asked of the citizen — the one place this rule lives:
//   1. total time against the legal limit: the day the dossier was resolved against its original
//      appointment day (the legal limit; an apology's new date does not move it): before it 2,
//      on it 1, after it 0 points;
//   2. each agency's time: the process-control rows that carry a deadline (a step with its own
//      time allowance): all early 2, none late 1, any late 0. Without such rows the dossier was
//      handled as one step, and indicator 2 takes indicator 1's points.
import {
  DEFAULT_EVALUATION_CRITERIA,
  type EvaluationPoints,
  type SatisfactionLevel,
} from '@motcua/contracts';
import type { Punctuality } from '@motcua/contracts';
import { derivePunctuality, type TimelineRecord } from './dossier-view.js';

const POINTS: Record<Punctuality, EvaluationPoints> = { early: 2, 'on-time': 1, late: 0 };

export interface MeasuredRecord {
  resolvedAt: Date | string | null;
  /** The appointment day given at reception (the legal limit), not an apology's new date. */
  appointmentDate: Date | string | null;
  timeline: readonly Pick<TimelineRecord, 'at' | 'deadline' | 'punctuality'>[];
}

export function measureTotalTime(d: MeasuredRecord): EvaluationPoints {
  if (!d.resolvedAt) throw new Error('measureTotalTime: the dossier is not resolved');
  return POINTS[derivePunctuality(d.resolvedAt, d.appointmentDate)];
}

export function measureAgencyTime(d: MeasuredRecord): EvaluationPoints {
  const steps = d.timeline.filter((e) => e.deadline != null);
  if (steps.length === 0) return measureTotalTime(d);
  return Math.min(...steps.map((e) => POINTS[e.punctuality ?? derivePunctuality(e.at, e.deadline ?? null)])) as EvaluationPoints;
}

export interface ScoredEvaluation {
  /** The nine indicators in the criteria's order, with their points. */
  indicators: { id: string; points: EvaluationPoints }[];
  score: number;
  maxScore: number;
}

/** The nine indicators: 1 and 2 from the record, the others from the citizen's answers. */
export function scoreEvaluation(record: MeasuredRecord, answers: Readonly<Record<string, number>>): ScoredEvaluation {
  const measured: Record<string, EvaluationPoints> = { 'total-time': measureTotalTime(record), 'agency-time': measureAgencyTime(record) };
  const indicators = DEFAULT_EVALUATION_CRITERIA.map((c) => {
    const points = c.measured ? measured[c.id] : answers[c.id];
    if (points === undefined) throw new Error(`scoreEvaluation: no points for ${c.id}`);
    return { id: c.id, points: points as EvaluationPoints };
  });
  return { indicators, score: indicators.reduce((sum, i) => sum + i.points, 0), maxScore: 2 * indicators.length };
}

/** Satisfied for the aggregates: "Hài lòng" or "Rất hài lòng". */
export function isSatisfied(level: SatisfactionLevel): boolean {
  return level !== 'not-satisfied';
}
