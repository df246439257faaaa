// What only the evaluation of one dossier needs, a lazy view: turning the criteria of GET
// /v1/evaluation-criteria into questions, and the strings shown with them (dossier.messages.ts,
// added to the survey's catalog as it loads: lazyModule). The anonymous survey, the common case,
// does not need it; an evaluation imports it while its criteria are requested, in parallel, before
// the form is shown.
import type { EvaluationCriterion, SatisfactionLevel } from '@motcua/contracts';
import type { Locale } from '@motcua/ui';
import type { Question } from './questions.js';
export { dossierMessages as messages } from './dossier.messages.js';

/**
 * The questions of an evaluation: the indicators the citizen answers (those measured from the
 * dossier's record are not asked), levels lowest first (0, 1, 2) as the scale shows them, then the
 * overall satisfaction rating (lowest first too), under the id the survey gives it (`satisfactionId`,
 * passed rather than imported so that this chunk shares no module with the survey's first view).
 */
export function criteriaQuestions(
  criteria: readonly EvaluationCriterion[],
  locale: Locale,
  msg: (key: string) => string,
  satisfactionId: string,
): Question[] {
  const asked: Question[] = criteria
    .filter((c) => !c.measured)
    .map((c) => ({
      id: c.id,
      label: c.label[locale] ?? c.label.vi,
      levels: [...c.options].sort((a, b) => a.value - b.value).map((o) => ({ value: String(o.value), label: o.label[locale] ?? o.label.vi })),
    }));
  // Lowest first; the values are the contract's SatisfactionLevel (widgets import no runtime code of the contracts).
  const levels = (['not-satisfied', 'satisfied', 'very-satisfied'] satisfies SatisfactionLevel[]).map((value) => ({ value, label: msg(`survey.satisfaction.${value}`) }));
  return [...asked, { id: satisfactionId, label: msg('survey.satisfaction'), levels }];
}
