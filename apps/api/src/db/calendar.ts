// The holiday data's one home: table calendar_years (see migrations/0002_calendar.sql). This module
// reads and writes it, records every change in calendar_changes, and keeps each process's
// WorkingCalendar (national and per province) fresh. What a valid year is: domain/calendar-year.ts.
import type { CalendarUpsert, CalendarYear } from '@motcua/contracts';
import { WorkingCalendar, type CalendarDay } from '@motcua/contracts/calendar';
import type { Db, Queryable } from './types.js';
import { canonical, daysByYear } from '../domain/calendar-year.js';
import { toVietnamIso } from '../domain/vietnam-time.js';

export const NATIONAL = '*';

interface YearRow {
  scope: string;
  year: number;
  source: string;
  days: CalendarDay[] | string;
  updated_at: Date | string;
}

function daysOf(row: YearRow): CalendarDay[] {
  return typeof row.days === 'string' ? (JSON.parse(row.days) as CalendarDay[]) : row.days;
}

/** First-start seed: the national calendar from the seed file, for the years not yet in the table. */
export async function seedCalendar(q: Queryable, days: readonly CalendarDay[], source: string): Promise<number> {
  let n = 0;
  for (const [year, list] of daysByYear(days)) {
    const res = await q.query(
      `INSERT INTO calendar_years (scope, year, source, days) VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT (scope, year) DO NOTHING`,
      [NATIONAL, year, source, JSON.stringify(list)],
    );
    n += res.rowCount ?? 0;
  }
  return n;
}

function toCalendarYear(row: YearRow | undefined, year: number, province: string | null): CalendarYear {
  const days = row ? daysOf(row).map(canonical) : [];
  return {
    year,
    province: row && row.scope !== NATIONAL ? row.scope : null,
    provisional: days.some((d) => d.provisional),
    source: row?.source ?? 'Chưa có lịch cho năm này: chỉ thứ Bảy, Chủ nhật là ngày nghỉ.',
    updatedAt: row ? toVietnamIso(row.updated_at) : null,
    days: days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** The calendar of a year as published: the province's own when it has one, else the national one. */
export async function readCalendarYear(q: Queryable, year: number, province: string | null): Promise<CalendarYear> {
  const res = await q.query<YearRow>(
    `SELECT scope, year, source, days::text AS days, updated_at FROM calendar_years
     WHERE year = $1 AND scope = ANY($2::text[]) ORDER BY (scope = '*')`,
    [year, province ? [province, NATIONAL] : [NATIONAL]],
  );
  return toCalendarYear(res.rows[0], year, province);
}

export interface CalendarActor {
  actor: string;
  apiKeyId: string | null;
}

/** Replaces a year's calendar (national when province is null) and records the change. */
export async function writeCalendarYear(db: Db, year: number, input: CalendarUpsert, who: CalendarActor): Promise<CalendarYear> {
  const scope = input.province ?? NATIONAL;
  const days = input.days.map((d) => canonical(d as CalendarDay)).sort((a, b) => (a.date < b.date ? -1 : 1));
  await db.transaction(async (tx) => {
    const before = await tx.query<{ days: string }>('SELECT days::text AS days FROM calendar_years WHERE scope = $1 AND year = $2 FOR UPDATE', [scope, year]);
    await tx.query(
      `INSERT INTO calendar_years (scope, year, source, days, updated_at) VALUES ($1, $2, $3, $4::text::jsonb, now())
       ON CONFLICT (scope, year) DO UPDATE SET source = EXCLUDED.source, days = EXCLUDED.days, updated_at = now()`,
      [scope, year, input.source, JSON.stringify(days)],
    );
    await tx.query(
      `INSERT INTO calendar_changes (scope, year, actor, api_key_id, source, days_before, days_after)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb)`,
      [scope, year, who.actor, who.apiKeyId, input.source, before.rows[0]?.days ?? null, JSON.stringify(days)],
    );
  });
  calendarsOf(db).invalidate();
  return readCalendarYear(db, year, input.province);
}

/**
 * Each process's calendars, built from the table: the national one and one per province that has
 * its own years. Refreshed at most every `ttlMs` (other replicas' writes show within that time) and
 * at once after a write through this process.
 */
class CalendarCache {
  private loaded: { at: number; national: WorkingCalendar; provinces: Map<string, WorkingCalendar> } | null = null;
  private loading: Promise<void> | null = null;
  ttlMs = 60_000;

  invalidate(): void {
    this.loaded = null;
  }

  async load(q: Queryable): Promise<void> {
    const res = await q.query<YearRow>('SELECT scope, year, source, days::text AS days, updated_at FROM calendar_years');
    const national = new Map<number, CalendarDay[]>();
    const own = new Map<string, Map<number, CalendarDay[]>>();
    for (const row of res.rows) {
      if (row.scope === NATIONAL) national.set(row.year, daysOf(row));
      else own.set(row.scope, (own.get(row.scope) ?? new Map()).set(row.year, daysOf(row)));
    }
    const build = (years: Map<number, CalendarDay[]>) => WorkingCalendar.fromDays([...years.values()].flat());
    const nationalCal = build(national);
    const provinces = new Map<string, WorkingCalendar>();
    for (const [province, years] of own) provinces.set(province, build(new Map([...national, ...years])));
    this.loaded = { at: Date.now(), national: nationalCal, provinces };
  }

  /** The calendar for a province (its own years over the national ones), or the national one. */
  async get(q: Queryable, province: string | null = null): Promise<WorkingCalendar> {
    if (!this.loaded || Date.now() - this.loaded.at > this.ttlMs) {
      this.loading ??= this.load(q).finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
    const l = this.loaded!;
    return (province && l.provinces.get(province)) || l.national;
  }
}

const caches = new WeakMap<Db, CalendarCache>();

/** The calendars of one database (several test servers may share a process). */
export function calendarsOf(db: Db): CalendarCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new CalendarCache()));
  return c;
}

/** The calendar for a commune-level unit: its province's. */
export async function calendarOfUnit(db: Db, unitCode: string): Promise<WorkingCalendar> {
  const res = await db.query<{ province_code: string }>('SELECT province_code FROM units WHERE code = $1', [unitCode]);
  return calendarsOf(db).get(db, res.rows[0]?.province_code ?? null);
}
