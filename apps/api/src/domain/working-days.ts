// The server's side of the working-day calendar. The rule and the arithmetic live in one place,
// `@motcua/contracts/calendar` (pure, shared with the seed checker and other systems); this module
// only says where the server's holiday data comes from:
// - the database (table calendar_years, seeded from seed/holidays.json, updated by provinces
//   through PUT /v1/admin/calendar/{year} or `motcua-api calendar import`) — see db/calendar.ts;
// - for code without a database (unit tests), the bundled seed/holidays.json itself.
// Which file seeds the database is configuration (config.ts: MOTCUA_HOLIDAYS_FILE → holidaysFile);
// this module reads no environment.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkingCalendar, calendarDaysFromFile, type CalendarDay } from '@motcua/contracts/calendar';

export {
  WorkingCalendar,
  addCalendarDays,
  fromDayNumber,
  toDayNumber,
  vietnamDateTime,
  vietnamToday,
  weekday,
  type IsoDate,
} from '@motcua/contracts/calendar';

/** The path of the seed calendar, relative to this module (works from src/ and dist/). */
export function defaultHolidaysPath(): string {
  return fileURLToPath(new URL('../../seed/holidays.json', import.meta.url));
}

/** The days of a holidays file (seed/holidays.json shape). */
export function readHolidaysFile(file: string = defaultHolidaysPath()): CalendarDay[] {
  return calendarDaysFromFile(JSON.parse(readFileSync(file, 'utf8')));
}

let defaultCalendar: WorkingCalendar | null = null;

/**
 * The bundled national calendar (seed/holidays.json), for callers that have no database calendar
 * at hand (unit tests); routes pass the unit's calendar from the database (db/calendar.ts).
 */
export function getDefaultCalendar(): WorkingCalendar {
  defaultCalendar ??= WorkingCalendar.fromDays(readHolidaysFile());
  return defaultCalendar;
}
