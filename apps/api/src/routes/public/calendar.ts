// GET /v1/calendar?year=&province= — the working-day calendar other systems can read (public,
// cacheable, CORS like every public read), and the "due if filed now" figure of a procedure's
// channels that GET /v1/procedures/{code} carries (so widgets ship no holiday list).
import { routes, type DueIfFiledNow, type ProcedureChannel } from '@motcua/contracts';
import { vietnamDateTime, type WorkingCalendar } from '@motcua/contracts/calendar';
import type { Hono } from 'hono';
import { cachedJson } from '../../http/cache.js';
import { mount } from '../../http/route.js';
import type { AppEnv } from '../../http/types.js';
import { readCalendarYear } from '../../domain/calendar-store.js';
import { toVietnamIso } from '../../domain/mask.js';
import type { RouteDeps } from '../index.js';

export function registerCalendarRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  mount(app, routes.getCalendar, async (c, { query }) => {
    return cachedJson(c, await readCalendarYear(deps.db, query.year, query.province ?? null));
  });
}

/** The due date of each channel for a dossier filed at `now`, under `calendar`. */
export function dueIfFiledNow(channels: readonly Pick<ProcedureChannel, 'channel' | 'timeLimit'>[], calendar: WorkingCalendar, now: Date): DueIfFiledNow {
  return {
    asOf: toVietnamIso(now),
    channels: channels.map((ch) => {
      const due = calendar.dueDate(now, ch.timeLimit);
      return { channel: ch.channel, date: due.date, receivedOn: due.receivedOn, deferred: due.deferred };
    }),
  };
}

/**
 * Seconds until a "due if filed now" answer may change: the next same-day cut-off (15:00) or the
 * next midnight in Vietnam, at most five minutes.
 */
export function secondsUntilDueChanges(now: Date, cutoffMinutes = 15 * 60): number {
  const { minutes } = vietnamDateTime(now);
  const seconds = now.getUTCSeconds();
  const next = minutes < cutoffMinutes ? cutoffMinutes : 24 * 60;
  return Math.max(1, Math.min(300, (next - minutes) * 60 - seconds));
}
