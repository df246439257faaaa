// The calendar as data: GET /v1/calendar (public, cacheable), PUT /v1/admin/calendar/{year}
// (scoped key, validated, audited in calendar_changes) and `motcua-api calendar`, and that a
// province's correction changes the due dates it publishes — without a release.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarYearSchema, ProcedureDetailResponseSchema } from '@motcua/contracts';
import { createApiKey } from '../src/security/api-keys.js';
import { calendarCommand } from '../src/cli/calendar.js';
import type { Db } from '../src/db/types.js';
import { BACKEND_NAMES, appOn, get, openSeeded, type SeededDb } from './public-support.js';

const json = (method: string, body: unknown, key?: string): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
  body: JSON.stringify(body),
});

for (const backend of BACKEND_NAMES) {
  describe(`calendar routes and CLI (${backend})`, () => {
    let t: SeededDb;
    let allKey: string, tayNinhKey: string, unitKey: string;
    before(async () => {
      t = await openSeeded(backend);
      allKey = (await createApiKey(t.db, { scope: 'province:*' })).key;
      tayNinhKey = (await createApiKey(t.db, { scope: 'province:80' })).key;
      unitKey = (await createApiKey(t.db, { scope: 'unit:25459' })).key;
    });
    after(() => t.close());

    test('GET /v1/calendar?year=2026: the corrected national calendar, public and cacheable, CORS', async () => {
      const app = appOn(t.db);
      const r = await get(app, '/v1/calendar?year=2026', { origin: 'https://xa.example.vn' });
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('access-control-allow-origin'), '*');
      assert.match(r.headers.get('cache-control') ?? '', /^public/);
      const cal = CalendarYearSchema.parse(r.body);
      assert.equal(cal.province, null);
      const byDate = new Map(cal.days.map((d) => [d.date, d]));
      for (const d of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-02-16', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']) {
        assert.equal(byDate.get(d)?.kind, 'day-off', d);
      }
      assert.equal(byDate.get('2026-01-10')?.kind, 'working-day');
      assert.match(byDate.get('2026-01-10')?.note ?? '', /12729\/VPCP-KGVX/);
      const y2027 = CalendarYearSchema.parse((await get(app, '/v1/calendar?year=2027')).body);
      assert.equal(y2027.provisional, true);
      assert.ok(y2027.days.some((d) => d.date === '2027-02-05' && d.provisional));
      // No data for a year: an empty calendar (weekends only), not an error.
      assert.deepEqual(CalendarYearSchema.parse((await get(app, '/v1/calendar?year=2031')).body).days, []);
      assert.equal((await get(app, '/v1/calendar?year=abc')).status, 400);
      assert.equal((await get(app, '/v1/calendar')).status, 400);
    });

    test('PUT /v1/admin/calendar/{year}: scopes, validation, audit, and the new due dates at once', async () => {
      const app = appOn(t.db, { now: () => new Date('2026-03-10T09:00:00+07:00') });
      const dueOf = async (unit: string) =>
        ProcedureDetailResponseSchema.parse((await get(app, `/v1/procedures/1.004873?unit=${unit}`)).body).due!.channels[0]!.date;
      // 3 working days from Tuesday 10/3/2026 → Friday 13/3, in both provinces.
      assert.equal(await dueOf('25459'), '2026-03-13');
      const base = CalendarYearSchema.parse((await get(app, '/v1/calendar?year=2026')).body);
      // Tây Ninh declares Thursday 12/3 a provincial day off (its own year replaces the national one).
      const body = {
        province: '80',
        source: 'Quyết định thử nghiệm của UBND tỉnh Tây Ninh',
        days: [...base.days, { date: '2026-03-12', kind: 'day-off', name: 'Ngày nghỉ của tỉnh (thử)' }],
      };
      assert.equal((await app.request('/v1/admin/calendar/2026', json('PUT', body))).status, 401);
      const byUnit = await app.request('/v1/admin/calendar/2026', json('PUT', body, unitKey));
      assert.equal(byUnit.status, 403);
      assert.equal((await app.request('/v1/admin/calendar/2026', json('PUT', { ...body, province: null }, tayNinhKey))).status, 403);
      assert.equal((await app.request('/v1/admin/calendar/2026', json('PUT', { ...body, province: '01' }, tayNinhKey))).status, 403);
      // Validation names the field.
      const wrongYear = await app.request('/v1/admin/calendar/2026', json('PUT', { ...body, days: [{ date: '2027-01-01', kind: 'day-off', name: 'x' }] }, tayNinhKey));
      assert.equal(wrongYear.status, 422);
      assert.equal(((await wrongYear.json()) as { errors: { field: string }[] }).errors[0]!.field, 'body.days.0.date');
      const weekdayMakeUp = await app.request('/v1/admin/calendar/2026', json('PUT', { ...body, days: [{ date: '2026-03-11', kind: 'working-day', name: 'x' }] }, tayNinhKey));
      assert.equal(weekdayMakeUp.status, 422);
      const badShape = await app.request('/v1/admin/calendar/2026', json('PUT', { ...body, days: [{ date: '2026-02-30', kind: 'day-off', name: 'x' }] }, tayNinhKey));
      assert.equal(badShape.status, 422);
      const ok = await app.request('/v1/admin/calendar/2026', json('PUT', body, tayNinhKey));
      assert.equal(ok.status, 200, await ok.clone().text());
      assert.equal(CalendarYearSchema.parse(await ok.json()).province, '80');
      // Tây Ninh's dossiers now skip 12/3; Đồng Tháp's (province 82) do not.
      assert.equal(await dueOf('25459'), '2026-03-16');
      assert.equal(await dueOf('29869'), '2026-03-13');
      assert.equal(CalendarYearSchema.parse((await get(app, '/v1/calendar?year=2026&province=80')).body).province, '80');
      assert.equal(CalendarYearSchema.parse((await get(app, '/v1/calendar?year=2026&province=82')).body).province, null);
      // Audited: who, before, after.
      const audit = await t.db.query<{ actor: string; scope: string; before_n: number; after_n: number }>(
        `SELECT actor, scope, jsonb_array_length(days_before) AS before_n, jsonb_array_length(days_after) AS after_n
         FROM calendar_changes WHERE scope = '80' AND year = 2026 ORDER BY id`,
      );
      assert.equal(audit.rows.length, 1);
      assert.equal(audit.rows[0]!.actor, 'api-key:province:80');
      assert.equal(audit.rows[0]!.before_n, null);
      assert.equal(audit.rows[0]!.after_n, base.days.length + 1);
      // A province:* key may write the national calendar.
      const national = await app.request('/v1/admin/calendar/2031', json('PUT', { province: null, source: 'thử', days: [{ date: '2031-01-01', kind: 'day-off', name: 'Tết Dương lịch' }] }, allKey));
      assert.equal(national.status, 200);
    });

    test('PUT /v1/admin/procedures refuses a same-day time limit stored as 1 (issue 12), naming the field', async () => {
      const app = appOn(t.db);
      const detail = (await get(app, '/v1/procedures/1.001193')).body as Record<string, unknown> & { channels: { timeLimit: { value: number } }[] };
      const { unit: _unit, due: _due, ...body } = detail;
      body.channels[0]!.timeLimit.value = 1;
      const r = await app.request('/v1/admin/procedures/1.001193', json('PUT', { ...body, units: ['*'] }, allKey));
      assert.equal(r.status, 422);
      const problem = (await r.json()) as { errors: { field: string }[] };
      assert.ok(problem.errors.some((e) => e.field === 'body.channels.0.timeLimit.value'), JSON.stringify(problem.errors));
    });

    test('motcua-api calendar import / show: validated, written, audited as the CLI', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'motcua-cal-'));
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
      const openDb = async (): Promise<Db> => ({ ...t.db, close: async () => {} }) as Db;
      try {
        const file = join(dir, '2027.json');
        writeFileSync(file, JSON.stringify({ source: 'Thông báo 2027 (thử)', holidays: [{ date: '2027-01-01', name: 'Tết Dương lịch' }, { date: '2027-02-08', name: 'Tết' }], workingWeekends: [] }));
        await calendarCommand(openDb, ['import', file, '--year', '2027'], io);
        assert.match(out.join('\n'), /Calendar 2027 \(national\): 2 days written/);
        const bad = join(dir, 'bad.json');
        writeFileSync(bad, JSON.stringify({ holidays: [], workingWeekends: [{ date: '2027-03-03', name: 'thứ Tư' }] }));
        await assert.rejects(calendarCommand(openDb, ['import', bad, '--year', '2027'], io), /nothing written/);
        assert.match(err.join('\n'), /not_a_weekend/);
        out.length = 0;
        await calendarCommand(openDb, ['show', '2027'], io);
        assert.match(out.join('\n'), /2027-02-08 {2}nghỉ/);
        const audit = await t.db.query<{ actor: string }>(`SELECT actor FROM calendar_changes WHERE scope = '*' AND year = 2027`);
        assert.deepEqual(audit.rows.map((r) => r.actor), ['cli']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('due if filed now: how long an answer may be kept', () => {
  test('until the next cut-off, the next change of a working-hours limit, or midnight — at most 5 minutes', async () => {
    const { secondsUntilDueChanges } = await import('../src/routes/public/calendar.js');
    const { WorkingCalendar } = await import('@motcua/contracts/calendar');
    const sameDay = { timeLimit: { value: 0, unit: 'working-days' as const, text: '', sameDayCutoff: '15:00', maxWithVerification: null } };
    const oneHour = { timeLimit: { value: 1, unit: 'working-hours' as const, text: '', sameDayCutoff: null, maxWithVerification: null } };
    assert.equal(secondsUntilDueChanges(new Date('2026-03-10T14:59:30+07:00'), [sameDay]), 30);
    assert.equal(secondsUntilDueChanges(new Date('2026-03-10T10:00:00+07:00'), [sameDay]), 300);
    assert.equal(secondsUntilDueChanges(new Date('2026-03-10T23:58:00+07:00'), []), 120);
    // 1 working hour: due today until 16:00, tomorrow from 16:01.
    assert.equal(secondsUntilDueChanges(new Date('2026-03-10T15:59:00+07:00'), [oneHour]), 120);
    const cal = new WorkingCalendar();
    assert.equal(cal.appointmentDate('2026-03-10T16:00:00+07:00', oneHour.timeLimit), '2026-03-10');
    assert.equal(cal.appointmentDate('2026-03-10T16:01:00+07:00', oneHour.timeLimit), '2026-03-11');
  });
});
