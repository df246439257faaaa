// Strings of the dossier code and verifier fields (identity.view.ts): the shared validation messages
// of a dossier code (shared/code-messages.ts) and the fields' own, added to
// <mc-satisfaction-survey>'s catalog when the fields are first needed (lazyModule). Vietnamese;
// English in messages.en.ts and shared/code-messages.en.ts.
import { mergeCatalogs, type Catalog } from '@motcua/ui';
import { codeMessages } from '../shared/code-messages.js';

export const identityMessages: Catalog = mergeCatalogs(codeMessages, {
  vi: {
    'survey.code.label': 'Mã hồ sơ',
    'survey.code.hint': 'Ghi trên giấy tiếp nhận, ví dụ: 000.00.25.H53-261120-0012',
    'survey.verifier.label': '4 số cuối số định danh cá nhân hoặc số điện thoại',
    'survey.verifier.hint': 'Để xác nhận bạn là người nộp hồ sơ. Không được lưu lại.',
  },
  en: {},
});
