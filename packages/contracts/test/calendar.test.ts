// The contract's side of the working-day calendar: "same day" is 0 in a TimeLimit, and the
// calendar's HTTP shapes (year in the URL, days) — the arithmetic is tested against a hand-written
// table in apps/api/test (domain-working-days, calendar-due-table).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CalendarQuerySchema, CalendarUpsertSchema, TimeLimitSchema } from '../src/index.js';
import { WorkingCalendar, calendarDaysFromFile } from '../src/calendar.js';

const sameDay = { value: 0, unit: 'working-days', text: 'Ngay trong ngày', sameDayCutoff: '15:00', maxWithVerification: null } as const;

describe('contracts: calendar', () => {
  test('a same-day time limit is 0; a cut-off with 1 working day is refused, naming value', () => {
    assert.equal(TimeLimitSchema.safeParse(sameDay).success, true);
    const bad = TimeLimitSchema.safeParse({ ...sameDay, value: 1 });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues[0]!.path, ['value']);
    assert.equal(TimeLimitSchema.safeParse({ ...sameDay, value: 3, sameDayCutoff: null }).success, true);
  });

  test('the year is four digits in a URL', () => {
    assert.deepEqual(CalendarQuerySchema.parse({ year: '2026' }), { year: 2026 });
    for (const year of ['26', '1999', '2101', '2026.5', 'abc', '']) assert.equal(CalendarQuerySchema.safeParse({ year }).success, false, year);
  });

  test('calendar days: kind, a name, impossible dates refused', () => {
    assert.equal(CalendarUpsertSchema.safeParse({ province: null, source: 's', days: [{ date: '2026-01-10', kind: 'working-day', name: 'Làm bù' }] }).success, true);
    assert.equal(CalendarUpsertSchema.safeParse({ province: null, source: 's', days: [{ date: '2026-02-30', kind: 'day-off', name: 'x' }] }).success, false);
    assert.equal(CalendarUpsertSchema.safeParse({ province: null, source: 's', days: [{ date: '2026-02-03', kind: 'holiday', name: 'x' }] }).success, false);
  });

  test('the pure module reads the seed file shape: a make-up Saturday counts, the swapped Friday does not', () => {
    const cal = WorkingCalendar.fromDays(
      calendarDaysFromFile({ holidays: [{ date: '2026-01-02', name: 'Nghỉ hoán đổi' }], workingWeekends: [{ date: '2026-01-10', name: 'Làm bù' }] }),
    );
    assert.equal(cal.isWorkingDay('2026-01-02'), false);
    assert.equal(cal.isWorkingDay('2026-01-10'), true);
    // Same day, received on the make-up Saturday before 15:00 → that Saturday.
    assert.equal(cal.appointmentDate('2026-01-10T09:00:00+07:00', sameDay), '2026-01-10');
  });
});
