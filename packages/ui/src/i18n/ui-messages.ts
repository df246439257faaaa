// Strings shared by the primitives (the skeleton's "Đang tải…", the form controls' "bắt buộc").
// Keys are `<component>.<what>`; widgets add their own catalogs. Only strings a primitive shows:
// every page pays for them in its first view.
import type { Catalog } from './catalog.js';

export const uiMessages: Catalog = {
  vi: {
    'common.loading': 'Đang tải…',
    'common.required': 'bắt buộc',
  },
  en: {
    'common.loading': 'Loading…',
    'common.required': 'required',
  },
};
