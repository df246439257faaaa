// motcua-api calendar show <year> [--province NN]
// motcua-api calendar import <file.json> --year YYYY [--province NN] [--source "…"] [--dry-run]
// The working-day calendar in the database (the same data PUT /v1/admin/calendar/{year} writes):
// a province loads the year's official notice without a release. The file is the seed shape
// ({ "holidays": [...], "workingWeekends": [...] }, see seed/holidays.json) or { "days": [...] }
// in the contract's CalendarDay shape; only the given year's days are taken.
import { readFile } from 'node:fs/promises';
import { CalendarUpsertSchema, type CalendarDayEntry } from '@motcua/contracts';
import { calendarDaysFromFile } from '@motcua/contracts/calendar';
import type { Db } from '../db/types.js';
import { readCalendarYear, writeCalendarYear } from '../db/calendar.js';
import { validateCalendarYear } from '../domain/calendar-year.js';
import { CliError, type Io } from './io.js';
import { parseFlags } from './keys.js';

export const CALENDAR_USAGE = `motcua-api calendar show <year> [--province NN]
motcua-api calendar import <file.json> --year YYYY [--province NN] [--source "notice no."] [--dry-run]
  Replaces one year of the working-day calendar (national, or one province's own) with the file's
  days of that year — seed shape { "holidays": [...], "workingWeekends": [...] } or { "days": [...] }.
  Validated first (dates in the year, no duplicates, make-up days on weekends); recorded in
  calendar_changes.`;

function fileDays(data: unknown): CalendarDayEntry[] {
  if (data && typeof data === 'object' && Array.isArray((data as { days?: unknown }).days)) return (data as { days: CalendarDayEntry[] }).days;
  return calendarDaysFromFile(data as Parameters<typeof calendarDaysFromFile>[0]);
}

export async function calendarCommand(openDb: () => Promise<Db>, args: string[], io: Io): Promise<void> {
  const [sub, ...rest] = args;
  const { flags, positional } = parseFlags(rest);
  const province = typeof flags.province === 'string' ? flags.province : null;
  if (sub === 'show') {
    const year = Number(positional[0]);
    if (!Number.isInteger(year)) throw new CliError(`calendar show: give a year\n${CALENDAR_USAGE}`, 2);
    const db = await openDb();
    try {
      const cal = await readCalendarYear(db, year, province);
      io.out(`${year} ${cal.province ? `tỉnh ${cal.province}` : 'toàn quốc'}${cal.provisional ? ' (còn ngày ước tính)' : ''} — ${cal.source}`);
      for (const d of cal.days) io.out(`${d.date}  ${d.kind === 'working-day' ? 'làm bù' : 'nghỉ  '}  ${d.name}${d.provisional ? '  [ước tính]' : ''}`);
    } finally {
      await db.close();
    }
    return;
  }
  if (sub !== 'import') throw new CliError(`calendar: unknown subcommand "${sub ?? ''}"\n${CALENDAR_USAGE}`, 2);
  const file = positional[0];
  const year = Number(flags.year);
  if (!file || !Number.isInteger(year)) throw new CliError(`calendar import: give a file and --year\n${CALENDAR_USAGE}`, 2);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new CliError(`calendar import: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  const source = typeof flags.source === 'string' ? flags.source : ((data as { source?: string }).source ?? file);
  const parsed = CalendarUpsertSchema.safeParse({ province, source: source.slice(0, 500), days: fileDays(data).filter((d) => String(d.date).startsWith(`${year}-`)) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) io.err(`    ${issue.path.join('.')}: ${issue.message}`);
    throw new CliError('calendar import: the file is not a valid calendar; nothing written.');
  }
  const problems = validateCalendarYear(year, parsed.data.days, 'days');
  if (problems.length > 0) {
    for (const p of problems) io.err(`    ${p.field}: ${p.message} (${p.code})`);
    throw new CliError(`calendar import: ${problems.length} problem(s); nothing written.`);
  }
  if (flags['dry-run'] !== undefined) {
    io.out(`Valid: ${parsed.data.days.length} days for ${year} (dry run, nothing written).`);
    return;
  }
  const db = await openDb();
  try {
    if (province) {
      const known = await db.query('SELECT 1 FROM provinces WHERE code = $1', [province]);
      if (known.rows.length === 0) throw new CliError(`calendar import: no province ${province}`);
    }
    const saved = await writeCalendarYear(db, year, parsed.data, { actor: 'cli', apiKeyId: null });
    io.out(`Calendar ${year} ${saved.province ? `of province ${saved.province}` : '(national)'}: ${saved.days.length} days written${saved.provisional ? ' (some provisional)' : ''}.`);
  } finally {
    await db.close();
  }
}
