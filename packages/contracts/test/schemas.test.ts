// Edge cases of the schemas that clients and the server rely on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod';
import {
  DEFAULT_EVALUATION_CRITERIA,
  DOSSIER_STATUSES,
  DossierCodeSchema,
  DossierLookupRequestSchema,
  DossierUpsertSchema,
  EvaluationRequestSchema,
  DEFAULT_SATISFACTION_QUESTION,
  citizenCriteria,
  ProcedureDetailSchema,
  ProcedureSearchQuerySchema,
  ProcedureUpsertSchema,
  SIPAS_FACTORS,
  SIPAS_SCALE,
  SurveyRequestSchema,
  UnitListQuerySchema,
  dossierStatusView,
  evaluationRequestExample,
  makeEvaluationRequestSchema,
  maskName,
  maxEvaluationScore,
  problemFromZodError,
  procedureDetailExample,
  surveyRequestExample,
  CatalogImportSchema,
  IdempotencyHeadersSchema,
  buildPath,
  dossierUpsertExample,
} from '../src/index.js';

const fieldsOf = (error: z.ZodError, location: 'body' | 'query' | 'path' | 'header') =>
  problemFromZodError(error, location).errors!.map((e) => e.field);

describe('dossier lookup', () => {
  test('verifier must be exactly 4 digits', () => {
    for (const bad of ['12a4', '123', '12345', ' 1234', '']) {
      assert.equal(DossierLookupRequestSchema.safeParse({ code: '000.00.06.H56-231027-0361', verifier: bad }).success, false, bad);
    }
    assert.equal(DossierLookupRequestSchema.safeParse({ code: '000.00.06.H56-231027-0361', verifier: '0042' }).success, true);
  });

  test('dossier code is trimmed and upper-cased', () => {
    assert.equal(DossierCodeSchema.parse('  000.00.06.h56-231027-0361 '), '000.00.06.H56-231027-0361');
    const parsed = DossierLookupRequestSchema.parse({ code: '000.00.06.h56-231027-0361\n', verifier: '1234' });
    assert.equal(parsed.code, '000.00.06.H56-231027-0361');
  });

  test('agency part is lenient, date and counter are not', () => {
    for (const ok of ['H56-231027-0361', 'UBND-BADINH-260302-0001', '000.00.06.H56-231231-9999']) {
      assert.equal(DossierCodeSchema.safeParse(ok).success, true, ok);
    }
    for (const bad of ['000.00.06.H56-231327-0361', '000.00.06.H56-231027-361', '-231027-0361', 'abc', '000.00.06.H56 231027 0361']) {
      assert.equal(DossierCodeSchema.safeParse(bad).success, false, bad);
    }
  });

  test('unknown keys are rejected and named', () => {
    const result = DossierLookupRequestSchema.safeParse({ code: 'H56-231027-0361', verifier: '1234', name: 'x' });
    assert.equal(result.success, false);
    assert.deepEqual(fieldsOf(result.error!, 'body'), ['body.name']);
  });
});

