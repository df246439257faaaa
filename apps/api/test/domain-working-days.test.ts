// Working-day arithmetic: weekends, official holidays (Tết 2026), working Saturdays, the 15:00
// same-day rule in Vietnam's time zone whatever the server's TZ, and the inverse laws.
process.env.TZ = 'America/Los_Angeles'; // the server's zone must not matter

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import {
  WorkingCalendar,
  addCalendarDays,
  defaultHolidaysPath,
  readHolidaysFile,
  fromDayNumber,
  toDayNumber,
  vietnamDateTime,
  vietnamToday,
  weekday,
} from '../src/domain/working-days.js';

// A calendar written out by hand for these tests (independent of the seed file).
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++) out.push(fromDayNumber(d));
  return out;
};
const cal = new WorkingCalendar(
  [
    '2025-01-01', // Tết Dương lịch
    ...range('2025-01-27', '2025-01-31'), // Tết Ất Tỵ
    '2025-04-07', // Giỗ Tổ Hùng Vương
    '2025-04-30',
    '2025-05-01',
    '2025-05-02', // swapped for Saturday 26/4
    '2025-09-01',
    '2025-09-02',
    '2026-01-01',
    // Tết Bính Ngọ: 27 Chạp (Sat 14/2) → mùng 6 (Sun 22/2); weekdays 16–20/2 are days off.
    ...range('2026-02-14', '2026-02-22'),
  ],
  ['2025-04-26'],
);

describe('domain: calendar basics', () => {
  test('ISO dates round-trip and impossible dates are refused', () => {
    assert.equal(fromDayNumber(toDayNumber('2026-02-17')), '2026-02-17');
    assert.equal(addCalendarDays('2028-02-28', 1), '2028-02-29');
    assert.throws(() => toDayNumber('2026-02-30'), RangeError);
    assert.throws(() => toDayNumber('17/02/2026'), RangeError);
  });

  test('weekday: 2026-02-17 (mùng 1 Tết Bính Ngọ) is a Tuesday', () => {
    assert.equal(weekday('2026-02-17'), 2);
    assert.equal(weekday('2026-02-14'), 6);
    assert.equal(weekday('1970-01-01'), 4);
  });

  test('weekends and holidays are days off; a working Saturday is not', () => {
    assert.equal(cal.isWorkingDay('2026-03-06'), true); // Friday
    assert.equal(cal.isWorkingDay('2026-03-07'), false); // Saturday
    assert.equal(cal.isWorkingDay('2026-03-08'), false); // Sunday
    assert.equal(cal.isWorkingDay('2026-02-17'), false); // Tết
    assert.equal(cal.isWorkingDay('2025-04-26'), true); // working Saturday
    assert.equal(cal.isWorkingDay('2025-05-02'), false); // compensatory day off
  });

  test('Vietnam date and time regardless of the server time zone', () => {
    assert.deepEqual(vietnamDateTime('2026-03-06T09:00:00Z'), { date: '2026-03-06', minutes: 16 * 60 });
    assert.deepEqual(vietnamDateTime('2026-03-06T17:30:00Z'), { date: '2026-03-07', minutes: 30 });
    assert.equal(vietnamToday(new Date('2026-12-31T17:00:00Z')), '2027-01-01');
  });

  test('property: the fixed UTC+7 arithmetic agrees with Intl (Asia/Ho_Chi_Minh) since 1976', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        const parts = Object.fromEntries(intl.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
        assert.deepEqual(vietnamDateTime(t), { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) });
      }),
      { numRuns: 500 },
    );
  });
});

