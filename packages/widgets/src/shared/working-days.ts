// Working-day arithmetic in the browser, with the same rules as the API's
// apps/api/src/domain/working-days.ts (so a date the widget predicts is the date the office writes
// on the receipt): dates are ISO calendar dates in Vietnam (Asia/Ho_Chi_Minh, UTC+7); Saturdays,
// Sundays and official days off do not count, a working weekend day (ngày làm bù) does; a dossier
// received on a day off counts from the next working day; for procedures with a same-day cut-off
// ("15:00"), a dossier received after it counts from the next working day.
// The calendar is ./holidays.ts (2025–2027, copied from apps/api/seed/holidays.json).
import { DAYS_OFF, WORKING_WEEKEND_DAYS } from './holidays.js';

export type IsoDate = string;

const DAY_MS = 86_400_000;
const OFF = new Set(DAYS_OFF);
const WORKING = new Set(WORKING_WEEKEND_DAYS);

export function toDayNumber(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(date: IsoDate): boolean {
  if (WORKING.has(date)) return true;
  if (OFF.has(date)) return false;
  const w = weekday(date);
  return w !== 0 && w !== 6;
}

export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let n = toDayNumber(date);
  for (let i = 0; i < 3660 && !isWorkingDay(fromDayNumber(n)); i++) n++;
  return fromDayNumber(n);
}

/** The n-th working day after `start` (`start` not counted; n = 0 → `start`; negative counts back). */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  let day = toDayNumber(start);
  const step = n >= 0 ? 1 : -1;
  let left = Math.abs(Math.trunc(n));
  while (left > 0) {
    day += step;
    if (isWorkingDay(fromDayNumber(day))) left--;
  }
  return fromDayNumber(day);
}

/** Working days d with a < d ≤ b (negative when b < a): 0 on the day itself. */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  const da = toDayNumber(a);
  const db = toDayNumber(b);
  if (db < da) return -workingDaysBetween(b, a) || 0;
  let count = 0;
  for (let d = da + 1; d <= db; d++) if (isWorkingDay(fromDayNumber(d))) count++;
  return count;
}

const vnParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date and minutes after midnight of an instant, in Vietnam. */
export function vietnamDateTime(instant: Date | number | string): { date: IsoDate; minutes: number } {
  const parts: Record<string, string> = {};
  for (const p of vnParts.formatToParts(new Date(instant))) parts[p.type] = p.value;
  const hour = parts['hour'] === '24' ? 0 : Number(parts['hour']);
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, minutes: hour * 60 + Number(parts['minute']) };
}

export interface TimeLimitLike {
  value: number | null | undefined;
  unit?: string;
  sameDayCutoff?: string | null;
}

export interface Appointment {
  /** The expected result date (ISO), or null when the time limit has no number. */
  date: IsoDate | null;
  /** The day the count starts from (the next working day when received on a day off or after the cut-off). */
  countsFrom: IsoDate;
  /** True when the same-day cut-off has passed (or today is a day off) and the count starts later. */
  deferred: boolean;
}

/**
 * The date a result is due for a dossier received at `receivedAt` (default now), for a channel's
 * time limit: `working-days` n → n-th working day after the receipt day; `working-hours` h →
 * ⌈h / 8⌉ working days; `days` → calendar days, moved to the next working day.
 */
export function appointmentDate(limit: TimeLimitLike, receivedAt: Date | number | string = Date.now()): Appointment {
  const { date, minutes } = vietnamDateTime(receivedAt);
  let from = nextWorkingDayOnOrAfter(date);
  const m = limit.sameDayCutoff ? /^(\d{1,2}):(\d{2})$/.exec(limit.sameDayCutoff.trim()) : null;
  const cutoff = m ? Number(m[1]) * 60 + Number(m[2]) : null;
  if (cutoff !== null && from === date && minutes >= cutoff) from = nextWorkingDayOnOrAfter(fromDayNumber(toDayNumber(date) + 1));
  const deferred = from !== date;
  const value = limit.value;
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) {
    return { date: cutoff !== null ? from : null, countsFrom: from, deferred };
  }
  let due: IsoDate;
  if (limit.unit === 'working-hours') due = addWorkingDays(from, Math.ceil(value / 8));
  else if (limit.unit === 'days') due = nextWorkingDayOnOrAfter(fromDayNumber(toDayNumber(from) + Math.ceil(value)));
  else due = addWorkingDays(from, Math.ceil(value));
  return { date: due, countsFrom: from, deferred };
}

/** Midday in Vietnam of an ISO date, as an instant (for formatting with formatDate). */
export function isoDateToInstant(date: IsoDate): Date {
  return new Date(`${date}T12:00:00+07:00`);
}
