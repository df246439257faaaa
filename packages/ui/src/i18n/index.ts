// The language side of the primitives, in one place (`@motcua/ui/i18n/index`, re-exported by
// `@motcua/ui`): which language is in force (locale.ts), message catalogs with per-instance
// overrides (catalog.ts), the strings every primitive shares (ui-messages.ts; the English of all
// primitives in messages.en.ts, loaded on demand), and dates, times
// and money in Vietnam's time zone (format.ts). McElement (base/mc-element.ts) uses them.
export { findLang, toLocale, LOCALES, DEFAULT_LOCALE, type Locale } from './locale.js';
export {
  translate,
  interpolate,
  mergeCatalogs,
  type Catalog,
  type Messages,
  type Message,
  type MessageParams,
  type MessageOverrides,
} from './catalog.js';
export { uiEnglish, uiMessages } from './ui-messages.js';
export * from './format.js';
