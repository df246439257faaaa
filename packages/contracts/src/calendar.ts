// The working-day calendar and the one rule for administrative time limits — the only copy.
// Pure TypeScript (no Node, no DOM, no zod): the API server, the seed checker and any other system
// import it as `@motcua/contracts/calendar`. The holiday data is not here: it lives in the server's
// database (seeded from apps/api/seed/holidays.json) and is published at GET /v1/calendar.
//
// The rule (Decree 118/2025/NĐ-CP on the one-stop mechanism; Decree 23/2015/NĐ-CP Art. 7 for
// chứng thực; the hộ tịch catalog texts; Civil Code 2015 Art. 147–148 for periods in days):
// - Dates are calendar dates in Vietnam (UTC+7, no daylight saving since 1975).
// - Saturdays, Sundays and official days off (holidays, Tết, swapped days) are not working days;
//   a make-up working Saturday listed by the calendar is.
// - A dossier received on a day that is not a working day is received on the next working day.
// - "N working days" are counted from the working day after the day of receipt: the N-th working
//   day after the receipt day is the due date.
// - N = 0 means "the same day": resolved the day of receipt. A channel with a same-day cut-off
//   (sameDayCutoff "15:00"): received at or after the cut-off and not resolved at once, the result
//   is due the next working day.
// - Calendar days ("days"): counted from the day after receipt; a period ending on a day off ends
//   on the next working day (Civil Code Art. 148).
// - Working hours: hours of the office day left after receipt (the day ends at 17:00), then 8 hours
//   per working day.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Vietnam has kept UTC+7 without daylight saving since 1975 (Asia/Ho_Chi_Minh). */
const VN_OFFSET_MS = 7 * 3_600_000;
/** End of the office day, minutes after midnight (the appointment instant of a date is 17:00). */
export const OFFICE_DAY_END_MINUTES = 17 * 60;
/** Working hours in an office day (for time limits in working hours). */
export const WORKING_HOURS_PER_DAY = 8;

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
  return weekdayOfDayNumber(toDayNumber(date));
}

function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * The calendar date and minutes after midnight of an instant, in Vietnam — whatever the machine's
 * own time zone. Fixed-offset arithmetic (exact for every date since 1975).
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

/** One entry of a calendar: a day off on a weekday (or listed weekend day of a holiday), or a make-up working weekend day. */
export interface CalendarDay {
  date: IsoDate;
  /** `day-off`: not a working day; `working-day`: a weekend day worked in exchange (ngày làm bù). */
  kind: 'day-off' | 'working-day';
  name: string;
  note?: string | null;
  /** Estimated, not yet confirmed by the year's official notice. */
  provisional?: boolean;
}

/** A channel's time limit, as in the contract's TimeLimit. */
export interface TimeLimitLike {
  value: number | null | undefined;
  unit?: 'working-days' | 'working-hours' | 'days' | string;
  sameDayCutoff?: string | null;
}

export interface DueDate {
  /** The day the result is due, or null when the time limit has no number. */
  date: IsoDate | null;
  /** The working day the dossier counts as received on. */
  receivedOn: IsoDate;
  /** True when the count does not start on the calendar day of filing (a day off, or after the cut-off). */
  deferred: boolean;
}

