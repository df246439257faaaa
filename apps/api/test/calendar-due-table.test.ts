// "Due if filed now" for EVERY seeded procedure and channel, at fixed moments, against a table
// written by hand from the legal texts — not computed by our code:
// - time limits from the catalog's legal texts: the same day, and the next working day when
//   received after 15:00 (Luật Hộ tịch 2014 Art. 16, 18, 33 and the hộ tịch catalog texts; Decree
//   23/2015/NĐ-CP Art. 7 as amended by Decree 280/2025/NĐ-CP for chứng thực); N working days
//   counted from the working day after receipt (Decree 118/2025/NĐ-CP); "30 days" counted as
//   calendar days, ending on the next working day when the last day is a day off (Civil Code 2015
//   Art. 147–148);
// - the 2026 calendar for public servants: 1–4 January off with Friday 2/1 swapped for Saturday
//   10/1 (12729/VPCP-KGVX, 25/12/2025); Tết 14–22 February; Monday 27 April (Hùng Kings' day on
//   Sunday); 30 April and 1 May.
// The server's clock is fixed by `now` (MOTCUA_NOW in production); the widget test
// (packages/widgets/test/dossier-checklist-due.test.ts) checks the same table in the browser.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProcedureDetailResponseSchema } from '@motcua/contracts';
import { BACKEND_NAMES, appOn, get, openSeeded, type SeededDb } from './public-support.js';
import { DUE_TABLE, LEGAL_TIME_LIMITS, MOMENTS } from './support/due-table.js';

for (const backend of BACKEND_NAMES.slice(0, 1)) {
  describe(`due if filed now: every seeded procedure and channel, against the hand-written table (${backend})`, () => {
    let t: SeededDb;
    let codes: string[];
    before(async () => {
      t = await openSeeded(backend);
      codes = (await t.db.query<{ code: string }>('SELECT code FROM procedures ORDER BY code')).rows.map((r) => r.code);
    });
    after(() => t.close());

    test('the table names the legal time limit of every seeded procedure', () => {
      assert.ok(codes.length >= 44);
      const missing = codes.filter((c) => !(c in LEGAL_TIME_LIMITS));
      assert.deepEqual(missing, [], 'procedures without a legal time limit in the table');
    });

    for (const [moment, instant] of Object.entries(MOMENTS)) {
      test(`${moment} (${instant})`, async () => {
        const app = appOn(t.db, { now: () => new Date(instant) });
        const wrong: string[] = [];
        let checked = 0;
        for (const code of codes) {
          const r = await get(app, `/v1/procedures/${code}`);
          assert.equal(r.status, 200, code);
          const body = ProcedureDetailResponseSchema.parse(r.body);
          assert.ok(body.due, `${code}: no due`);
          assert.equal(body.due.channels.length, body.channels.length, code);
          for (const ch of body.due.channels) {
            const expected = DUE_TABLE[moment as keyof typeof MOMENTS][LEGAL_TIME_LIMITS[code]!];
            checked++;
            if (ch.date !== expected) wrong.push(`${code}/${ch.channel}: ${ch.date} ≠ ${expected} (${LEGAL_TIME_LIMITS[code]})`);
          }
        }
        assert.deepEqual(wrong, []);
        assert.ok(checked >= 85, `checked ${checked} channels`);
      });
    }

    test('with ?unit=, the unit\'s province calendar is used and the answer says when it was computed', async () => {
      const app = appOn(t.db, { now: () => new Date(MOMENTS.afterCutoff) });
      const body = ProcedureDetailResponseSchema.parse((await get(app, '/v1/procedures/1.001193?unit=25459')).body);
      assert.equal(body.due?.asOf, '2026-03-10T15:30:00+07:00');
      assert.deepEqual(body.due?.channels[0], { channel: 'in-person', date: '2026-03-11', receivedOn: '2026-03-11', deferred: true });
    });
  });
}
