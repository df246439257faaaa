// RFC 9457 problem responses. Handlers throw `HttpProblem`; the app's error handler turns it into
// an application/problem+json answer. Anything else thrown becomes a 500 with no internals.
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Problem } from '@motcua/contracts';
import type { Context } from 'hono';

export class HttpProblem extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;
  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.name = 'HttpProblem';
    this.problem = problem;
    this.headers = headers;
  }
}

/** Builds the Response for a problem (instance defaults to the request path). */
export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): Response {
  const body: Problem = { ...problem, instance: problem.instance ?? c.req.path };
  // c.body() keeps the headers prepared by the middlewares (see http/cache.ts)
  return c.body(JSON.stringify(body), body.status as 400, {
    'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    'cache-control': 'no-store',
    ...headers,
  });
}

export function notFound(detail = 'Không tìm thấy tài nguyên.'): HttpProblem {
  return new HttpProblem({ type: PROBLEM_TYPES.notFound, title: 'Không tìm thấy', status: 404, detail });
}

export function badRequest(detail: string, errors?: Problem['errors']): HttpProblem {
  return new HttpProblem({
    type: errors ? PROBLEM_TYPES.validation : PROBLEM_TYPES.badRequest,
    title: 'Yêu cầu không hợp lệ',
    status: 400,
    detail,
    ...(errors ? { errors } : {}),
  });
}

export function payloadTooLarge(limit: number): HttpProblem {
  return new HttpProblem({
    type: PROBLEM_TYPES.payloadTooLarge,
    title: 'Nội dung yêu cầu quá lớn',
    status: 413,
    detail: `Nội dung yêu cầu vượt quá ${Math.round(limit / 1024)} KB.`,
  });
}

export function internalError(requestId?: string): Problem {
  return {
    type: PROBLEM_TYPES.internal,
    title: 'Lỗi máy chủ',
    status: 500,
    detail: requestId ? `Đã xảy ra lỗi ngoài dự kiến (mã yêu cầu ${requestId}).` : 'Đã xảy ra lỗi ngoài dự kiến.',
  };
}

export function unavailable(detail = 'Máy chủ tạm thời chưa sẵn sàng.'): Problem {
  return { type: PROBLEM_TYPES.unavailable, title: 'Chưa sẵn sàng', status: 503, detail };
}
