// What only the evaluation of one dossier needs, as one lazily imported module: turning the
// criteria of GET /v1/evaluation-criteria into questions, and the strings shown with them (added
// to the survey's catalog here). The anonymous survey, the common case, does not need it; an
// evaluation imports it while its criteria are requested, in parallel, before the form is shown.
import type { EvaluationCriterion, SatisfactionLevel } from '@motcua/contracts';
import type { Locale } from '@motcua/ui';
import { McSatisfactionSurvey } from './satisfaction-survey.js';
import { SATISFACTION_ID, type Question } from './questions.js';

McSatisfactionSurvey.addMessages({
  vi: {
    'survey.intro.dossier': 'Chỉ số 1 và 2 (thời gian giải quyết) được tính từ hồ sơ. Mỗi hồ sơ chỉ được đánh giá một lần.',
    'survey.intro.dossierCode': 'Hồ sơ {code}. Chỉ số 1 và 2 (thời gian giải quyết) được tính từ hồ sơ. Mỗi hồ sơ chỉ được đánh giá một lần.',
    'survey.empty': 'Hiện chưa có tiêu chí đánh giá nào. Vui lòng quay lại sau.',
    'survey.comment.label.dossier': 'Góp ý thêm',
    'survey.submit': 'Gửi đánh giá',
    // The overall satisfaction: a rating of its own, not one of the nine indicators.
    'survey.satisfaction': 'Mức độ hài lòng chung với việc giải quyết hồ sơ',
    'survey.satisfaction.very-satisfied': 'Rất hài lòng',
    'survey.satisfaction.satisfied': 'Hài lòng',
    'survey.satisfaction.not-satisfied': 'Không hài lòng',
  },
  // English: messages.en.ts, with the rest.
  en: {},
});

/**
 * The questions of an evaluation: the indicators the citizen answers (those measured from the
 * dossier's record are not asked), levels lowest first (0, 1, 2) as the scale shows them, then the
 * overall satisfaction rating (lowest first too).
 */
export function criteriaQuestions(criteria: readonly EvaluationCriterion[], locale: Locale, msg: (key: string) => string): Question[] {
  const asked: Question[] = criteria
    .filter((c) => !c.measured)
    .map((c) => ({
      id: c.id,
      label: c.label[locale] ?? c.label.vi,
      levels: [...c.options].sort((a, b) => a.value - b.value).map((o) => ({ value: String(o.value), label: o.label[locale] ?? o.label.vi })),
    }));
  // Lowest first; the values are the contract's SatisfactionLevel (widgets import no runtime code of the contracts).
  const levels = (['not-satisfied', 'satisfied', 'very-satisfied'] satisfies SatisfactionLevel[]).map((value) => ({ value, label: msg(`survey.satisfaction.${value}`) }));
  return [...asked, { id: SATISFACTION_ID, label: msg('survey.satisfaction'), levels }];
}