describe('domain: addWorkingDays / workingDaysBetween', () => {
  test('skips the weekend', () => {
    assert.equal(cal.addWorkingDays('2026-03-06', 1), '2026-03-09');
    assert.equal(cal.addWorkingDays('2026-03-06', 5), '2026-03-13');
    assert.equal(cal.addWorkingDays('2026-03-09', 0), '2026-03-09');
    assert.equal(cal.addWorkingDays('2026-03-09', -1), '2026-03-06');
  });

  test('skips Tết 2026 entirely', () => {
    // Friday 13/2 + 1 working day = Monday 23/2 (14–22/2 off).
    assert.equal(cal.addWorkingDays('2026-02-13', 1), '2026-02-23');
    assert.equal(cal.addWorkingDays('2026-02-12', 3), '2026-02-24');
    assert.equal(cal.workingDaysBetween('2026-02-13', '2026-02-23'), 1);
    assert.equal(cal.workingDaysBetween('2026-02-13', '2026-02-20'), 0);
    assert.equal(cal.addWorkingDays('2026-02-23', -1), '2026-02-13');
  });

  test('counts a working Saturday and skips the compensatory day off (30/4–2/5/2025)', () => {
    assert.equal(cal.addWorkingDays('2025-04-25', 1), '2025-04-26');
    assert.equal(cal.addWorkingDays('2025-04-26', 1), '2025-04-28');
    assert.equal(cal.addWorkingDays('2025-04-29', 1), '2025-05-05');
  });

  test('between is antisymmetric and 0 on the same day', () => {
    assert.equal(cal.workingDaysBetween('2026-03-09', '2026-03-09'), 0);
    assert.equal(cal.workingDaysBetween('2026-03-13', '2026-03-06'), -5);
    assert.equal(cal.workingDaysBetween('2026-03-06', '2026-03-13'), 5);
  });

  test('property: between(a, add(a, n)) === n (backwards: from a working day), and add is monotone', () => {
    const day = fc.integer({ min: toDayNumber('2024-12-01'), max: toDayNumber('2028-01-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (a, n) => {
        const b = cal.addWorkingDays(a, n);
        if (n >= 0 || cal.isWorkingDay(a)) assert.equal(cal.workingDaysBetween(a, b), n);
        if (n !== 0) assert.ok(cal.isWorkingDay(b));
        if (n > 0) assert.ok(b > a);
        if (n < 0) assert.ok(b < a);
      }),
      { numRuns: 500 },
    );
  });
});

describe('domain: appointment dates', () => {
  const sameDay = { value: 0, unit: 'working-days', sameDayCutoff: '15:00' } as const;
  const threeDays = { value: 3, unit: 'working-days', sameDayCutoff: null } as const;

  test('same-day procedure received Friday 14:59 is due that Friday', () => {
    assert.equal(cal.appointmentDate('2026-03-06T14:59:00+07:00', sameDay), '2026-03-06');
  });

  test('same-day procedure received Friday 16:00 is due the next Monday', () => {
    assert.equal(cal.appointmentDate('2026-03-06T16:00:00+07:00', sameDay), '2026-03-09');
    // The same instant expressed in UTC (server clocks often are).
    assert.equal(cal.appointmentDate('2026-03-06T09:00:00Z', sameDay), '2026-03-09');
    assert.equal(cal.appointmentDate(new Date('2026-03-06T09:00:00Z'), sameDay), '2026-03-09');
  });

  test('exactly 15:00 counts from the next working day', () => {
    assert.equal(cal.appointmentDate('2026-03-05T15:00:00+07:00', sameDay), '2026-03-06');
  });

  test('a cut-off with no number still means same day', () => {
    assert.equal(cal.appointmentDate('2026-03-05T10:00:00+07:00', { value: null, unit: 'working-days', sameDayCutoff: '15:00' }), '2026-03-05');
  });

  test('received Friday 16:00 before Tết 2026, same-day → Monday 23/2', () => {
    assert.equal(cal.appointmentDate('2026-02-13T16:00:00+07:00', sameDay), '2026-02-23');
  });

  test('3 working days across Tết 2026', () => {
    assert.equal(cal.appointmentDate('2026-02-12T09:00:00+07:00', threeDays), '2026-02-24');
    // Received during Tết (online): counts from the first working day after.
    assert.equal(cal.appointmentDate('2026-02-17T10:00:00+07:00', threeDays), '2026-02-26');
  });

  test('the cut-off applies to same-day procedures only', () => {
    assert.equal(cal.appointmentDate('2026-03-06T16:00:00+07:00', threeDays), '2026-03-11');
  });

  test('received on a Sunday counts from Monday', () => {
    assert.equal(cal.appointmentDate('2026-03-08T10:00:00+07:00', threeDays), '2026-03-12');
    assert.equal(cal.appointmentDate('2026-03-08T16:30:00+07:00', sameDay), '2026-03-09');
  });

  test('working hours run to 17:00 then 8 hours a working day; calendar days land on a working day', () => {
    // Friday 08:00 + 16 working hours: Friday's 8 hours, Monday's 8 hours → Monday.
    assert.equal(cal.appointmentDate('2026-03-06T08:00:00+07:00', { value: 16, unit: 'working-hours' }), '2026-03-09');
    // 1 working hour: 09:00 → the same day; 16:30 → the next working day.
    assert.equal(cal.appointmentDate('2026-03-06T09:00:00+07:00', { value: 1, unit: 'working-hours' }), '2026-03-06');
    assert.equal(cal.appointmentDate('2026-03-06T16:30:00+07:00', { value: 1, unit: 'working-hours' }), '2026-03-09');
    // 7 calendar days from Fri 6/3 = Fri 13/3.
    assert.equal(cal.appointmentDate('2026-03-06T08:00:00+07:00', { value: 7, unit: 'days' }), '2026-03-13');
    // 8 calendar days from Fri 6/3 = Sat 14/3 → Monday 16/3.
    assert.equal(cal.appointmentDate('2026-03-06T08:00:00+07:00', { value: 8, unit: 'days' }), '2026-03-16');
  });

  test('no number, no cut-off → no appointment', () => {
    assert.equal(cal.appointmentDate('2026-03-06T08:00:00+07:00', { value: null, unit: 'working-days', sameDayCutoff: null }), null);
  });
});

