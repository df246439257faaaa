// Small response helpers shared by the citizen and admin routes, on top of api-core's problem
// responses (./problem.ts).
import type { Context } from 'hono';
import { PROBLEM_TYPES, type Problem, type ProblemFieldError } from '@motcua/contracts';
import { problemResponse } from './problem.js';
import type { IdempotentOutcome } from '../security/idempotency.js';

export type ProblemBody = Problem & Record<string, unknown>;

export function problem(c: Context, body: ProblemBody, headers: Record<string, string> = {}): Response {
  return problemResponse(c, body, headers);
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function fieldProblem(status: 400 | 422, errors: ProblemFieldError[], detail?: string): ProblemBody {
  return {
    type: PROBLEM_TYPES.validation,
    title: 'Dữ liệu không hợp lệ',
    status,
    detail: detail ?? `Có ${errors.length} lỗi trong ${status === 400 ? 'yêu cầu' : 'nội dung yêu cầu'}.`,
    errors,
  };
}

/** 429 with Retry-After (seconds) in the header, the detail and the `retryAfter` member. */
export function rateLimitedResponse(c: Context, retryAfterSeconds: number, what: string): Response {
  return problemResponse(
    c,
    {
      type: PROBLEM_TYPES.rateLimited,
      title: 'Quá nhiều yêu cầu',
      status: 429,
      detail: `${what} Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
      retryAfter: retryAfterSeconds,
    } as Problem,
    { 'retry-after': String(retryAfterSeconds) },
  );
}

/** The answer of an idempotent write: fresh, replayed (marked), key reused with another body, or in progress. */
export function idempotentAnswer(c: Context, outcome: IdempotentOutcome): Response {
  switch (outcome.kind) {
    case 'fresh':
      return outcome.status >= 400 ? problem(c, outcome.body as ProblemBody) : jsonResponse(outcome.status, outcome.body);
    case 'replayed':
      return outcome.status >= 400
        ? problem(c, outcome.body as ProblemBody, { 'idempotent-replayed': 'true' })
        : jsonResponse(outcome.status, outcome.body, { 'idempotent-replayed': 'true' });
    case 'mismatch':
      return problem(c, {
        type: PROBLEM_TYPES.idempotencyConflict,
        status: 422,
        title: 'Idempotency-Key đã được dùng cho một yêu cầu khác',
        detail: 'Mỗi lần gửi mới cần một Idempotency-Key mới; khi gửi lại, nội dung phải giống hệt lần đầu.',
        errors: [{ field: 'header.idempotency-key', message: 'Khóa đã dùng với nội dung khác', code: 'idempotency_key_reused' }],
      });
    case 'in-progress':
      return problem(c, {
        type: PROBLEM_TYPES.conflict,
        status: 409,
        title: 'Yêu cầu cùng Idempotency-Key đang được xử lý',
        detail: 'Vui lòng thử lại sau giây lát.',
      }, { 'retry-after': '1' });
  }
}
