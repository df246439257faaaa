// The browser's working-day arithmetic (packages/widgets/src/shared/working-days.ts) on dates whose
// answers are known from the holiday calendar copied from apps/api/seed/holidays.json.
import { expect } from '@open-wc/testing';
import { addWorkingDays, appointmentDate, isWorkingDay, vietnamDateTime, workingDaysBetween } from '../src/shared/working-days.js';

const at = (iso: string) => new Date(iso);

describe('working days (shared)', () => {
  it('skips weekends, Tết and compensatory days off; counts a working Saturday', () => {
    expect(isWorkingDay('2026-11-23')).to.be.true; // Monday
    expect(isWorkingDay('2026-11-22')).to.be.false; // Sunday
    expect(isWorkingDay('2026-02-16')).to.be.false; // Tết Bính Ngọ
    expect(isWorkingDay('2026-04-27')).to.be.false; // compensatory day off for Giỗ Tổ
    expect(isWorkingDay('2025-04-26')).to.be.true; // Saturday worked in exchange for 2025-05-02
    expect(addWorkingDays('2026-02-13', 1)).to.equal('2026-02-23');
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).to.equal(1);
  });

  it('reads the date and time in Vietnam whatever the device\u2019s zone', () => {
    expect(vietnamDateTime(at('2026-11-20T08:30:00Z'))).to.deep.equal({ date: '2026-11-20', minutes: 15 * 60 + 30 });
    expect(vietnamDateTime(at('2026-11-20T17:30:00Z')).date).to.equal('2026-11-21');
  });

  it('due dates: n working days after the receipt day, from the next working day after 15:00', () => {
    const sameDay = { value: 1, unit: 'working-days', sameDayCutoff: '15:00' };
    // Friday 10:00 → counts from Friday → next working day Monday.
    expect(appointmentDate(sameDay, at('2026-11-20T10:00:00+07:00'))).to.deep.equal({ date: '2026-11-23', countsFrom: '2026-11-20', deferred: false });
    // Friday 15:30 → counts from Monday → Tuesday.
    expect(appointmentDate(sameDay, at('2026-11-20T15:30:00+07:00'))).to.deep.equal({ date: '2026-11-24', countsFrom: '2026-11-23', deferred: true });
    // Sunday → counts from Monday.
    expect(appointmentDate({ value: 7, unit: 'working-days' }, at('2026-11-22T09:00:00+07:00')).date).to.equal('2026-12-02');
    // Across Tết 2026: received Thursday 12 Feb, 3 working days → 13 Feb, 23 Feb, 24 Feb.
    expect(appointmentDate({ value: 3, unit: 'working-days' }, at('2026-02-12T09:00:00+07:00')).date).to.equal('2026-02-24');
    // Calendar days land on the next working day.
    expect(appointmentDate({ value: 1, unit: 'days' }, at('2026-11-20T09:00:00+07:00')).date).to.equal('2026-11-23');
    // Working hours: 16 h = 2 working days.
    expect(appointmentDate({ value: 16, unit: 'working-hours' }, at('2026-11-19T09:00:00+07:00')).date).to.equal('2026-11-23');
    // No number: no date.
    expect(appointmentDate({ value: null, unit: 'working-days' }).date).to.be.null;
  });
});
