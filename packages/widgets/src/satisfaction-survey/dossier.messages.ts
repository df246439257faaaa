// Strings shown with an evaluation's questions (dossier.view.ts), added to <mc-satisfaction-survey>'s
// catalog when an evaluation first loads (lazyModule). Vietnamese; English in messages.en.ts with the
// rest.
import type { Catalog } from '@motcua/ui';

export const dossierMessages: Catalog = {
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
  en: {},
};
