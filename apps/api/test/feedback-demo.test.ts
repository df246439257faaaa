// Demo feedback (seed/feedback.json) is placed relative to the day the database is first seeded:
// seeded on two different days, each story reads the same — answered
// on time, answered late, open and overdue, refused with where to go — for both demo wards, and the
// public list and the stats show them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../src/app.js';
import { loadConfig, SEED_DIR } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { silentLogger } from '../src/http/logger.js';
import { seedIfEmpty } from '../src/seed/index.js';
import { openEmpty, type TestDb } from './public-support.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (r: Response): Promise<any> => r.json();

// Seeded today and 75 days ago (the stats count on the real clock, see routes/public/units.ts and db/unit-stats.ts).
const iso = (ms: number) => new Date(ms).toISOString();
for (const seedDay of [iso(Date.now()), iso(Date.now() - 75 * 86_400_000)]) {
  describe(`demo feedback seeded on ${seedDay.slice(0, 10)}`, () => {
    let t: TestDb;
    before(async () => {
      t = await openEmpty('pglite');
      await migrate(t.db);
      const report = await seedIfEmpty(t.db, { seedDir: SEED_DIR, now: () => new Date(seedDay) });
      assert.equal(report.feedback, 9);
    });
    after(async () => t.close());

    test('each story reads as written, in both demo wards', async () => {
      const rows = await t.db.query<{ unit_code: string; title: string; status: string; answer_on_time: boolean | null; due_date: string | Date }>(
        `SELECT unit_code, title, status, answer_on_time, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM feedback`,
      );
      const today = new Date(Date.parse(seedDay) + 7 * 3_600_000).toISOString().slice(0, 10);
      for (const unit of ['25459', '29869']) {
        const mine = rows.rows.filter((r) => r.unit_code === unit);
        assert.ok(mine.some((r) => r.status === 'answered' && r.answer_on_time === true), `${unit}: answered on time`);
        assert.ok(mine.some((r) => r.status === 'answered' && r.answer_on_time === false), `${unit}: answered late`);
        assert.ok(mine.some((r) => ['received', 'in-progress'].includes(r.status) && String(r.due_date) < today), `${unit}: open and overdue`);
        assert.ok(mine.some((r) => r.status === 'not-accepted'), `${unit}: refused`);
      }
      const contacts = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM feedback_contacts');
      assert.equal(Number(contacts.rows[0]!.n), 9, 'every demo sender has contact details, stored apart');
    });

    test('the public list and the stats show them; refused and unconsented items stay private', async () => {
      const app = createApp({ db: t.db, config: loadConfig({ ...process.env, MOTCUA_NOW: seedDay }, { logRequests: false, seed: false }), logger: silentLogger });
      const list = await J(await app.request('/v1/units/25459/feedback'));
      assert.equal(list.total, 2);
      assert.ok(list.items.every((i: { answer: string }) => i.answer.length > 0));
      assert.ok(!JSON.stringify(list).includes('Demo'), 'no sender names');
      const stats = await J(await app.request('/v1/units/29869/stats'));
      assert.equal(stats.feedback.answered, 2);
      assert.equal(stats.feedback.answeredOnTime, 1);
      assert.equal(stats.feedback.answeredLate, 1);
      assert.equal(stats.feedback.openOverdue, 1);
      assert.equal(stats.feedback.notAccepted, 1);
    });
  });
}
