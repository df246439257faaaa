// Message catalogs. Every user-visible string of a component lives in a catalog: Vietnamese is
// complete and the default; English may lag (missing keys fall back to Vietnamese, never to a key).
import { DEFAULT_LOCALE, type Locale } from './locale.js';

export type MessageParams = Record<string, string | number>;
/** A message is a template with `{name}` placeholders, or a function for plurals and the like. */
export type Message = string | ((params: MessageParams, locale: Locale) => string);
export type Messages = Record<string, Message>;
export interface Catalog {
  vi: Messages;
  en: Partial<Messages>;
}

/**
 * What a page may pass in `messages` to override strings of one instance: either per language
 * (`{ "vi": { "search.label": "Tìm" }, "en": {…} }`) or flat (`{ "search.label": "Tìm" }`), which
 * applies whatever the language.
 */
export type MessageOverrides = Partial<Record<Locale, Record<string, string>>> | Record<string, string>;

export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  return {
    vi: Object.assign({}, ...catalogs.map((c) => c.vi)),
    en: Object.assign({}, ...catalogs.map((c) => c.en)),
  };
}

function isPerLocale(overrides: MessageOverrides): overrides is Partial<Record<Locale, Record<string, string>>> {
  return Object.entries(overrides).some(([k, v]) => (k === 'vi' || k === 'en') && typeof v === 'object' && v !== null);
}

export function overrideFor(overrides: MessageOverrides | undefined, locale: Locale, key: string): string | undefined {
  if (!overrides) return undefined;
  if (isPerLocale(overrides)) return overrides[locale]?.[key];
  const flat = (overrides as Record<string, string>)[key];
  return typeof flat === 'string' ? flat : undefined;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatNumber(value: number, locale: Locale): string {
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
    numberFormats.set(locale, nf);
  }
  return nf.format(value);
}

export function interpolate(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/**
 * Looks a key up: instance override → catalog of the locale → Vietnamese catalog. A missing key
 * returns the key itself so the gap is visible (and tests catch it) rather than an empty label.
 */
export function translate(
  catalog: Catalog,
  locale: Locale,
  key: string,
  params: MessageParams = {},
  overrides?: MessageOverrides,
): string {
  const override = overrideFor(overrides, locale, key);
  if (override !== undefined) return interpolate(override, params, locale);
  const message = catalog[locale][key] ?? catalog[DEFAULT_LOCALE][key];
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params, locale) : interpolate(message, params, locale);
}
