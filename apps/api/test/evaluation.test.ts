// The per-dossier evaluation (Circular 01/2018/TT-VPCP): indicators 1 and 2 measured from the
// record, checked against a table written from the circular's scale (before the limit 2 points,
// on it 1, after it 0) rather than against a second copy of the code; and migration 0003, which
// keeps evaluations given under the old question set.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { measureAgencyTime, measureTotalTime, scoreEvaluation } from '../src/domain/evaluation.js';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { BACKENDS } from './citizen-support.js';
import { openEmpty, type TestDb } from './public-support.js';

const APPOINTMENT = '2026-03-05T17:00:00+07:00';

describe('indicator 1: total time against the legal limit', () => {
  // [resolved at (Vietnam time), appointment, points] — from the circular's three levels.
  const table: [string, string | null, number][] = [
    ['2026-03-04T16:59:00+07:00', APPOINTMENT, 2], // the day before: trước hạn
    ['2026-03-05T08:00:00+07:00', APPOINTMENT, 1], // on the appointment day, morning: đúng hạn
    ['2026-03-05T16:45:00+07:00', APPOINTMENT, 1], // on the day, afternoon: đúng hạn
    ['2026-03-06T08:00:00+07:00', APPOINTMENT, 0], // the next day: quá hạn
    ['2026-03-05T23:30:00+07:00', APPOINTMENT, 1], // late evening, still the 5th in Vietnam
    ['2026-03-05T17:30:00Z', APPOINTMENT, 0], // 00:30 on the 6th in Vietnam
    ['2026-03-05T10:00:00+07:00', null, 1], // no appointment (resolved at reception): đúng hạn
  ];
  for (const [resolvedAt, appointmentDate, points] of table) {
    test(`resolved ${resolvedAt}, appointment ${appointmentDate} → ${points}`, () => {
      assert.equal(measureTotalTime({ resolvedAt, appointmentDate, timeline: [] }), points);
    });
  }
  test('an apology does not move the legal limit: the record passes the original appointment', () => {
    // The caller gives appointment_date (original); the apology's new date is not an input at all.
    assert.equal(measureTotalTime({ resolvedAt: '2026-03-10T09:00:00+07:00', appointmentDate: APPOINTMENT, timeline: [] }), 0);
  });
  test('an unresolved dossier is not measured', () => {
    assert.throws(() => measureTotalTime({ resolvedAt: null, appointmentDate: APPOINTMENT, timeline: [] }));
  });
});

describe("indicator 2: each agency's time", () => {
  const step = (punctuality: 'early' | 'on-time' | 'late', deadline: string | null = '2026-03-03T17:00:00+07:00') => ({
    at: '2026-03-03T10:00:00+07:00',
    deadline,
    punctuality,
  });
  const base = { resolvedAt: '2026-03-04T10:00:00+07:00', appointmentDate: APPOINTMENT };
  const table: [string, ReturnType<typeof step>[], number][] = [
    ['every step early', [step('early'), step('early')], 2],
    ['one step on time, the rest early', [step('early'), step('on-time')], 1],
    ['one step late', [step('early'), step('late'), step('early')], 0],
    ['steps without their own deadline do not count', [step('early'), step('late', null)], 2],
    ['no step with a deadline: the whole time (indicator 1)', [step('on-time', null)], 2],
    ['no rows at all: the whole time (indicator 1)', [], 2],
  ];
  for (const [name, timeline, points] of table) {
    test(`${name} → ${points}`, () => assert.equal(measureAgencyTime({ ...base, timeline }), points));
  }
  test('a step stored without punctuality is judged by its date against its deadline', () => {
    const timeline = [{ at: '2026-03-04T09:00:00+07:00', deadline: '2026-03-03T17:00:00+07:00', punctuality: null }];
    assert.equal(measureAgencyTime({ ...base, timeline }), 0);
  });
});

describe('score', () => {
  test('nine indicators in order, 18 maximum, the citizen cannot give 1 and 2', () => {
    const answers = { contacts: 1, agencies: 2, 'one-stop-desk': 2, publication: 2, attitude: 0, feedback: 2, 'online-service': 2, 'total-time': 2 };
    const r = scoreEvaluation({ resolvedAt: '2026-03-06T10:00:00+07:00', appointmentDate: APPOINTMENT, timeline: [] }, answers);
    assert.deepEqual(r.indicators.map((i) => i.id), ['total-time', 'agency-time', 'contacts', 'agencies', 'one-stop-desk', 'publication', 'attitude', 'feedback', 'online-service']);
    assert.deepEqual(r.indicators.map((i) => i.points), [0, 0, 1, 2, 2, 2, 0, 2, 2]);
    assert.equal(r.score, 11);
    assert.equal(r.maxScore, 18);
  });
});

