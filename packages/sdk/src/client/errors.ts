// Typed errors of the client. Every error the client throws (apart from the caller's own abort,
// which rethrows the signal's reason) is an McApiError with a stable `code`, so a widget can
// choose its message with a switch and send it on in an `mc-error` event.
import type { Problem, ProblemFieldError } from '@motcua/contracts';

export type McErrorCode = 'network' | 'timeout' | 'problem' | 'rate-limited' | 'contract';

export abstract class McApiError extends Error {
  abstract readonly code: McErrorCode;
  /** Operation that failed, e.g. "getProcedure". */
  readonly operationId: string;
  constructor(message: string, operationId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.operationId = operationId;
  }
  /** Worth retrying later (the outbox keeps submissions that failed this way). */
  get transient(): boolean {
    return false;
  }
}

/** No answer: DNS, connection refused or reset, CORS refusal, or the device is offline. */
export class NetworkError extends McApiError {
  readonly code = 'network';
  override name = 'NetworkError';
  readonly offline: boolean;
  constructor(operationId: string, options: { cause?: unknown; offline?: boolean } = {}) {
    super(options.offline ? `${operationId}: the device is offline` : `${operationId}: network error`, operationId, options);
    this.offline = options.offline ?? false;
  }
  override get transient(): boolean {
    return true;
  }
}

/** No answer within `timeoutMs`. */
export class TimeoutError extends McApiError {
  readonly code = 'timeout';
  override name = 'TimeoutError';
  readonly timeoutMs: number;
  constructor(operationId: string, timeoutMs: number) {
    super(`${operationId}: no answer within ${timeoutMs} ms`, operationId);
    this.timeoutMs = timeoutMs;
  }
  override get transient(): boolean {
    return true;
  }
}

/** The server answered with an error status; `problem` is its RFC 9457 body (or a stand-in). */
export class ProblemError extends McApiError {
  readonly code: McErrorCode = 'problem';
  override name = 'ProblemError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field errors from the problem's `errors[]`: `{ field: "body.answers.access", message, code }`. */
  readonly errors: ProblemFieldError[];
  readonly problem: Problem;
  /** From the Retry-After header, when the server sent one (503, 429). */
  readonly retryAfterSeconds: number | undefined;
  constructor(operationId: string, problem: Problem, retryAfterSeconds?: number) {
    super(`${operationId}: ${problem.status} ${problem.title}${problem.detail ? ` — ${problem.detail}` : ''}`, operationId);
    this.problem = problem;
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
  /** The message for one field, e.g. `fieldError('body.verifier')`, or undefined. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
  override get transient(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** 429: too many requests; try again after `retryAfterSeconds`. */
export class RateLimitedError extends ProblemError {
  override readonly code = 'rate-limited';
  override name = 'RateLimitedError';
  declare readonly retryAfterSeconds: number;
  constructor(operationId: string, problem: Problem, retryAfterSeconds: number) {
    super(operationId, problem, retryAfterSeconds);
  }
}

/** The answer does not match the contract (a backend that drifted, or a proxy's HTML page). */
export class ContractError extends McApiError {
  readonly code = 'contract';
  override name = 'ContractError';
  /** Where in the body: "items[0].code", "(root)". */
  readonly path: string;
  readonly status: number;
  constructor(operationId: string, status: number, path: string, problem: string) {
    super(`${operationId}: answer (HTTP ${status}) breaks the API contract at ${path}: ${problem}`, operationId);
    this.path = path;
    this.status = status;
  }
}

/** Narrowing helper: `if (isMcApiError(e)) e.code …`. */
export function isMcApiError(error: unknown): error is McApiError {
  return error instanceof McApiError;
}

/** `navigator.onLine === false`: the browser knows it has no network (a true value proves nothing). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Parses Retry-After: delta-seconds or an HTTP date. Returns seconds (≥ 0), or undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
