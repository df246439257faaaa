// Working-day arithmetic for Vietnamese administrative time limits.
//
// Dates are plain ISO calendar dates ("2026-02-16") in Vietnam's time zone (Asia/Ho_Chi_Minh,
// UTC+7, no daylight saving). Saturdays and Sundays are not working days, nor are official
// holidays (incl. Tết and compensatory days off); a "working Saturday" (ngày làm bù) listed by the
// calendar does count. The calendar is data: `seed/holidays.json` (2025–2027); outside the years it
// covers only weekends are skipped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Days since 1970-01-01 for an ISO date; throws on a malformed or impossible date. */
export function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return Math.round(t / DAY_MS);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Vietnam has kept UTC+7 without daylight saving since 1975 (Asia/Ho_Chi_Minh). */
const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar date and minutes after midnight of an instant, in Vietnam — whatever the server's
 * own time zone. Fixed-offset arithmetic (exact for every date since 1975, and ~50× faster than
 * Intl on the lookup path); a test checks it against Intl with timeZone Asia/Ho_Chi_Minh.
 */
export function vietnamDateTime(instant: Date | string | number): { date: IsoDate; minutes: number } {
  const d = instant instanceof Date ? instant : new Date(instant);
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  const shifted = new Date(t + VN_OFFSET_MS);
  return { date: shifted.toISOString().slice(0, 10), minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
}

/** Today's date in Vietnam. */
export function vietnamToday(now: Date = new Date()): IsoDate {
  return vietnamDateTime(now).date;
}

export interface HolidayEntry {
  date: IsoDate;
  name?: string;
}

/**
 * Holidays and working weekend days. Accepts the shapes a calendar file may reasonably take:
 * an array of holidays (strings or `{ date, … }`), or an object with `holidays` / `daysOff` and
 * `workingDays` / `workingSaturdays` / `makeUpDays` arrays, or entries with
 * `kind`/`type: "working"`, or year-keyed objects of the same.
 */
export class WorkingCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workingWeekendDays: ReadonlySet<IsoDate>;

  /** Day numbers of holidays falling on weekdays (they remove a working day). */
  private readonly weekdayHolidays: number[];
  /** Day numbers of working Saturdays/Sundays (they add a working day). */
  private readonly weekendWorkingDays: number[];

  constructor(holidays: Iterable<IsoDate> = [], workingWeekendDays: Iterable<IsoDate> = []) {
    this.holidays = new Set([...holidays].map(normalizeDate));
    this.workingWeekendDays = new Set([...workingWeekendDays].map(normalizeDate));
    const isWeekend = (d: IsoDate) => {
      const w = weekday(d);
      return w === 0 || w === 6;
    };
    this.weekdayHolidays = [...this.holidays].filter((d) => !isWeekend(d) && !this.workingWeekendDays.has(d)).map(toDayNumber);
    this.weekendWorkingDays = [...this.workingWeekendDays].filter(isWeekend).map(toDayNumber);
  }

  static fromJson(data: unknown): WorkingCalendar {
    const holidays: IsoDate[] = [];
    const working: IsoDate[] = [];
    collect(data, 'off', holidays, working);
    return new WorkingCalendar(holidays, working);
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.workingWeekendDays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    let n = toDayNumber(date);
    for (let i = 0; i < 3660 && !this.isWorkingDay(fromDayNumber(n)); i++) n++;
    return fromDayNumber(n);
  }

  /**
   * The n-th working day after `start` (`start` itself is not counted; n = 0 gives `start`).
   * Negative n counts backwards.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
    let day = toDayNumber(start);
    const step = n >= 0 ? 1 : -1;
    let left = Math.abs(n);
    while (left > 0) {
      day += step;
      if (this.isWorkingDay(fromDayNumber(day))) left--;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days d with a < d ≤ b (b ≥ a); the negative count of b < d ≤ a otherwise.
   * Inverse of addWorkingDays: workingDaysBetween(a, addWorkingDays(a, n)) === n for n ≥ 0, and
   * for n < 0 when a is a working day.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const da = toDayNumber(a);
    const db = toDayNumber(b);
    if (db < da) {
      const back = this.workingDaysBetween(b, a);
      return back === 0 ? 0 : -back;
    }
    // Weekdays in (da, db] by whole weeks, then the calendar's exceptions inside the range:
    // constant time in the length of the range (appointments may be years away or ago).
    const n = db - da;
    let count = Math.floor(n / 7) * 5;
    for (let d = da + Math.floor(n / 7) * 7 + 1; d <= db; d++) {
      const w = (((d + 4) % 7) + 7) % 7;
      if (w !== 0 && w !== 6) count++;
    }
    for (const h of this.weekdayHolidays) if (h > da && h <= db) count--;
    for (const w of this.weekendWorkingDays) if (w > da && w <= db) count++;
    return count;
  }

  /**
   * Working days left until the appointment date, seen on `today`: 0 on the day itself,
   * negative when overdue (−2 = overdue by two working days).
   */
  daysLeft(appointment: IsoDate, today: IsoDate): number {
    return this.workingDaysBetween(today, appointment);
  }

  /**
   * The date a dossier's result is due, for a channel's time limit.
   * - Receipt on a non-working day counts from the next working day.
   * - Procedures with a same-day cut-off (e.g. "15:00"): received after the cut-off, the dossier
   *   counts from the next working day.
   * - `working-days` n: the n-th working day after the (effective) receipt day; 0 = same day.
   * - `working-hours` h: ⌈h / 8⌉ working days (8 working hours a day).
   * - `days` (calendar days): that many days later, moved to the next working day if it falls on
   *   a day off.
   * Returns null when the time limit has no number (e.g. "varies").
   */
  appointmentDate(receivedAt: Date | string | number, limit: TimeLimitLike): IsoDate | null {
    const { date, minutes } = vietnamDateTime(receivedAt);
    let effective = this.nextWorkingDayOnOrAfter(date);
    const cutoff = parseCutoff(limit.sameDayCutoff);
    if (cutoff !== null && effective === date && minutes >= cutoff) {
      effective = this.nextWorkingDayOnOrAfter(addCalendarDays(date, 1));
    }
    const value = limit.value;
    if (value === null || value === undefined) {
      return cutoff !== null ? effective : null;
    }
    if (!Number.isFinite(value) || value < 0) return null;
    switch (limit.unit) {
      case 'working-hours':
        return this.addWorkingDays(effective, Math.ceil(value / 8));
      case 'days':
        return this.nextWorkingDayOnOrAfter(addCalendarDays(effective, Math.ceil(value)));
      case 'working-days':
      default:
        return this.addWorkingDays(effective, Math.ceil(value));
    }
  }
}

