// A year of the working-day calendar as stored and published: its canonical days and the checks
// beyond the schema (pure rules; storage in db/calendar.ts, the arithmetic in @motcua/contracts/calendar).
import type { ProblemFieldError } from '@motcua/contracts';
import { weekday, type CalendarDay } from '@motcua/contracts/calendar';

/** Canonical form of a day as stored and published. */
export function canonical(d: CalendarDay): CalendarDay {
  return { date: d.date, kind: d.kind, name: d.name.trim(), note: d.note ?? null, provisional: d.provisional === true };
}

/**
 * Checks a year's days beyond the schema: every date inside the year, no date twice, a make-up
 * working day only on a Saturday or Sunday. Returns field errors (empty when valid).
 */
export function validateCalendarYear(year: number, days: readonly CalendarDay[], field = 'body.days'): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!d.date.startsWith(`${year}-`)) errors.push({ field: `${field}.${i}.date`, message: `Ngày ${d.date} không thuộc năm ${year}`, code: 'wrong_year' });
    if (seen.has(d.date)) errors.push({ field: `${field}.${i}.date`, message: `Ngày ${d.date} có hai lần`, code: 'duplicate_date' });
    seen.add(d.date);
    if (d.kind === 'working-day' && ![0, 6].includes(weekday(d.date))) {
      errors.push({ field: `${field}.${i}.kind`, message: `Ngày làm bù ${d.date} phải là thứ Bảy hoặc Chủ nhật`, code: 'not_a_weekend' });
    }
  });
  return errors;
}

/** Groups a day list by year. */
export function daysByYear(days: readonly CalendarDay[]): Map<number, CalendarDay[]> {
  const out = new Map<number, CalendarDay[]>();
  for (const d of days) {
    const y = Number(d.date.slice(0, 4));
    out.set(y, [...(out.get(y) ?? []), canonical(d)]);
  }
  return out;
}