function parseCutoff(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

export class WorkingCalendar {
  readonly daysOff: ReadonlySet<IsoDate>;
  readonly workingWeekendDays: ReadonlySet<IsoDate>;
  /** Day numbers of days off falling on weekdays (they remove a working day). */
  private readonly weekdayDaysOff: number[];
  /** Day numbers of working Saturdays/Sundays (they add a working day). */
  private readonly weekendWorkingDays: number[];

  constructor(daysOff: Iterable<IsoDate> = [], workingWeekendDays: Iterable<IsoDate> = []) {
    const check = (d: IsoDate) => (toDayNumber(d), d);
    this.daysOff = new Set([...daysOff].map(check));
    this.workingWeekendDays = new Set([...workingWeekendDays].map(check));
    const isWeekend = (n: number) => {
      const w = weekdayOfDayNumber(n);
      return w === 0 || w === 6;
    };
    this.weekdayDaysOff = [...this.daysOff]
      .filter((d) => !this.workingWeekendDays.has(d))
      .map(toDayNumber)
      .filter((n) => !isWeekend(n));
    this.weekendWorkingDays = [...this.workingWeekendDays].map(toDayNumber).filter(isWeekend);
  }

  /** A calendar from its entries (as published at GET /v1/calendar). */
  static fromDays(days: readonly CalendarDay[]): WorkingCalendar {
    return new WorkingCalendar(
      days.filter((d) => d.kind === 'day-off').map((d) => d.date),
      days.filter((d) => d.kind === 'working-day').map((d) => d.date),
    );
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.workingWeekendDays.has(date)) return true;
    if (this.daysOff.has(date)) return false;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
    let n = toDayNumber(date);
    for (let i = 0; i < 3660 && !this.isWorkingDay(fromDayNumber(n)); i++) n++;
    return fromDayNumber(n);
  }

  /** The n-th working day after `start` (`start` itself is not counted; n = 0 gives `start`). Negative n counts backwards. */
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
   * Inverse of addWorkingDays: workingDaysBetween(a, addWorkingDays(a, n)) === n for n ≥ 0.
   * Constant time in the length of the range (appointments may be years away or ago).
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const da = toDayNumber(a);
    const db = toDayNumber(b);
    if (db < da) {
      const back = this.workingDaysBetween(b, a);
      return back === 0 ? 0 : -back;
    }
    const n = db - da;
    let count = Math.floor(n / 7) * 5;
    for (let d = da + Math.floor(n / 7) * 7 + 1; d <= db; d++) {
      const w = weekdayOfDayNumber(d);
      if (w !== 0 && w !== 6) count++;
    }
    for (const h of this.weekdayDaysOff) if (h > da && h <= db) count--;
    for (const w of this.weekendWorkingDays) if (w > da && w <= db) count++;
    return count;
  }

  /** Working days left until the appointment date, seen on `today`: 0 on the day itself, negative when overdue. */
  daysLeft(appointment: IsoDate, today: IsoDate): number {
    return this.workingDaysBetween(today, appointment);
  }

  /** The due date of a dossier received at `receivedAt` under a channel's time limit (see the rule at the top). */
  dueDate(receivedAt: Date | string | number, limit: TimeLimitLike): DueDate {
    const { date, minutes } = vietnamDateTime(receivedAt);
    let receivedOn = this.nextWorkingDayOnOrAfter(date);
    const onTheDay = receivedOn === date;
    const cutoff = parseCutoff(limit.sameDayCutoff);
    if (cutoff !== null && onTheDay && minutes >= cutoff) receivedOn = this.nextWorkingDayOnOrAfter(addCalendarDays(date, 1));
    const deferred = receivedOn !== date;
    const value = limit.value;
    if (value === null || value === undefined || !Number.isFinite(value) || value < 0) {
      return { date: cutoff !== null ? receivedOn : null, receivedOn, deferred };
    }
    let due: IsoDate;
    switch (limit.unit) {
      case 'days':
        due = this.nextWorkingDayOnOrAfter(addCalendarDays(receivedOn, Math.ceil(value)));
        break;
      case 'working-hours': {
        // Minutes of the office day left on the receipt day (none when received on a later day
        // than filed, i.e. it starts the next morning with a full day).
        const fullDay = WORKING_HOURS_PER_DAY * 60;
        const leftToday = onTheDay && !deferred ? Math.min(fullDay, Math.max(0, OFFICE_DAY_END_MINUTES - minutes)) : fullDay;
        const needed = Math.ceil(value * 60);
        due = needed <= leftToday ? receivedOn : this.addWorkingDays(receivedOn, Math.ceil((needed - leftToday) / fullDay));
        break;
      }
      case 'working-days':
      default:
        due = this.addWorkingDays(receivedOn, Math.ceil(value));
    }
    return { date: due, receivedOn, deferred };
  }

  /** The due date only (null when the time limit has no number). */
  appointmentDate(receivedAt: Date | string | number, limit: TimeLimitLike): IsoDate | null {
    return this.dueDate(receivedAt, limit).date;
  }
}

/** Entries of a holidays file (`{ holidays: [...], workingWeekends: [...] }`, see apps/api/seed/holidays.json) as calendar days. */
export function calendarDaysFromFile(file: {
  holidays?: readonly { date: string; name: string; note?: string | null; provisional?: boolean }[];
  workingWeekends?: readonly { date: string; name: string; note?: string | null; provisional?: boolean }[];
}): CalendarDay[] {
  const entry = (kind: CalendarDay['kind']) => (h: { date: string; name: string; note?: string | null; provisional?: boolean }): CalendarDay => ({
    date: h.date,
    kind,
    name: h.name,
    note: h.note ?? null,
    provisional: h.provisional === true,
  });
  return [...(file.holidays ?? []).map(entry('day-off')), ...(file.workingWeekends ?? []).map(entry('working-day'))].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}
