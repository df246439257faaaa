// The questions of the two survey modes, as the rating scales need them.
import type { EvaluationCriterion, SatisfactionQuestion } from '@motcua/contracts';
import type { Locale } from '@motcua/ui';
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

/**
 * The questions of an evaluation from GET /v1/evaluation-criteria: the indicators the citizen
 * answers (those measured from the record are not asked), levels lowest first (0, 1, 2) as the
 * scale shows them, then the overall satisfaction rating (lowest first too).
 */
export function criteriaQuestions(criteria: readonly EvaluationCriterion[], satisfaction: SatisfactionQuestion | undefined, locale: Locale): Question[] {
  const asked: Question[] = criteria
    .filter((c) => c.source === 'citizen')
    .map((c) => ({
      id: c.id,
      label: c.label[locale] ?? c.label.vi,
      levels: [...c.options].sort((a, b) => a.value - b.value).map((o) => ({ value: String(o.value), label: o.label[locale] ?? o.label.vi })),
    }));
  if (!satisfaction) return asked;
  const levels = [...satisfaction.options].reverse().map((o) => ({ value: o.value, label: o.label[locale] ?? o.label.vi }));
  return [...asked, { id: SATISFACTION_ID, label: satisfaction.label[locale] ?? satisfaction.label.vi, levels }];
}
