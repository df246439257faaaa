// The limits every citizen write and lookup passes, as 429 answers (security/rate-limit.ts keeps
// their state in the database, shared by replicas):
// - per address, generous, because mobile carriers put thousands of citizens behind one address;
// - the verifier guard per code: every attempt is recorded as a failure in advance and taken back
//   when the verifier matches; an address that keeps failing on a code waits longer and longer, and
//   the code's own failure count lengthens that wait for every failing address. The owner, typing
//   from an address with no failures on the code, is never refused.
import type { Context } from 'hono';
import { rateLimitedResponse } from '../../http/respond.js';
import type { RouteDeps } from '../../http/types.js';
import { clientAddress, type BucketName } from '../../security/rate-limit.js';

export interface CitizenLimits {
  /** The client's address as the configured proxies report it. */
  address(c: Context): string;
  /** One token of `bucket` for the client's address; a 429 saying `what` when there is none. */
  perAddress(c: Context, bucket: BucketName, what?: string): Promise<Response | null>;
  /** Reserves one verifier attempt on `code` from the client's address; a 429 saying `what` when it must wait. */
  reserveCodeAttempt(c: Context, code: string, what: string): Promise<Response | null>;
  /** The verifier matched: the attempt reserved on `code` is taken back. */
  verified(c: Context, code: string): Promise<void>;
}

export function citizenLimits(deps: Pick<RouteDeps, 'rateLimits' | 'config'>): CitizenLimits {
  const limits = deps.rateLimits;
  const address = (c: Context) => clientAddress(c, deps.config.trustProxyHops);
  return {
    address,
    async perAddress(c, bucket, what = 'Có quá nhiều yêu cầu từ địa chỉ mạng của bạn.') {
      const r = await limits.take(bucket, address(c));
      return r.ok ? null : rateLimitedResponse(c, r.retryAfterSeconds, what);
    },
    async reserveCodeAttempt(c, code, what) {
      const r = await limits.reserveVerifierAttempt(code, address(c));
      return r.ok ? null : rateLimitedResponse(c, r.retryAfterSeconds, what);
    },
    verified: (c, code) => limits.verified(code, address(c)),
  };
}

/** The 429 detail of a dossier code guessed too often from one address. */
export const DOSSIER_CODE_LOCKED = 'Mã xác minh của hồ sơ này đã bị nhập sai nhiều lần từ địa chỉ mạng của bạn.';