describe('domain: daysLeft', () => {
  test('positive before, 0 on the day, negative after (overdue by)', () => {
    assert.equal(cal.daysLeft('2026-03-13', '2026-03-09'), 4);
    assert.equal(cal.daysLeft('2026-03-13', '2026-03-13'), 0);
    assert.equal(cal.daysLeft('2026-03-13', '2026-03-16'), -1);
    assert.equal(cal.daysLeft('2026-03-13', '2026-03-14'), 0); // Saturday after: not yet a working day late
    assert.equal(cal.daysLeft('2026-02-13', '2026-02-23'), -1); // Tết does not count against the office
  });
});

describe('domain: the seed calendar', () => {
  const file = defaultHolidaysPath();
  test('seed/holidays.json covers Tết 2026 and 2025–2027', { skip: !existsSync(file) && 'seed/holidays.json not there yet' }, () => {
    const seed = WorkingCalendar.fromDays(readHolidaysFile(file));
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      assert.equal(seed.isWorkingDay(d), false, `${d} should be Tết`);
    }
    for (const y of ['2025', '2026', '2027']) {
      assert.equal(seed.isWorkingDay(`${y}-01-01`), false, `${y}-01-01`);
      assert.equal(seed.isWorkingDay(`${y}-09-02`), false, `${y}-09-02`);
      assert.equal(seed.isWorkingDay(`${y}-05-01`), false, `${y}-05-01`);
    }
    assert.equal(seed.addWorkingDays('2026-02-13', 1) >= '2026-02-23', true);
    // The working Saturday swapped for Friday 2/5/2025 counts (it must not be read as a day off).
    assert.equal(seed.isWorkingDay('2025-04-26'), true);
    assert.equal(seed.isWorkingDay('2025-05-02'), false);
    // New Year 2026 (12729/VPCP-KGVX): 1–4 January off, Friday 2/1 swapped for Saturday 10/1.
    assert.equal(seed.isWorkingDay('2026-01-02'), false);
    assert.equal(seed.isWorkingDay('2026-01-10'), true);
    assert.equal(seed.isWorkingDay('2026-01-05'), true);
    // Hùng Kings 2026 on Sunday 26/4 → off Monday 27/4.
    assert.equal(seed.isWorkingDay('2026-04-27'), false);
    // Tết Đinh Mùi: 5/2/2027 (29 Tết) to 11/2 estimated off, all marked provisional.
    const days = readHolidaysFile(file);
    assert.equal(seed.isWorkingDay('2027-02-05'), false);
    for (const d of days.filter((x) => x.date.startsWith('2027'))) assert.equal(d.provisional, true, `${d.date} should be provisional`);
    for (const d of days.filter((x) => x.date < '2026-09-01')) assert.equal(d.provisional, false, `${d.date} is from an official notice`);
  });
});