export interface TimeLimitLike {
  value: number | null | undefined;
  unit?: 'working-days' | 'working-hours' | 'days' | string;
  sameDayCutoff?: string | null;
}

function parseCutoff(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

function normalizeDate(d: string): IsoDate {
  const s = String(d).slice(0, 10);
  toDayNumber(s);
  return s;
}

/** Keys whose entries are working days (e.g. "workingWeekends", "workingSaturdays", "makeUpDays"). */
const WORKING_KEYS = /work|make.?up|lam.?bu/i;
const OFF_KEYS = /^(holidays|daysOff|offDays|days|dates|items|entries|compensatoryDaysOff|compensatoryDays|substituteDaysOff)$/i;

function entryKind(e: Record<string, unknown>): 'off' | 'working' | null {
  for (const key of ['kind', 'type', 'category']) {
    const v = e[key];
    if (typeof v === 'string') {
      if (/work|make.?up|lam.?bu|làm bù/i.test(v) && !/day.?off|nghỉ|nghi|holiday|off/i.test(v.replace(/working/i, ''))) return 'working';
      return 'off';
    }
  }
  if (e.working === true || e.isWorkingDay === true || e.workingDay === true) return 'working';
  if (e.dayOff === false || e.off === false) return 'working';
  return null;
}

function collect(data: unknown, kind: 'off' | 'working', off: IsoDate[], working: IsoDate[]): void {
  if (data == null) return;
  if (typeof data === 'string') {
    if (ISO_DATE.test(data.slice(0, 10))) (kind === 'off' ? off : working).push(data.slice(0, 10));
    return;
  }
  if (Array.isArray(data)) {
    for (const item of data) collect(item, kind, off, working);
    return;
  }
  if (typeof data !== 'object') return;
  const obj = data as Record<string, unknown>;
  // A single entry: { date } or a range { from, to } / { start, end }.
  const date = obj.date ?? obj.day;
  const from = obj.from ?? obj.start ?? obj.startDate;
  const to = obj.to ?? obj.end ?? obj.endDate;
  if (typeof date === 'string' || (typeof from === 'string' && typeof to === 'string')) {
    const k = entryKind(obj) ?? kind;
    const target = k === 'off' ? off : working;
    if (typeof date === 'string') target.push(date.slice(0, 10));
    else {
      const a = toDayNumber(String(from).slice(0, 10));
      const b = toDayNumber(String(to).slice(0, 10));
      for (let d = a; d <= b; d++) {
        const iso = fromDayNumber(d);
        // A range of days off skips nothing on weekends; it is harmless to list them.
        target.push(iso);
      }
    }
    if (Array.isArray(obj.dates)) collect(obj.dates, k, off, working);
    return;
  }
  for (const [key, value] of Object.entries(obj)) {
    if (WORKING_KEYS.test(key)) collect(value, 'working', off, working);
    else if (OFF_KEYS.test(key) || /^\d{4}$/.test(key)) collect(value, kind, off, working);
    else if (typeof value === 'object' && value !== null && !['source', 'sources', 'notes', 'meta'].includes(key)) {
      collect(value, kind, off, working);
    }
  }
}

let defaultCalendar: WorkingCalendar | null = null;

/** The path of the seed calendar, relative to this module (works from src/ and dist/). */
export function defaultHolidaysPath(): string {
  return fileURLToPath(new URL('../../seed/holidays.json', import.meta.url));
}

/** The calendar from seed/holidays.json (or MOTCUA_HOLIDAYS_FILE), loaded once. */
export function getDefaultCalendar(): WorkingCalendar {
  if (!defaultCalendar) {
    const file = process.env.MOTCUA_HOLIDAYS_FILE || defaultHolidaysPath();
    try {
      defaultCalendar = WorkingCalendar.fromJson(JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      defaultCalendar = new WorkingCalendar();
    }
  }
  return defaultCalendar;
}

export function setDefaultCalendar(cal: WorkingCalendar | null): void {
  defaultCalendar = cal;
}

export function addWorkingDays(start: IsoDate, n: number, cal = getDefaultCalendar()): IsoDate {
  return cal.addWorkingDays(start, n);
}

export function workingDaysBetween(a: IsoDate, b: IsoDate, cal = getDefaultCalendar()): number {
  return cal.workingDaysBetween(a, b);
}

export function daysLeft(appointment: IsoDate, today: IsoDate, cal = getDefaultCalendar()): number {
  return cal.daysLeft(appointment, today);
}

export function appointmentDate(
  receivedAt: Date | string | number,
  limit: TimeLimitLike,
  cal = getDefaultCalendar(),
): IsoDate | null {
  return cal.appointmentDate(receivedAt, limit);
}

export function isWorkingDay(date: IsoDate, cal = getDefaultCalendar()): boolean {
  return cal.isWorkingDay(date);
}
