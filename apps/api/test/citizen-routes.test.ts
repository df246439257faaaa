// Citizen endpoints on both databases: lookup privacy (identical 404s, masked name only), rate
// limits (per code, per address, survey bursts), idempotent writes (sequential and concurrent
// replays), one evaluation per dossier.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DossierViewSchema, EvaluationResponseSchema, PROBLEM_TYPES, SurveyResponseSchema } from '@motcua/contracts';
import type { App } from '../src/app.js';
import { startServer } from '../src/server.js';
import {
  BACKENDS,
  FIX,
  GOOD_EVALUATION_ANSWERS,
  GOOD_SURVEY_ANSWERS,
  insertFixtures,
  jsonRequest,
  makeApp,
  newKey,
  openBackend,
  withEnv,
  type Backend,
} from './citizen-support.js';

const PROBLEM = /^application\/problem\+json/;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (r: Response): Promise<any> => r.json();

async function lookup(app: App, code: string, verifier: string, headers: Record<string, string> = {}) {
  return app.request('/v1/dossiers/lookup', jsonRequest('POST', { code, verifier }, headers));
}

function survey(app: App, key: string | null, body: unknown = { unit: FIX.unit, answers: GOOD_SURVEY_ANSWERS }, headers: Record<string, string> = {}) {
  return app.request('/v1/surveys', jsonRequest('POST', body, key === null ? headers : { 'idempotency-key': key, ...headers }));
}

function evaluate(
  app: App,
  key: string,
  code: string,
  verifier: string = FIX.idLast4,
  answers: Record<string, unknown> = GOOD_EVALUATION_ANSWERS,
  extra: Record<string, unknown> = { satisfaction: 'very-satisfied' },
  headers: Record<string, string> = {},
) {
  const body = { code, verifier, answers, comment: 'Cán bộ nhiệt tình', ...extra };
  return app.request('/v1/dossiers/evaluations', jsonRequest('POST', body, { 'idempotency-key': key, ...headers }));
}

async function count(b: Backend, sql: string, params: unknown[] = []): Promise<number> {
  const r = await b.db.query<{ n: number }>(sql, params);
  return Number(r.rows[0]!.n);
}

