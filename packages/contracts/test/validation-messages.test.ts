// Problem texts in the request's language: Vietnamese by default, English on request; the field
// is named the same in both.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EvaluationRequestSchema, SurveyRequestSchema, evaluationRequestExample, problemFromZodError, problemLanguage, validationErrorMap } from '../src/index.js';

describe('problemLanguage (Accept-Language)', () => {
  const cases: [string | undefined, 'vi' | 'en'][] = [
    [undefined, 'vi'],
    ['', 'vi'],
    ['*', 'vi'],
    ['vi', 'vi'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.5,vi;q=0.8', 'vi'],
    ['en;q=0, vi', 'vi'],
    ['de, fr', 'vi'],
  ];
  for (const [header, lang] of cases) test(`${JSON.stringify(header)} → ${lang}`, () => assert.equal(problemLanguage(header), lang));
});

describe('validation messages', () => {
  const bad = { ...evaluationRequestExample, answers: { ...evaluationRequestExample.answers, contacts: 3 }, comment: 'x'.repeat(1001) };
  const { satisfaction: _s, ...noSatisfaction } = bad;

  test('Vietnamese by default, naming each field', () => {
    const r = EvaluationRequestSchema.safeParse(noSatisfaction, { error: validationErrorMap('vi') });
    const p = problemFromZodError(r.error!, 'body');
    assert.equal(p.title, 'Dữ liệu không hợp lệ');
    assert.equal(p.detail, 'Có 3 lỗi trong nội dung yêu cầu.');
    const byField = Object.fromEntries(p.errors!.map((e) => [e.field, e.message]));
    assert.deepEqual(Object.keys(byField).sort(), ['body.answers.contacts', 'body.comment', 'body.satisfaction']);
    assert.equal(byField['body.comment'], 'Tối đa 1000 ký tự');
    assert.equal(byField['body.satisfaction'], 'Thiếu giá trị bắt buộc');
    assert.match(byField['body.answers.contacts']!, /^Giá trị không hợp lệ: chỉ nhận 0, 1, 2$/);
    for (const m of Object.values(byField)) assert.doesNotMatch(m!, /Invalid|expected|Too big/);
  });

  test('English when asked, same fields and codes', () => {
    const vi = problemFromZodError(EvaluationRequestSchema.safeParse(noSatisfaction, { error: validationErrorMap('vi') }).error!, 'body');
    const en = problemFromZodError(EvaluationRequestSchema.safeParse(noSatisfaction, { error: validationErrorMap('en') }).error!, 'body', { lang: 'en' });
    assert.equal(en.title, 'Invalid data');
    assert.equal(en.detail, '3 errors in the request body.');
    assert.deepEqual(en.errors!.map((e) => [e.field, e.code]), vi.errors!.map((e) => [e.field, e.code]));
    const comment = en.errors!.find((e) => e.field === 'body.comment')!;
    assert.match(comment.message, /Too big/);
  });

  test('unknown keys are named in both languages', () => {
    const input = { unit: '00004', answers: { access: 5, procedure: 4, official: 5, result: 5, feedback: 3 }, extra: 1 };
    const vi = problemFromZodError(SurveyRequestSchema.safeParse(input, { error: validationErrorMap('vi') }).error!, 'body');
    const en = problemFromZodError(SurveyRequestSchema.safeParse(input, { error: validationErrorMap('en') }).error!, 'body', { lang: 'en' });
    assert.deepEqual(vi.errors, [{ field: 'body.extra', message: 'Trường không được hỗ trợ: extra', code: 'unrecognized_keys' }]);
    assert.deepEqual(en.errors, [{ field: 'body.extra', message: 'Unsupported field: extra', code: 'unrecognized_keys' }]);
  });

  test('two languages in a row do not leak into each other (no global switch)', () => {
    const a = EvaluationRequestSchema.safeParse(noSatisfaction, { error: validationErrorMap('en') });
    const b = EvaluationRequestSchema.safeParse(noSatisfaction, { error: validationErrorMap('vi') });
    const c = EvaluationRequestSchema.safeParse(noSatisfaction);
    assert.notEqual(a.error!.issues[0]!.message, b.error!.issues[0]!.message);
    assert.equal(c.error!.issues.find((i) => i.path.join('.') === 'comment')!.message.startsWith('Too big'), true);
  });
});
