// Validation messages of the dossier code and verifier fields (dossier-code.ts), shared by the
// tracker and the survey (dossier mode, typed by the citizen). Vietnamese; English in
// code-messages.en.ts. Named without "dossier-": the file name becomes the CDN chunk's name, which
// the loader's preload map carries to every page (a longer name grows every size row).
import type { Catalog } from '@motcua/ui';

export const codeMessages: Catalog = {
  vi: {
    'tracker.code.missing': 'Vui lòng nhập mã hồ sơ.',
    'tracker.code.chars': 'Mã hồ sơ chỉ gồm chữ, chữ số, dấu chấm và dấu gạch ngang (-). Bỏ dấu cách, dấu / nếu có.',
    'tracker.code.format': 'Mã hồ sơ chưa đúng dạng. Mã có ba phần nối bằng dấu gạch ngang: mã cơ quan, ngày nộp 6 chữ số (năm, tháng, ngày), số thứ tự 4 chữ số. Ví dụ: 000.00.25.H53-261120-0012.',
    'tracker.verifier.missing': 'Vui lòng nhập 4 số xác minh.',
    'tracker.verifier.digits': 'Chỉ nhập chữ số (0–9).',
    'tracker.verifier.length': 'Nhập đúng 4 chữ số.',
  },
  // English: code-messages.en.ts, loaded only when a widget renders in English (see englishMessages).
  en: {},
};
