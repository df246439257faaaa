// A demo that lives with the clock. seed/dossiers.json is written for one "demo day" (its
// `demoToday`, 2026-11-22); when the database is first seeded on another day, every date and
// instant of the demo dossiers moves by working days so that, seen from the seeding day, the demo
// reads as designed: on time, overdue with an apology whose new date is ahead, overdue without,
// waiting for a supplement, stopped, submitted without an appointment …
//
// The frame: A = the last working day before the demo day, T = the last working day before the
// seeding day (strictly before, so nothing the demo says has happened lies later today). A day d
// of the file goes to the day as many working days from T as d is from A (a day off keeps its
// distance from the working day before it), except the days off between A and the demo day (a
// dossier filed online on Saturday evening), which keep their distance to the seeding day. Times of day are kept (the 15:00 rule still holds),
// so each time limit stays met or missed by the same number of working days. When the seeding
// day is the demo day the data are unchanged. Dossier codes are not changed (see README).
import { addCalendarDays, toDayNumber, vietnamDateTime, type IsoDate, type WorkingCalendar } from '@motcua/contracts/calendar';
import type { DossierSeed } from './dossier-seed.js';

export interface DemoShift {
  /** The file's frame: last working day before its demo day. */
  from: IsoDate;
  /** The seeding day's frame: last working day before the seeding day. */
  to: IsoDate;
  /** The demo day of the file and the seeding day. */
  demoDay: IsoDate;
  today: IsoDate;
  calendar: WorkingCalendar;
}

function lastWorkingDayBefore(cal: WorkingCalendar, day: IsoDate): IsoDate {
  return cal.addWorkingDays(day, -1);
}

export function demoShift(calendar: WorkingCalendar, demoToday: IsoDate, now: Date): DemoShift {
  const today = vietnamDateTime(now).date;
  return { from: lastWorkingDayBefore(calendar, demoToday), to: lastWorkingDayBefore(calendar, today), demoDay: demoToday, today, calendar };
}

/** The day `day` of the file moved into the seeding day's frame. */
export function shiftDay(s: DemoShift, day: IsoDate): IsoDate {
  if (s.from === s.to && s.today === s.demoDay) return day;
  // Days off between the last working day and the demo day (a dossier filed online on Saturday
  // evening) keep their distance to the seeding day: "yesterday evening" stays yesterday evening.
  if (day > s.from && day <= s.demoDay) return addCalendarDays(s.today, toDayNumber(day) - toDayNumber(s.demoDay));
  const cal = s.calendar;
  const k = cal.workingDaysBetween(s.from, day);
  // addWorkingDays(from, k) is the last working day on or before `day`; keep the distance to it.
  const offset = toDayNumber(day) - toDayNumber(cal.addWorkingDays(s.from, k));
  return addCalendarDays(cal.addWorkingDays(s.to, k), offset);
}

/** "2026-11-20" or "2026-11-20T09:12:00+07:00" moved; instants keep their Vietnam time of day. */
export function shiftValue<T extends string | null | undefined>(s: DemoShift, value: T): T {
  if (value === null || value === undefined || value === '') return value;
  const v = value as string;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return shiftDay(s, v) as T;
  const { date } = vietnamDateTime(v);
  const moved = shiftDay(s, date);
  const ms = new Date(v).getTime() + (toDayNumber(moved) - toDayNumber(date)) * 86_400_000;
  // Written back with +07:00 like the file (Vietnam has no daylight saving).
  return new Date(ms + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00') as T;
}

/** A demo dossier with every date moved. */
export function shiftDossier(s: DemoShift, d: DossierSeed): DossierSeed {
  if (s.from === s.to && s.today === s.demoDay) return d;
  const at = <T extends string | null | undefined>(v: T) => shiftValue(s, v);
  return {
    ...d,
    receivedAt: at(d.receivedAt),
    appointmentDate: at(d.appointmentDate),
    supplement: d.supplement ? { ...d.supplement, requestedAt: at(d.supplement.requestedAt) } : d.supplement,
    financial: d.financial ? { ...d.financial, dueDate: at(d.financial.dueDate) } : d.financial,
    apology: d.apology ? { ...d.apology, issuedAt: at(d.apology.issuedAt), newAppointmentDate: at(d.apology.newAppointmentDate) } : d.apology,
    delivery: d.delivery ? { ...d.delivery, ...(d.delivery.readyAt ? { readyAt: at(d.delivery.readyAt) } : {}) } : d.delivery,
    resolvedAt: at(d.resolvedAt),
    events: d.events?.map((e) => ({ ...e, at: at(e.at), deadline: at(e.deadline) })),
  };
}
