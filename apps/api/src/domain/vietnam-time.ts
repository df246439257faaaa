// Instants and days as the API writes them: offset date-times and calendar days in Vietnam's zone
// (UTC+7, no daylight saving). Pure functions shared by the dossier view, feedback and the routes.
import { vietnamDateTime, type IsoDate } from './working-days.js';

/** Offset date-time in Vietnam's zone: "2026-03-06T16:00:00+07:00". */
export function toVietnamIso(instant: Date | string): string {
  if (typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(instant)) return `${instant}T00:00:00+07:00`;
  const d = instant instanceof Date ? instant : new Date(instant);
  const shifted = new Date(d.getTime() + 7 * 3_600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** An appointment day as a date-time: the end of office hours in Vietnam. */
export function appointmentIso(date: IsoDate): string {
  return `${date}T17:00:00+07:00`;
}

/** The Vietnamese calendar day of a date or date-time value. */
export function vietnamDay(value: Date | string): IsoDate {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return vietnamDateTime(value).date;
}
