// The questions of the general survey, as the rating scales need them (an evaluation's: dossier.view.ts).
import type { RatingLevel } from '@motcua/ui/rating-scale/rating-scale';

export interface Question {
  id: string;
  label: string;
  /** Undefined: the rating scale's default 1–5 levels ("Rất không hài lòng" … "Rất hài lòng"). */
  levels?: RatingLevel[];
}

/** The five SIPAS factors (Ministry of Home Affairs), in the order of the ministry's form. */
export const SIPAS_FACTOR_IDS = ['access', 'procedure', 'official', 'result', 'feedback'] as const;

export const SURVEY_COMMENT_MAX = 2000;
export const EVALUATION_COMMENT_MAX = 1000;

export function sipasQuestions(msg: (key: string) => string): Question[] {
  return SIPAS_FACTOR_IDS.map((id) => ({ id, label: msg(`survey.factor.${id}`) }));
}

/** Id of the overall satisfaction question: a rating of its own, sent apart from the indicators. */
export const SATISFACTION_ID = 'satisfaction';
