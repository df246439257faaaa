// API-key authentication of the write API (Authorization: Bearer), the per-key rate limit, and the
// 401/403 answers every admin handler shares.
//
// Scopes: `province:*` (setup), `province:NN` (every unit of one province), `unit:NNNNN` (one
// unit). Each handler checks that what it writes or reads is inside the key's scope.
import type { Context, MiddlewareHandler } from 'hono';
import { PROBLEM_TYPES, type Problem, type ProblemFieldError } from '@motcua/contracts';
import { problem, rateLimitedResponse } from '../../http/respond.js';
import type { AppEnv, RouteDeps } from '../../http/types.js';
import { authenticateKey, bearerToken, touchApiKey, type AuthenticatedKey } from '../../security/api-keys.js';

/** The key of each authenticated request (set by requireApiKey, read by the handlers). */
const keys = new WeakMap<Request, AuthenticatedKey>();

/** The request's authenticated key (the middleware ran before every /v1/admin/* handler). */
export function keyOf(c: Context): AuthenticatedKey {
  const k = keys.get(c.req.raw);
  if (!k) throw new Error('admin route without an authenticated key');
  return k;
}

function unauthorized(c: Context, detail: string): Response {
  return problem(
    c,
    { type: PROBLEM_TYPES.unauthorized, title: 'Cần khóa API hợp lệ', status: 401, detail },
    { 'www-authenticate': 'Bearer realm="motcua-admin"' },
  );
}

/** 403 naming what is outside the key's scope. */
export function forbidden(c: Context, detail: string, errors?: ProblemFieldError[]): Response {
  const body: Problem = { type: PROBLEM_TYPES.forbidden, title: 'Khóa API không có quyền', status: 403, detail };
  if (errors) body.errors = errors;
  return problem(c, body);
}

/** 401 without a valid key, 429 when the key sends too much; otherwise remembers the key and goes on. */
export function requireApiKey(deps: Pick<RouteDeps, 'db' | 'rateLimits'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) return unauthorized(c, 'Thiếu tiêu đề Authorization: Bearer <khóa API>.');
    const token = bearerToken(header);
    if (!token) return unauthorized(c, 'Tiêu đề Authorization phải có dạng "Bearer <khóa API>".');
    const key = await authenticateKey(deps.db, token);
    if (!key) return unauthorized(c, 'Khóa API không đúng hoặc đã bị thu hồi.');
    const limited = await deps.rateLimits.take('adminPerKey', key.id);
    if (!limited.ok) return rateLimitedResponse(c, limited.retryAfterSeconds, 'Khóa API này gửi quá nhiều yêu cầu.');
    keys.set(c.req.raw, key);
    void touchApiKey(deps.db, key.id).catch(() => undefined);
    await next();
  };
}