for (const kind of BACKENDS) {
  describe(`citizen routes on ${kind}`, () => {
    let b: Backend;
    let app: App;

    before(async () => {
      b = await openBackend(kind);
      await insertFixtures(b.db);
      app = await withEnv({ MOTCUA_RATE_LIMITS: undefined, MOTCUA_TRUST_PROXY: undefined }, () => makeApp(b.db));
    });
    after(async () => {
      await b.close();
    });

    describe('POST /v1/dossiers/lookup', () => {
      test('right code + ID verifier → the view, valid against the contract', async () => {
        const res = await lookup(app, FIX.codes.inProgress, FIX.idLast4);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const view = DossierViewSchema.parse(await J(res));
        assert.equal(view.code, FIX.codes.inProgress);
        assert.equal(view.applicantNameMasked, 'N*** V** A*');
        assert.equal(view.status.id, 'in-progress');
        assert.equal(view.unit.name, 'Phường Tân Ninh');
        assert.equal(view.timeline.length, 1);
        assert.ok(typeof view.daysLeft === 'number' && view.daysLeft > 0);
      });

      test('phone verifier works too; lower-case code with spaces is normalised', async () => {
        const res = await lookup(app, `  ${FIX.codes.inProgress.toLowerCase()} `, FIX.phoneLast4);
        assert.equal(res.status, 200);
      });

      test('no personal data beyond the masked name', async () => {
        const text = await (await lookup(app, FIX.codes.supplement, FIX.idLast4)).text();
        for (const secret of ['Nguyễn', 'Văn An', FIX.idLast4, FIX.phoneLast4, '12 Đường', 'Khu phố 1', 'verifier', 'salt', 'applicantName"']) {
          assert.ok(!text.includes(secret), `view leaks ${secret}`);
        }
        const view = DossierViewSchema.parse(JSON.parse(text));
        assert.equal(view.status.paused, true);
        assert.deepEqual(view.supplementRequest?.items, ['Bản sao trích lục ly hôn']);
        assert.equal(view.resultDelivery.trackingNumber, 'EB123456789VN');
      });

      test('an apology carries the new appointment date; overdue dossiers count working days late', async () => {
        const view = DossierViewSchema.parse(await (await lookup(app, FIX.codes.overdue, FIX.idLast4)).json());
        assert.equal(view.apology?.newAppointmentDate, '2026-03-12T17:00:00+07:00');
        assert.equal(view.appointmentDate, '2026-03-12T17:00:00+07:00');
        assert.ok(view.daysLeft !== null && view.daysLeft < 0);
        assert.equal(view.overdueBy, -view.daysLeft!);
      });

      test('wrong code and wrong verifier: the same 404, byte for byte, similar timing', async () => {
        const unknown = '000.00.25.H56-260302-0999';
        const open = await withEnv({ MOTCUA_RATE_LIMITS: 'off' }, () => makeApp(b.db)); // many attempts on one code
        let first: { code?: string; verifier?: string } = {};
        const median = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)]!;
        // Timing on a shared CI machine is noisy: up to three rounds must agree once.
        const rounds: string[] = [];
        for (let round = 0; round < 3; round++) {
          const samples = { code: [] as number[], verifier: [] as number[] };
          for (let i = 0; i < 10; i++) {
            for (const which of ['code', 'verifier'] as const) {
              const t0 = performance.now();
              const res = which === 'code' ? await lookup(open, unknown, FIX.idLast4) : await lookup(open, FIX.codes.resolved, '0000');
              samples[which].push(performance.now() - t0);
              assert.equal(res.status, 404);
              assert.match(res.headers.get('content-type') ?? '', PROBLEM);
              const text = await res.text();
              first[which] ??= text;
              assert.equal(text, first[which]);
            }
          }
          const [mc, mv] = [median(samples.code), median(samples.verifier)];
          rounds.push(`${mc.toFixed(1)} ms vs ${mv.toFixed(1)} ms`);
          if (Math.abs(mc - mv) < 10 || Math.max(mc, mv) / Math.min(mc, mv) < 2) break;
          assert.ok(round < 2, `timings differ: ${rounds.join('; ')}`);
        }
        assert.equal(first.code, first.verifier);
        const body = JSON.parse(first.code!);
        assert.equal(body.type, PROBLEM_TYPES.notFound);
        assert.equal(body.status, 404);
      });

      test('a malformed request names the field (422)', async () => {
        const res = await lookup(app, 'not a code', '12');
        assert.equal(res.status, 422);
        assert.match(res.headers.get('content-type') ?? '', PROBLEM);
        const body = await J(res);
        const fields = body.errors.map((e: { field: string }) => e.field).sort();
        assert.deepEqual(fields, ['body.code', 'body.verifier']);
      });

      test('failed verifications delay the failing address (growing Retry-After), held across two replicas; the owner elsewhere is never refused', async () => {
        // Two apps on one database = two replicas behind a proxy that sets X-Forwarded-For.
        const [r1, r2] = await withEnv({ MOTCUA_RATE_LIMITS: undefined, MOTCUA_TRUST_PROXY: 'true' }, () => [makeApp(b.db), makeApp(b.db)]);
        const guesser = { 'x-forwarded-for': '198.51.100.200' };
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) statuses.push((await lookup(i % 2 ? r1 : r2, FIX.codes.overdue, String(1000 + i), guesser)).status);
        // 3 free failures, the 4th starts a 1 s delay that the 5th (immediately after) meets
        assert.deepEqual(statuses, [404, 404, 404, 404, 429]);
        const res = await lookup(r1, FIX.codes.overdue, FIX.idLast4, guesser); // even the right verifier must wait
        assert.equal(res.status, 429);
        assert.match(res.headers.get('content-type') ?? '', PROBLEM);
        const retryAfter = Number(res.headers.get('retry-after'));
        assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 2, `Retry-After ${retryAfter}`);
        const body = await J(res);
        assert.equal(body.type, PROBLEM_TYPES.rateLimited);
        assert.equal(body.retryAfter, retryAfter);
        assert.ok(body.detail.includes(String(retryAfter)));
        // The owner, from another address, gets in on either replica; other codes are not affected.
        assert.equal((await lookup(r2, FIX.codes.overdue, FIX.idLast4, { 'x-forwarded-for': '203.0.113.201' })).status, 200);
        assert.equal((await lookup(r1, FIX.codes.overdue, FIX.idLast4, { 'x-forwarded-for': '203.0.113.202' })).status, 200);
        assert.equal((await lookup(r1, FIX.codes.inProgress, FIX.idLast4, guesser)).status, 200);
        // After the wait, the guesser may try again — once — and the next wait is longer (2 s).
        await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
        assert.equal((await lookup(r2, FIX.codes.overdue, '1999', guesser)).status, 404);
        const longer = await lookup(r1, FIX.codes.overdue, '1998', guesser);
        assert.equal(longer.status, 429);
        assert.equal(Number(longer.headers.get('retry-after')), 2);
      });

      test('successful lookups do not count against the code', async () => {
        const fresh = await withEnv({ MOTCUA_RATE_LIMITS: undefined }, () => makeApp(b.db));
        for (let i = 0; i < 30; i++) assert.equal((await lookup(fresh, FIX.codes.inProgress, FIX.idLast4)).status, 200);
      });

      test('over a real socket: the client address comes from the socket; X-Forwarded-For is ignored by default', async () => {
        const server = await withEnv({ MOTCUA_RATE_LIMITS: 'lookupPerAddress=3/60', MOTCUA_TRUST_PROXY: undefined }, () =>
          startServer({ db: b.db, config: { seed: false, logRequests: false } }),
        );
        try {
          const send = (xff: string) =>
            fetch(`${server.url}/v1/dossiers/lookup`, jsonRequest('POST', { code: FIX.codes.inProgress, verifier: FIX.idLast4 }, { 'x-forwarded-for': xff }));
          const statuses: number[] = [];
          for (let i = 0; i < 4; i++) statuses.push((await send(`198.51.100.${i}`)).status); // spoofed, all from 127.0.0.1
          assert.deepEqual(statuses, [200, 200, 200, 429]);
        } finally {
          await server.close();
        }
      });

      test('per-address limit (X-Forwarded-For trusted only with MOTCUA_TRUST_PROXY)', async () => {
        const limited = await withEnv({ MOTCUA_RATE_LIMITS: 'lookupPerAddress=5/60', MOTCUA_TRUST_PROXY: 'true' }, () => makeApp(b.db));
        for (let i = 0; i < 5; i++) assert.equal((await lookup(limited, FIX.codes.inProgress, FIX.idLast4, { 'x-forwarded-for': '203.0.113.7' })).status, 200);
        const refused = await lookup(limited, FIX.codes.inProgress, FIX.idLast4, { 'x-forwarded-for': '203.0.113.7' });
        assert.equal(refused.status, 429);
        assert.ok(Number(refused.headers.get('retry-after')) >= 1);
        // Another client behind the same proxy is not affected; a spoofed left-most entry is ignored.
        assert.equal((await lookup(limited, FIX.codes.inProgress, FIX.idLast4, { 'x-forwarded-for': '203.0.113.8' })).status, 200);
        assert.equal((await lookup(limited, FIX.codes.inProgress, FIX.idLast4, { 'x-forwarded-for': '1.2.3.4, 203.0.113.7' })).status, 429);
      });
    });

    describe('POST /v1/surveys', () => {
      test('201 with the contract shape, stored once', async () => {
        const before = await count(b, 'SELECT count(*) AS n FROM surveys');
        const res = await survey(app, newKey(), { unit: FIX.unit, answers: GOOD_SURVEY_ANSWERS, comment: '  Nhanh gọn  ' });
        assert.equal(res.status, 201);
        const body = SurveyResponseSchema.parse(await J(res));
        assert.equal(body.unit, FIX.unit);
        assert.equal(await count(b, 'SELECT count(*) AS n FROM surveys'), before + 1);
        const stored = await b.db.query<{ comment: string }>('SELECT comment FROM surveys WHERE id = $1', [body.id]);
        assert.equal(stored.rows[0]!.comment, 'Nhanh gọn');
      });

      test('Idempotency-Key is required and checked (400 naming header.idempotency-key)', async () => {
        for (const headers of [{}, { 'idempotency-key': 'short' }, { 'idempotency-key': 'has spaces in it' }] as Record<string, string>[]) {
          const res = await app.request('/v1/surveys', jsonRequest('POST', { unit: FIX.unit, answers: GOOD_SURVEY_ANSWERS }, headers));
          assert.equal(res.status, 400, JSON.stringify(headers));
          assert.match(res.headers.get('content-type') ?? '', PROBLEM);
          const body = await J(res);
          assert.ok(body.errors.some((e: { field: string }) => e.field === 'header.idempotency-key'), JSON.stringify(body));
        }
      });

      test('unknown unit → 422 naming body.unit; bad answers name each factor', async () => {
        const res = await survey(app, newKey(), { unit: '99999', answers: GOOD_SURVEY_ANSWERS });
        assert.equal(res.status, 422);
        const body = await J(res);
        assert.deepEqual(body.errors.map((e: { field: string }) => e.field), ['body.unit']);
        const bad = await survey(app, newKey(), { unit: FIX.unit, answers: { ...GOOD_SURVEY_ANSWERS, access: 6, result: undefined } });
        assert.equal(bad.status, 422);
        const fields = (await J(bad)).errors.map((e: { field: string }) => e.field).sort();
        assert.deepEqual(fields, ['body.answers.access', 'body.answers.result']);
      });

      test('a refused write does not burn the key: fix the body, retry with the same key', async () => {
        const key = newKey();
        assert.equal((await survey(app, key, { unit: '99999', answers: GOOD_SURVEY_ANSWERS })).status, 422);
        assert.equal((await survey(app, key, { unit: FIX.unit, answers: GOOD_SURVEY_ANSWERS })).status, 201);
      });

      test('sequential replay: same status and body, Idempotent-Replayed, stored once', async () => {
        const key = newKey();
        const before = await count(b, 'SELECT count(*) AS n FROM surveys');
        const first = await survey(app, key);
        const firstText = await first.text();
        assert.equal(first.status, 201);
        assert.equal(first.headers.get('idempotent-replayed'), null);
        for (let i = 0; i < 3; i++) {
          // Same content, keys in another order.
          const again = await survey(app, key, { answers: { feedback: 3, result: 4, official: 5, procedure: 4, access: 5 }, unit: FIX.unit });
          assert.equal(again.status, 201);
          assert.equal(again.headers.get('idempotent-replayed'), 'true');
          assert.deepEqual(await J(again), JSON.parse(firstText));
        }
        assert.equal(await count(b, 'SELECT count(*) AS n FROM surveys'), before + 1);
        assert.equal(await count(b, "SELECT count(*) AS n FROM idempotency_keys WHERE key = $1", [key]), 1);
      });

      test('same key, different body → 422', async () => {
        const key = newKey();
        assert.equal((await survey(app, key)).status, 201);
        const res = await survey(app, key, { unit: FIX.unit, answers: { ...GOOD_SURVEY_ANSWERS, access: 1 } });
        assert.equal(res.status, 422);
        const body = await J(res);
        assert.equal(body.type, PROBLEM_TYPES.idempotencyConflict);
        assert.equal(body.errors[0].field, 'header.idempotency-key');
      });

      test('concurrent replays store one survey and all get the same answer', async () => {
        const key = newKey();
        const before = await count(b, 'SELECT count(*) AS n FROM surveys');
        const responses = await Promise.all(Array.from({ length: 12 }, () => survey(app, key)));
        const bodies = await Promise.all(responses.map((r) => r.text()));
        for (const r of responses) assert.equal(r.status, 201);
        assert.equal(new Set(bodies).size, 1, 'one answer for all');
        assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === null).length, 1);
        assert.equal(await count(b, 'SELECT count(*) AS n FROM surveys'), before + 1);
      });

      test('300 surveys in a minute from one address are accepted', async () => {
        const burst = await withEnv({ MOTCUA_RATE_LIMITS: undefined, MOTCUA_TRUST_PROXY: 'true' }, () => makeApp(b.db));
        const statuses: number[] = [];
        for (let i = 0; i < 300; i += 20) {
          const batch = await Promise.all(
            Array.from({ length: 20 }, () => survey(burst, newKey(), undefined, { 'x-forwarded-for': '100.64.12.34' })),
          );
          statuses.push(...batch.map((r) => r.status));
        }
        assert.equal(statuses.length, 300);
        assert.deepEqual([...new Set(statuses)], [201]);
      });
    });

    describe('POST /v1/dossiers/evaluations', () => {
      test('a resolved dossier can be evaluated once; the second evaluation is a 409', async () => {
        const first = await evaluate(app, newKey(), FIX.codes.resolved);
        assert.equal(first.status, 201);
        const body = EvaluationResponseSchema.parse(await J(first));
        // Resolved 04/03, appointment 05/03: indicator 1 "before the deadline" (2); its one
        // process-control step was on time (1); seven answers of 2 → 2 + 1 + 14.
        assert.deepEqual(
          (await b.db.query<{ answers: unknown }>('SELECT answers FROM evaluations WHERE dossier_code = $1', [FIX.codes.resolved])).rows[0]!.answers,
          { 'total-time': 2, 'agency-time': 1, ...GOOD_EVALUATION_ANSWERS },
        );
        assert.equal(body.score, 17);
        assert.equal(body.maxScore, 18);
        const stored = await b.db.query<{ answers: Record<string, number>; satisfaction: string; satisfied: boolean; scheme: string }>(
          'SELECT answers, satisfaction, satisfied, scheme FROM evaluations WHERE dossier_code = $1',
          [FIX.codes.resolved],
        );
        assert.deepEqual(stored.rows[0], {
          answers: { 'total-time': 2, 'agency-time': 1, ...GOOD_EVALUATION_ANSWERS },
          satisfaction: 'very-satisfied',
          satisfied: true,
          scheme: 'tt01-2018',
        });
        const second = await evaluate(app, newKey(), FIX.codes.resolved, FIX.phoneLast4);
        assert.equal(second.status, 409);
        assert.match(second.headers.get('content-type') ?? '', PROBLEM);
        assert.equal((await J(second)).type, PROBLEM_TYPES.alreadyEvaluated);
        const view = DossierViewSchema.parse(await (await lookup(app, FIX.codes.resolved, FIX.idLast4)).json());
        assert.equal(view.evaluated, true);
        assert.equal(view.canEvaluate, false);
      });

      test('replay of an accepted evaluation returns the first answer', async () => {
        const key = newKey();
        const first = await evaluate(app, key, FIX.codes.returned);
        assert.equal(first.status, 201);
        const again = await evaluate(app, key, FIX.codes.returned);
        assert.equal(again.status, 201);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(await J(again), await J(first));
        assert.equal(await count(b, 'SELECT count(*) AS n FROM evaluations WHERE dossier_code = $1', [FIX.codes.returned]), 1);
      });

      test('a dossier still in progress cannot be evaluated (409)', async () => {
        const res = await evaluate(app, newKey(), FIX.codes.inProgress);
        assert.equal(res.status, 409);
        assert.equal((await J(res)).type, PROBLEM_TYPES.conflict);
        const view = DossierViewSchema.parse(await (await lookup(app, FIX.codes.inProgress, FIX.idLast4)).json());
        assert.equal(view.canEvaluate, false);
      });

      test('wrong verifier → 404 not-found problem; missing answers named', async () => {
        const res = await evaluate(app, newKey(), FIX.codes.supplement, '0000');
        assert.equal(res.status, 404);
        assert.equal((await J(res)).type, PROBLEM_TYPES.notFound);
        const partial: Record<string, unknown> = { ...GOOD_EVALUATION_ANSWERS, contacts: undefined, attitude: 3 };
        const bad = await evaluate(app, newKey(), FIX.codes.supplement, FIX.idLast4, partial);
        assert.equal(bad.status, 422);
        const fields = (await J(bad)).errors.map((e: { field: string }) => e.field).sort();
        assert.deepEqual(fields, ['body.answers.attitude', 'body.answers.contacts']);
      });

      test('indicators 1 and 2 come from the record: a late dossier scores 0 on both, whatever the citizen thinks', async () => {
        const code = '000.00.25.H56-260302-0778';
        await b.db.query(
          `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, received_at, appointment_date, resolved_at,
             applicant_name, verifier_salt, verifier_hashes)
           SELECT $2, unit_code, procedure_code, channel, 'result-returned', received_at, appointment_date,
             '2026-03-09T09:00:00+07:00', applicant_name, verifier_salt, verifier_hashes FROM dossiers WHERE code = $1`,
          [FIX.codes.resolved, code],
        );
        await b.db.query(
          `INSERT INTO dossier_events (dossier_code, seq, from_step, from_unit, to_step, to_unit, handler, at, deadline, punctuality) VALUES
             ($1, 1, 'Tiếp nhận', 'Bộ phận Một cửa', 'Thẩm định', 'Tư pháp', 'A', '2026-03-02T08:20:00+07:00', '2026-03-02T17:00:00+07:00', 'early'),
             ($1, 2, 'Thẩm định', 'Tư pháp', 'Phê duyệt', 'Lãnh đạo', 'B', '2026-03-07T08:20:00+07:00', '2026-03-04T17:00:00+07:00', 'late')`,
          [code],
        );
        const res = await evaluate(app, newKey(), code, FIX.idLast4, GOOD_EVALUATION_ANSWERS, { satisfaction: 'not-satisfied' });
        assert.equal(res.status, 201);
        const body = EvaluationResponseSchema.parse(await J(res));
        const stored = await b.db.query<{ answers: Record<string, number> }>('SELECT answers FROM evaluations WHERE dossier_code = $1', [code]);
        assert.deepEqual(stored.rows[0]!.answers, { 'total-time': 0, 'agency-time': 0, ...GOOD_EVALUATION_ANSWERS });
        assert.equal(body.score, 14);
        const row = await b.db.query<{ satisfied: boolean }>('SELECT satisfied FROM evaluations WHERE dossier_code = $1', [code]);
        assert.equal(row.rows[0]!.satisfied, false);
      });

      test('the measured indicators cannot be answered; satisfaction is required and named', async () => {
        const res = await evaluate(app, newKey(), FIX.codes.supplement, FIX.idLast4, { ...GOOD_EVALUATION_ANSWERS, 'total-time': 2 }, {});
        assert.equal(res.status, 422);
        const fields = (await J(res)).errors.map((e: { field: string }) => e.field).sort();
        assert.deepEqual(fields, ['body.answers.total-time', 'body.satisfaction']);
        const old = await evaluate(app, newKey(), FIX.codes.supplement, FIX.idLast4, { ...GOOD_EVALUATION_ANSWERS, convenience: 2 }, { satisfaction: 2 });
        assert.equal(old.status, 422);
        const oldFields = (await J(old)).errors.map((e: { field: string }) => e.field).sort();
        assert.deepEqual(oldFields, ['body.answers.convenience', 'body.satisfaction']);
      });

      test('validation problems are Vietnamese by default and English on request, naming the same fields', async () => {
        const partial = { ...GOOD_EVALUATION_ANSWERS, contacts: 7 };
        const vi = await evaluate(app, newKey(), FIX.codes.supplement, FIX.idLast4, partial, {});
        const en = await evaluate(app, newKey(), FIX.codes.supplement, FIX.idLast4, partial, {}, { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' });
        assert.equal(vi.status, 422);
        assert.equal(en.status, 422);
        assert.match(en.headers.get('content-type') ?? '', PROBLEM);
        const pv = await J(vi);
        const pe = await J(en);
        assert.equal(pv.title, 'Dữ liệu không hợp lệ');
        assert.equal(pv.detail, 'Có 2 lỗi trong nội dung yêu cầu.');
        assert.equal(pe.title, 'Invalid data');
        assert.equal(pe.detail, '2 errors in the request body.');
        const fields = (p: { errors: { field: string }[] }) => p.errors.map((e) => e.field).sort();
        assert.deepEqual(fields(pv), ['body.answers.contacts', 'body.satisfaction']);
        assert.deepEqual(fields(pe), fields(pv));
        const msg = (p: { errors: { field: string; message: string }[] }, f: string) => p.errors.find((e) => e.field === f)!.message;
        assert.equal(msg(pv, 'body.satisfaction'), 'Thiếu giá trị bắt buộc');
        assert.equal(msg(pv, 'body.answers.contacts'), 'Giá trị không hợp lệ: chỉ nhận 0, 1, 2');
        assert.match(msg(pe, 'body.answers.contacts'), /^Invalid/);
        // A query parameter problem follows the same rule (400).
        const q = await app.request('/v1/procedures?limit=0', { headers: { 'accept-language': 'en' } });
        assert.equal(q.status, 400);
        const pq = await J(q);
        assert.equal(pq.detail, '1 error in the query parameters.');
        assert.equal(pq.errors[0].field, 'query.limit');
        assert.doesNotMatch(pq.errors[0].message, /[ạảãáàâấầậẩẫăắằặẳẵ]/);
        const qv = await J(await app.request('/v1/procedures?limit=0'));
        assert.equal(qv.detail, 'Có 1 lỗi trong tham số truy vấn.');
        assert.doesNotMatch(qv.errors[0].message, /Too small|Invalid/);
      });

      test('concurrent evaluations of one dossier with different keys: exactly one 201', async () => {
        // A fresh resolved dossier for this test.
        await b.db.query(
          `INSERT INTO dossiers (code, unit_code, procedure_code, channel, status, received_at, appointment_date, resolved_at,
             applicant_name, verifier_salt, verifier_hashes)
           SELECT '000.00.25.H56-260302-0777', unit_code, procedure_code, channel, 'resolved', received_at, appointment_date,
             resolved_at, applicant_name, verifier_salt, verifier_hashes FROM dossiers WHERE code = $1`,
          [FIX.codes.resolved],
        );
        // 4 at once from one address: within the verifier guard's free attempts (each attempt counts
        // in advance, so more concurrent attempts from one address would meet its delay).
        const responses = await Promise.all(Array.from({ length: 4 }, () => evaluate(app, newKey(), '000.00.25.H56-260302-0777')));
        const statuses = responses.map((r) => r.status).sort();
        assert.deepEqual(statuses, [201, 409, 409, 409], JSON.stringify(await Promise.all(responses.filter((r) => r.status === 429).map((r) => r.json()))));
        assert.equal(await count(b, 'SELECT count(*) AS n FROM evaluations WHERE dossier_code = $1', ['000.00.25.H56-260302-0777']), 1);
      });

      test("the unit's stats count evaluations, and satisfaction from their separate rating", async () => {
        const rows = await b.db.query<{ satisfied: boolean; satisfaction: string }>(
          'SELECT satisfied, satisfaction FROM evaluations WHERE unit_code = $1',
          [FIX.unit],
        );
        assert.ok(rows.rows.length >= 3);
        for (const r of rows.rows) assert.equal(r.satisfied, r.satisfaction !== 'not-satisfied');
        assert.ok(rows.rows.some((r) => !r.satisfied), 'the late dossier was rated "Không hài lòng"');
        const res = await app.request(`/v1/units/${FIX.unit}/stats`);
        assert.equal(res.status, 200);
        const stats = await J(res);
        assert.equal(stats.evaluationResponses, rows.rows.length);
        assert.ok(stats.satisfactionRate > 0 && stats.satisfactionRate < 1);
      });
    });
  });
}
