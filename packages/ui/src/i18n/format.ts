// Dates, times and money for Vietnamese public services. Every date is shown in Vietnam's time
// zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) whatever the device's own zone, because the
// deadlines on a dossier are the office's deadlines. Output is built from `formatToParts` so it is
// the same on every browser/ICU version:
//   vi: "14:05, 03/11/2026"  ·  "03/11/2026"  ·  "20.000 đ"
//   en: "3 Nov 2026, 14:05"  ·  "3 Nov 2026"  ·  "VND 20,000"
// Spaces inside a date or an amount are no-break spaces (U+00A0) so "20.000 đ" never wraps between
// the number and the currency.
import { type Locale, toLocale } from '../base/locale.js';

/** The time zone every date in Một Cửa is shown in. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A no-break space, used between a number and its currency and inside dates. */
export const NBSP = '\u00a0';

export type DateInput = Date | string | number;

/** Parses an ISO string, a timestamp or a Date; `undefined` when it is not a valid instant. */
export function toDate(value: DateInput | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let format = partsCache.get(key);
  if (!format) {
    const vi = locale === 'vi';
    format = new Intl.DateTimeFormat(vi ? 'vi-VN' : 'en-GB', {
      timeZone: TIME_ZONE,
      day: vi ? '2-digit' : 'numeric',
      month: vi ? '2-digit' : 'short',
      year: 'numeric',
      ...(withTime && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    });
    partsCache.set(key, format);
  }
  return format;
}

interface DateParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function parts(date: Date, locale: Locale, withTime: boolean): DateParts {
  const out: DateParts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of dateTimeFormat(locale, withTime).formatToParts(date)) {
    if (part.type in out) out[part.type as keyof DateParts] = part.value;
  }
  // Some ICU versions print midnight as "24" even with h23.
  if (out.hour === '24') out.hour = '00';
  return out;
}

/** The date (`what` 0), time (1) or both (2) of `value` in `locale`; '' when it is not a valid instant. */
function formatInstant(value: DateInput | null | undefined, locale: Locale | string, what: 0 | 1 | 2): string {
  const date = toDate(value);
  if (!date) return '';
  const loc = toLocale(locale);
  const p = parts(date, loc, what > 0);
  const time = `${p.hour}:${p.minute}`;
  const day = loc === 'vi' ? `${p.day}/${p.month}/${p.year}` : `${p.day}${NBSP}${p.month}${NBSP}${p.year}`;
  // Vietnamese documents write the time first.
  return what === 0 ? day : what === 1 ? time : loc === 'vi' ? `${time}, ${day}` : `${day}, ${time}`;
}

/**
 * A date in Vietnam's time zone: vi "03/11/2026", en "3 Nov 2026".
 * Returns '' for a missing or invalid date (callers then render nothing).
 */
export function formatDate(value: DateInput | null | undefined, locale: Locale | string = 'vi'): string {
  return formatInstant(value, locale, 0);
}

/** A time of day in Vietnam's time zone, 24-hour: "14:05". '' when invalid. */
export function formatTime(value: DateInput | null | undefined, locale: Locale | string = 'vi'): string {
  return formatInstant(value, locale, 1);
}

/**
 * A date and time in Vietnam's time zone: vi "14:05, 03/11/2026" (time first, as Vietnamese
 * documents write it), en "3 Nov 2026, 14:05". '' when invalid.
 */
export function formatDateTime(value: DateInput | null | undefined, locale: Locale | string = 'vi'): string {
  return formatInstant(value, locale, 2);
}

/**
 * The machine-readable value for `<time datetime>`: the ISO string as given when it is one,
 * otherwise the instant in UTC (`2026-11-03T07:05:00.000Z`). '' when invalid.
 */
export function toDateTimeAttribute(value: DateInput | null | undefined): string {
  const date = toDate(value);
  if (!date) return '';
  return typeof value === 'string' ? value.trim() : date.toISOString();
}

const moneyCache = new Map<Locale, Intl.NumberFormat>();

/**
 * An amount of Vietnamese đồng (no minor unit): vi "20.000 đ", en "VND 20,000". Fractions are
 * rounded to the đồng. '' for a value that is not a finite number.
 */
export function formatMoney(amount: number | string | null | undefined, locale: Locale | string = 'vi'): string {
  const value = typeof amount === 'string' ? Number(amount.trim() === '' ? NaN : amount) : amount;
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const loc = toLocale(locale);
  let nf = moneyCache.get(loc);
  if (!nf) {
    nf = new Intl.NumberFormat(loc === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0, useGrouping: true });
    moneyCache.set(loc, nf);
  }
  const rounded = Math.round(Math.abs(value));
  const number = nf.format(rounded);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return loc === 'vi' ? `${sign}${number}${NBSP}đ` : `${sign}VND${NBSP}${number}`;
}
