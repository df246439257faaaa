// A demo that lives with the clock: the demo dossiers are placed relative to the day the database
// is first seeded (the server's clock), so on any day a newcomer sees the designed mix. Seeded at
// several "now"s — the demo day itself, an ordinary week, a weekend, across Tết 2027, just after
// 30/4–1/5 — and read back through POST /v1/dossiers/lookup as a citizen would.
process.env.MOTCUA_RATE_LIMITS = 'off'; // 17 lookups per seeding, from one address

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierViewSchema, type DossierView } from '@motcua/contracts';
import { SEED_DIR } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { seedIfEmpty } from '../src/seed/index.js';
import { appOn, openEmpty } from './public-support.js';
import { WorkingCalendar, calendarDaysFromFile, vietnamDateTime } from '@motcua/contracts/calendar';

const seedCalendar = WorkingCalendar.fromDays(calendarDaysFromFile(JSON.parse(readFileSync(join(SEED_DIR, 'holidays.json'), 'utf8'))));

interface SeedDossier {
  code: string;
  status: string;
  verifiers: { idLast4: string };
}
const demo = JSON.parse(readFileSync(join(SEED_DIR, 'dossiers.json'), 'utf8')) as { dossiers: SeedDossier[] };

const NOWS = {
  'the demo day (Sunday 2026-11-22)': '2026-11-22T10:00:00+07:00',
  'an ordinary Tuesday morning': '2026-12-08T09:30:00+07:00',
  'a Saturday': '2026-12-12T11:00:00+07:00',
  'the Saturday before the demo day': '2026-11-21T11:00:00+07:00',
  'the Monday after Tết Đinh Mùi 2027 (provisional 5–11/2)': '2027-02-15T08:00:00+07:00',
  'during Tết 2027': '2027-02-09T10:00:00+07:00',
  'Monday after 30/4–1/5 2026': '2026-05-04T14:00:00+07:00',
};

const OPEN = new Set(['accepted', 'in-progress']);

for (const [label, now] of Object.entries(NOWS)) {
  describe(`demo seeded on ${label}`, () => {
    test('shows the designed mix', async () => {
      const t = await openEmpty('pglite');
      try {
        await migrate(t.db);
        await seedIfEmpty(t.db, { seedDir: SEED_DIR, now: () => new Date(now) });
        const app = appOn(t.db, { now: () => new Date(now) });
        const views: DossierView[] = [];
        for (const d of demo.dossiers) {
          const r = await app.request('/v1/dossiers/lookup', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code: d.code, verifier: d.verifiers.idLast4 }),
          });
          assert.equal(r.status, 200, d.code);
          views.push(DossierViewSchema.parse(await r.json()));
        }
        const nowMs = new Date(now).getTime();
        for (const v of views) {
          assert.ok(new Date(v.receivedAt).getTime() <= nowMs, `${v.code} received in the future (${v.receivedAt})`);
          for (const e of v.timeline) assert.ok(new Date(e.at).getTime() <= nowMs, `${v.code}: event in the future (${e.at})`);
        }
        const open = views.filter((v) => OPEN.has(v.status.id));
        const onTime = open.filter((v) => !v.apology && v.overdueBy === 0 && (v.daysLeft ?? -1) >= 0);
        const lateWithApology = open.filter((v) => v.apology);
        const lateWithout = open.filter((v) => !v.apology && (v.overdueBy ?? 0) > 0);
        assert.ok(onTime.length >= 3, `on time: ${onTime.map((v) => v.code)}`);
        assert.equal(lateWithApology.length, 1, 'one overdue with an apology');
        const apology = lateWithApology[0]!;
        assert.ok(new Date(apology.apology!.newAppointmentDate).getTime() > nowMs, `the apology's new date ${apology.apology!.newAppointmentDate} is ahead`);
        assert.ok(new Date(apology.apology!.issuedAt).getTime() <= nowMs);
        assert.equal(lateWithout.length, 1, `one overdue without apology: ${lateWithout.map((v) => v.code)}`);
        const supplement = views.filter((v) => v.status.id === 'supplement-requested');
        assert.equal(supplement.length, 1);
        assert.equal(supplement[0]!.overdueBy, 0, 'waiting for a supplement is not overdue (paused from the request)');
        assert.ok(supplement[0]!.daysLeft! > 0);
        const stopped = views.filter((v) => v.status.id === 'stopped');
        assert.equal(stopped.length, 1);
        assert.equal(stopped[0]!.overdueBy, 0);
        const submitted = views.filter((v) => v.status.id === 'submitted');
        assert.equal(submitted.length, 1);
        assert.equal(submitted[0]!.appointmentDate, null, 'submitted: no appointment yet');
        // Moved by working days: every appointment still follows the procedure's time limit (as
        // check-seed.mjs checks in the file), and lands on a working day, as do apologies' new dates.
        const rows = await t.db.query<{ code: string; received_at: Date | string; appointment_date: Date | string | null; apology: { newAppointmentDate: string } | string | null; time_limit: string; max_v: number | null }>(
          `SELECT d.code, d.received_at, d.appointment_date, d.apology, (ch->'timeLimit')::text AS time_limit, (ch->'timeLimit'->>'maxWithVerification')::int AS max_v
           FROM dossiers d JOIN procedures p ON p.code = d.procedure_code, jsonb_array_elements(p.detail->'channels') ch
           WHERE ch->>'channel' = d.channel`,
        );
        assert.equal(rows.rows.length, demo.dossiers.length);
        for (const r of rows.rows) {
          const apology = typeof r.apology === 'string' ? JSON.parse(r.apology) : r.apology;
          if (apology) assert.ok(seedCalendar.isWorkingDay(vietnamDateTime(apology.newAppointmentDate).date), `${r.code}: apology date on a day off`);
          if (r.appointment_date === null) continue;
          const limit = JSON.parse(r.time_limit);
          const appointment = vietnamDateTime(r.appointment_date).date;
          const allowed = [seedCalendar.appointmentDate(r.received_at, limit), r.max_v ? seedCalendar.appointmentDate(r.received_at, { ...limit, value: r.max_v }) : null];
          assert.ok(allowed.includes(appointment), `${r.code}: appointment ${appointment} ∉ ${allowed.join(', ')}`);
        }
        // Codes keep their written date (the README's table stays true).
        assert.deepEqual(views.map((v) => v.code).sort(), demo.dossiers.map((d) => d.code).sort());
      } finally {
        await t.close();
      }
    });
  });
}
