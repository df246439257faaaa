// GET /v1/calendar?year=&province= — the working-day calendar other systems can read (public,
// cacheable, CORS like every public read), and the "due if filed now" figure of a procedure's
// channels that GET /v1/procedures/{code} carries (so widgets ship no holiday list).
import { routes, type DueIfFiledNow, type ProcedureChannel } from '@motcua/contracts';
import { OFFICE_DAY_END_MINUTES, WORKING_HOURS_PER_DAY, vietnamDateTime, type WorkingCalendar } from '@motcua/contracts/calendar';
import type { Hono } from 'hono';
import { cachedJson } from '../../http/cache.js';
import { mount } from '../../http/route.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { readCalendarYear } from '../../db/calendar.js';
import { toVietnamIso } from '../../domain/vietnam-time.js';

export function registerCalendarRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.getCalendar, async (c, { query }) => {
    return cachedJson(c, await readCalendarYear(deps.db, query.year, query.province ?? null));
  });
}

/** The due date of each channel for a dossier filed at `now`, under `calendar`. */
export function dueIfFiledNow(channels: readonly Pick<ProcedureChannel, 'channel' | 'timeLimit'>[], calendar: WorkingCalendar, now: Date): DueIfFiledNow {
  return {
    // To the minute: the answer (and its ETag) stays the same within a minute.
    asOf: toVietnamIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000)),
    channels: channels.map((ch) => {
      const due = calendar.dueDate(now, ch.timeLimit);
      return { channel: ch.channel, date: due.date, receivedOn: due.receivedOn, deferred: due.deferred };
    }),
  };
}

/**
 * Seconds until a "due if filed now" answer may change, at most five minutes: the next midnight in
 * Vietnam, a channel's same-day cut-off (15:00), and for time limits in working hours the moments
 * the hours left in the office day cross a whole number of working days (and 09:00, before which a
 * full office day is left).
 */
export function secondsUntilDueChanges(now: Date, channels: readonly Pick<ProcedureChannel, 'timeLimit'>[] = []): number {
  const { minutes } = vietnamDateTime(now);
  const day = 24 * 60;
  const points = [day];
  const full = WORKING_HOURS_PER_DAY * 60;
  for (const { timeLimit: t } of channels) {
    const cut = t.sameDayCutoff ? /^(\d{1,2}):(\d{2})$/.exec(t.sameDayCutoff) : null;
    if (cut) points.push(Number(cut[1]) * 60 + Number(cut[2]));
    if (t.unit === 'working-hours' && t.value !== null) {
      // The hours left fall below what is needed one minute after these moments.
      points.push(OFFICE_DAY_END_MINUTES - full + 1);
      const needed = Math.ceil(t.value * 60);
      for (let k = 0; k < 4; k++) points.push(OFFICE_DAY_END_MINUTES - needed + 1 + k * full);
    }
  }
  const next = Math.min(...points.filter((p) => p > minutes && p <= day));
  return Math.max(1, Math.min(300, (next - minutes) * 60 - now.getUTCSeconds()));
}
