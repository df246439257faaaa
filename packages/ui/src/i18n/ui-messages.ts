// Strings shared by the primitives. Keys are `<component>.<what>`; widgets add their own catalogs.
import type { Catalog } from './catalog.js';

export const uiMessages: Catalog = {
  vi: {
    'common.loading': 'Đang tải…',
    'common.retry': 'Thử lại',
    'common.close': 'Đóng',
    'common.required': 'bắt buộc',
    'common.optional': 'không bắt buộc',
  },
  en: {
    'common.loading': 'Loading…',
    'common.retry': 'Try again',
    'common.close': 'Close',
    'common.required': 'required',
    'common.optional': 'optional',
  },
};