describe('queries', () => {
  test('page and limit default, coerce and cap', () => {
    assert.deepEqual(ProcedureSearchQuerySchema.parse({}), { page: 1, limit: 20 });
    assert.deepEqual(ProcedureSearchQuerySchema.parse({ q: ' khai sinh ', page: '2', limit: '100' }), { q: 'khai sinh', page: 2, limit: 100 });
    assert.deepEqual(ProcedureSearchQuerySchema.parse({ q: '  ' }), { q: undefined, page: 1, limit: 20 });
    assert.equal(ProcedureSearchQuerySchema.safeParse({ q: 'x'.repeat(201) }).success, false);
    const result = ProcedureSearchQuerySchema.safeParse({ limit: '101' });
    assert.equal(result.success, false);
    const problem = problemFromZodError(result.error!, 'query');
    assert.equal(problem.status, 400);
    assert.deepEqual(problem.errors!.map((e) => [e.field, e.code]), [['query.limit', 'too_big']]);
    for (const bad of [{ limit: '0' }, { page: '0' }, { page: '1.5' }, { limit: 'abc' }]) {
      assert.equal(ProcedureSearchQuerySchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });

  test('filters are checked', () => {
    assert.equal(ProcedureSearchQuerySchema.safeParse({ online: 'any', level: 'commune-police', unit: '00004', province: '01' }).success, true);
    assert.equal(ProcedureSearchQuerySchema.safeParse({ online: 'yes' }).success, false);
    assert.equal(ProcedureSearchQuerySchema.safeParse({ province: '97' }).success, false);
    assert.equal(ProcedureSearchQuerySchema.safeParse({ unit: '4' }).success, false);
    assert.equal(UnitListQuerySchema.safeParse({ kind: 'Đặc khu' }).success, true);
    assert.equal(UnitListQuerySchema.safeParse({ kind: 'Huyện' }).success, false);
  });
});

describe('evaluation', () => {
  // The nine indicators of Circular 01/2018/TT-VPCP, written from the circular's list (not from
  // our constants): number, measured from the record (not asked), and the Vietnamese name's key words.
  const CIRCULAR = [
    [1, true, 'Tổng thời gian giải quyết'],
    [2, true, 'từng cơ quan'],
    [3, false, 'Số lần phải liên hệ'],
    [4, false, 'Số cơ quan'],
    [5, false, 'Bộ phận Một cửa'],
    [6, false, 'Công khai thủ tục hành chính'],
    [7, false, 'Thái độ'],
    [8, false, 'phản ánh, kiến nghị'],
    [9, false, 'dịch vụ công trực tuyến'],
  ] as const;

  test('nine indicators in the circular order, 0/1/2 each, 18 maximum, vi and en labels', () => {
    assert.equal(DEFAULT_EVALUATION_CRITERIA.length, 9);
    assert.equal(maxEvaluationScore(DEFAULT_EVALUATION_CRITERIA), 18);
    DEFAULT_EVALUATION_CRITERIA.forEach((c, i) => {
      const [number, source, words] = CIRCULAR[i]!;
      assert.equal(DEFAULT_EVALUATION_CRITERIA.indexOf(c) + 1, number);
      assert.equal(c.measured, source, c.id);
      assert.ok(c.label.vi.includes(words), `${c.id}: ${c.label.vi}`);
      assert.ok(c.label.vi && c.label.en);
      assert.deepEqual(c.options.map((o) => o.value).sort(), [0, 1, 2]);
      for (const o of c.options) assert.ok(o.label.vi && o.label.en);
    });
    assert.equal(new Set(DEFAULT_EVALUATION_CRITERIA.map((c) => c.id)).size, 9);
  });

  test('convenience is not an indicator; satisfaction is a separate three-level rating', () => {
    const ids: string[] = DEFAULT_EVALUATION_CRITERIA.map((c) => c.id);
    assert.ok(!ids.includes('convenience'));
    assert.ok(!ids.includes('satisfaction'));
    assert.deepEqual(DEFAULT_SATISFACTION_QUESTION.options.map((o) => o.label.vi), ['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    const { satisfaction: _s, ...rest } = evaluationRequestExample;
    assert.deepEqual(fieldsOf(EvaluationRequestSchema.safeParse(rest).error!, 'body'), ['body.satisfaction']);
    const bad = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, satisfaction: 2 });
    assert.deepEqual(fieldsOf(bad.error!, 'body'), ['body.satisfaction']);
  });

  test('measured indicators are not asked: answering them is refused', () => {
    for (const id of ['total-time', 'agency-time']) {
      const r = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, answers: { ...evaluationRequestExample.answers, [id]: 2 } });
      assert.deepEqual(fieldsOf(r.error!, 'body'), [`body.answers.${id}`]);
    }
    assert.deepEqual(citizenCriteria(DEFAULT_EVALUATION_CRITERIA).map((c) => DEFAULT_EVALUATION_CRITERIA.indexOf(c) + 1), [3, 4, 5, 6, 7, 8, 9]);
  });

  test('a missing or out-of-range answer is named', () => {
    const { attitude: _omit, ...rest } = evaluationRequestExample.answers;
    const missing = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, answers: rest });
    assert.deepEqual(fieldsOf(missing.error!, 'body'), ['body.answers.attitude']);
    const big = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, answers: { ...evaluationRequestExample.answers, contacts: 3 } });
    assert.deepEqual(fieldsOf(big.error!, 'body'), ['body.answers.contacts']);
    const extra = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, answers: { ...evaluationRequestExample.answers, q10: 1 } });
    assert.deepEqual(fieldsOf(extra.error!, 'body'), ['body.answers.q10']);
  });

  test('comment is limited to 1000 characters', () => {
    assert.equal(EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, comment: 'a'.repeat(1000) }).success, true);
    const long = EvaluationRequestSchema.safeParse({ ...evaluationRequestExample, comment: 'a'.repeat(1001) });
    assert.deepEqual(fieldsOf(long.error!, 'body'), ['body.comment']);
  });

  test('custom criteria build their own request schema', () => {
    const schema = makeEvaluationRequestSchema([
      { id: 'm1', measured: true },
      { id: 'q1', measured: false },
      { id: 'q2', measured: false },
    ]);
    const base = { code: 'H56-231027-0361', verifier: '1234', satisfaction: 'satisfied' };
    assert.equal(schema.safeParse({ ...base, answers: { q1: 2, q2: 0 } }).success, true);
    assert.deepEqual(fieldsOf(schema.safeParse({ ...base, answers: { q1: 2 } }).error!, 'body'), ['body.answers.q2']);
  });
});

