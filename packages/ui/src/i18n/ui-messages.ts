// Strings shared by the primitives (the skeleton's "Đang tải…", the form controls' "bắt buộc").
// Keys are `<component>.<what>`; widgets add their own catalogs. Only strings a primitive shows:
// every page pays for them in its first view. The English of these and of every primitive's own
// strings: messages.en.ts, loaded on demand (uiEnglish).
import type { Catalog, Messages } from './catalog.js';

/** Loads the primitives' English strings (one lazy chunk for all of them). */
export const uiEnglish = (): Promise<Partial<Messages>> => import('./messages.en.js').then((m) => m.en);

export const uiMessages: Catalog = {
  vi: {
    'common.loading': 'Đang tải…',
    'common.required': 'bắt buộc',
  },
  en: {},
};
