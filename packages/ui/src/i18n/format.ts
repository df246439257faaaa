// Dates, times and money for Vietnamese public services. Every date is shown in Vietnam's time
// zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) whatever the device's own zone, because the
// deadlines on a dossier are the office's deadlines. Output is built from `formatToParts` so it is
// the same on every browser/ICU version:
//   vi: "14:05, 03/11/2026"  ·  "03/11/2026"  ·  "20.000 đ"
//   en: "3 Nov 2026, 14:05"  ·  "3 Nov 2026"  ·  "VND 20,000"
// Spaces inside a date or an amount are no-break spaces (U+00A0) so "20.000 đ" never wraps between
// the number and the currency.
import { type Locale, toLocale } from './locale.js';

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

/**
 * Vietnam's offset from UTC. Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975
 * (tz database), so the parts are plain arithmetic: no `Intl.DateTimeFormat` with a time zone,
 * whose first construction loads the time-zone data and cost a phone ~250 ms of main thread (4×
 * CPU, bench/lighthouse/profile.mjs) while a widget started. format.test.ts checks this against
 * the browser's own time-zone data.
 */
const OFFSET_MS = 7 * 3600_000;
/** English month abbreviations as en-GB writes them (CLDR: "Sept"). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

interface DateParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function parts(date: Date, locale: Locale): DateParts {
  const local = new Date(date.getTime() + OFFSET_MS);
  const vi = locale === 'vi';
  const day = local.getUTCDate();
  const month = local.getUTCMonth();
  return {
    day: vi ? pad(day) : String(day),
    month: vi ? pad(month + 1) : MONTHS[month]!,
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/** The date (`what` 0), time (1) or both (2) of `value` in `locale`; '' when it is not a valid instant. */
function formatInstant(value: DateInput | null | undefined, locale: Locale | string, what: 0 | 1 | 2): string {
  const date = toDate(value);
  if (!date) return '';
  const loc = toLocale(locale);
  const p = parts(date, loc);
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