describe('survey', () => {
  test('five SIPAS factors and a five-point scale in vi and en', () => {
    assert.deepEqual(SIPAS_FACTORS.map((f) => f.id), ['access', 'procedure', 'official', 'result', 'feedback']);
    assert.deepEqual(SIPAS_SCALE.map((s) => s.value), [1, 2, 3, 4, 5]);
    assert.equal(SIPAS_SCALE[0].label.vi, 'Rất không hài lòng');
    assert.equal(SIPAS_SCALE[4].label.vi, 'Rất hài lòng');
  });

  test('a missing factor is rejected with the field named', () => {
    const { feedback: _omit, ...rest } = surveyRequestExample.answers;
    const result = SurveyRequestSchema.safeParse({ ...surveyRequestExample, answers: rest });
    assert.equal(result.success, false);
    const problem = problemFromZodError(result.error!, 'body', { instance: '/v1/surveys' });
    assert.equal(problem.status, 422);
    assert.equal(problem.instance, '/v1/surveys');
    assert.deepEqual(problem.errors!.map((e) => e.field), ['body.answers.feedback']);
  });

  test('ratings are integers 1..5 and comments at most 2000 characters', () => {
    for (const bad of [0, 6, 2.5, '5']) {
      const r = SurveyRequestSchema.safeParse({ ...surveyRequestExample, answers: { ...surveyRequestExample.answers, access: bad } });
      assert.deepEqual(fieldsOf(r.error!, 'body'), ['body.answers.access'], String(bad));
    }
    assert.equal(SurveyRequestSchema.safeParse({ ...surveyRequestExample, comment: 'x'.repeat(2001) }).success, false);
  });
});

describe('problemFromZodError', () => {
  test('names nested fields, array indices and several errors', () => {
    const broken = structuredClone(procedureDetailExample) as any;
    broken.channels[1].timeLimit.sameDayCutoff = '3pm';
    broken.cases[0].components[2].originals = -1;
    delete broken.name;
    const result = ProcedureDetailSchema.safeParse(broken);
    assert.deepEqual(fieldsOf(result.error!, 'body').sort(), [
      'body.cases.0.components.2.originals',
      'body.channels.1.timeLimit.sameDayCutoff',
      'body.name',
    ]);
  });

  test('header names are lower-case, root errors name the location', () => {
    const header = IdempotencyHeadersSchema.safeParse({ 'idempotency-key': 'short' });
    assert.deepEqual(fieldsOf(header.error!, 'header'), ['header.idempotency-key']);
    const root = DossierLookupRequestSchema.safeParse('not an object');
    assert.deepEqual(fieldsOf(root.error!, 'body'), ['body']);
    for (const e of problemFromZodError(root.error!, 'body').errors!) assert.ok(e.message && e.code);
  });
});

describe('dossier statuses and write API', () => {
  test('ten statuses numbered 1..10, paused exactly for 5, 6 and 8', () => {
    assert.deepEqual(DOSSIER_STATUSES.map((s) => s.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(DOSSIER_STATUSES.filter((s) => s.paused).map((s) => s.number), [5, 6, 8]);
    assert.deepEqual(dossierStatusView('stopped'), { id: 'stopped', number: 8, paused: true });
  });

  test('masked names show initials only', () => {
    assert.equal(maskName('Nguyễn Văn An'), 'N***** V** A*');
    assert.equal(maskName('  lê   thị   B '), 'L* T** B');
  });

  test('upsert dossier keeps verifiers to 4 digits and the code normalised', () => {
    const parsed = DossierUpsertSchema.parse({ ...dossierUpsertExample, code: ' 000.00.06.h56-260302-0017' });
    assert.equal(parsed.code, '000.00.06.H56-260302-0017');
    const bad = DossierUpsertSchema.safeParse({ ...dossierUpsertExample, verifiers: { idLast4: '001234567890', phoneLast4: null } });
    assert.deepEqual(fieldsOf(bad.error!, 'body'), ['body.verifiers.idLast4']);
  });

  test('procedure upsert needs units; catalog import wraps a list', () => {
    assert.deepEqual(fieldsOf(ProcedureUpsertSchema.safeParse(procedureDetailExample).error!, 'body'), ['body.units']);
    const parsed = CatalogImportSchema.parse({ procedures: [{ ...procedureDetailExample, units: ['00004'] }] });
    assert.deepEqual(parsed.procedures[0]!.units, ['00004']);
    assert.equal(parsed.procedures[0]!.name, 'Đăng ký khai sinh');
  });

  test('buildPath fills and encodes path templates', () => {
    assert.equal(buildPath('/v1/procedures/{code}', { code: '1.001193' }), '/v1/procedures/1.001193');
    assert.throws(() => buildPath('/v1/units/{code}'), /code/);
  });
});
