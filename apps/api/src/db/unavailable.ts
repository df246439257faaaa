// Errors that mean "the database cannot be reached right now" (server stopped or restarting,
// network cut, pool exhausted past its wait, statement cancelled by its timeout). The API answers
// them 503 + Retry-After so clients and the widgets' outbox retry, never 500.

const CODES = new Set([
  // socket errors from `pg`
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
  // SQLSTATE class 08 (connection exception) and 57 (operator intervention: shutdown, timeout)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  // too many connections
  '53300',
]);

const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|Client was closed|not queryable|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Whether the database answers a trivial statement within `timeoutMs` (/readyz). */
export async function databaseAnswers(q: { query(sql: string): Promise<unknown> }, timeoutMs = 2000): Promise<boolean> {
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
    await Promise.race([q.query('SELECT 1'), timeout]);
    return true;
  } catch {
    return false;
  }
}