for (const kind of BACKENDS) {
  describe(`migration 0003 on ${kind}: old evaluations are mapped, not lost`, () => {
    let t: TestDb;
    before(async () => {
      t = await openEmpty(kind);
      await migrate(t.db, loadMigrations().filter((m) => m.version < 3));
      const db = t.db;
      await db.query(`INSERT INTO provinces (code, name, full_name, name_en, kind) VALUES ('72', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh', 'Tỉnh')`);
      await db.query(
        `INSERT INTO units (code, province_code, name, full_name, name_en, kind, search_text) VALUES ('25000', '72', 'Tân Ninh', 'Phường Tân Ninh', 'Tan Ninh', 'Phường', 'tan ninh')`,
      );
      await db.query(`INSERT INTO fields (code, name) VALUES ('ho-tich', 'Hộ tịch')`);
      await db.query(
        `INSERT INTO procedures (code, name, field_code, level, online_service, detail, time_limit_text, fee_text)
         VALUES ('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'ho-tich', 'commune', 'full', '{}', '03 ngày làm việc', 'Miễn phí')`,
      );
      for (const [code, answers, satisfied] of [
        ['000.00.25.H56-260302-0101', { 'total-time': 2, 'agency-time': 2, contacts: 2, agencies: 1, 'one-stop-desk': 2, publication: 2, attitude: 2, convenience: 1, satisfaction: 2 }, true],
        ['000.00.25.H56-260302-0102', { 'total-time': 0, 'agency-time': 1, contacts: 0, agencies: 2, 'one-stop-desk': 2, publication: 1, attitude: 0, convenience: 0, satisfaction: 0 }, false],
        ['000.00.25.H56-260302-0103', { 'total-time': 1, 'agency-time': 1, contacts: 1, agencies: 1, 'one-stop-desk': 1, publication: 1, attitude: 1, convenience: 2, satisfaction: 1 }, true],
      ] as const) {
        await db.query(
          `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, received_at, applicant_name, verifier_salt, verifier_hashes)
           VALUES ($1, '25000', '1.004873', 'online', 'resolved', now(), 'Nguyễn Văn An', 's', '{}')`,
          [code],
        );
        const old = (Object.values(answers) as number[]).reduce((a, b) => a + b, 0);
        await db.query(
          `INSERT INTO evaluations (dossier_code, unit_code, answers, score, max_score, satisfied, comment) VALUES ($1, '25000', $2::text::jsonb, $3, 18, $4, 'cũ')`,
          [code, JSON.stringify(answers), old, satisfied],
        );
      }
      await migrate(t.db);
    });
    after(async () => {
      await t?.close();
    });

    test('the raw answers are kept, the mapped ones scored, satisfaction split out', async () => {
      const rows = await t.db.query<{
        dossier_code: string;
        answers: Record<string, number>;
        legacy_answers: Record<string, number>;
        score: number;
        max_score: number;
        satisfaction: string;
        satisfied: boolean;
        scheme: string;
        comment: string;
      }>('SELECT dossier_code, answers, legacy_answers, score, max_score, satisfaction, satisfied, scheme, comment FROM evaluations ORDER BY dossier_code');
      assert.equal(rows.rows.length, 3);
      const [a, b, c] = rows.rows;
      assert.deepEqual(a!.legacy_answers, { 'total-time': 2, 'agency-time': 2, contacts: 2, agencies: 1, 'one-stop-desk': 2, publication: 2, attitude: 2, convenience: 1, satisfaction: 2 });
      assert.deepEqual(a!.answers, { 'total-time': 2, 'agency-time': 2, contacts: 2, agencies: 1, 'one-stop-desk': 2, publication: 2, attitude: 2 });
      assert.deepEqual([a!.score, a!.max_score, a!.satisfaction, a!.satisfied, a!.scheme, a!.comment], [13, 14, 'very-satisfied', true, 'legacy-2025', 'cũ']);
      assert.deepEqual([b!.score, b!.max_score, b!.satisfaction, b!.satisfied], [6, 14, 'not-satisfied', false]);
      assert.deepEqual([c!.score, c!.max_score, c!.satisfaction, c!.satisfied], [7, 14, 'satisfied', true]);
    });

    test('new rows default to the official scheme and need a satisfaction level', async () => {
      await t.db.query(
        `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, received_at, applicant_name, verifier_salt, verifier_hashes)
         VALUES ('000.00.25.H56-260302-0104', '25000', '1.004873', 'online', 'resolved', now(), 'Trần Thị Bình', 's', '{}')`,
      );
      await assert.rejects(
        t.db.query(`INSERT INTO evaluations (dossier_code, unit_code, answers, score, max_score, satisfied) VALUES ('000.00.25.H56-260302-0104', '25000', '{}', 0, 18, true)`),
      );
      await t.db.query(
        `INSERT INTO evaluations (dossier_code, unit_code, answers, score, max_score, satisfaction, satisfied) VALUES ('000.00.25.H56-260302-0104', '25000', '{}', 0, 18, 'satisfied', true)`,
      );
      const r = await t.db.query<{ scheme: string }>(`SELECT scheme FROM evaluations WHERE dossier_code = '000.00.25.H56-260302-0104'`);
      assert.equal(r.rows[0]!.scheme, 'tt01-2018');
    });
  });
}
