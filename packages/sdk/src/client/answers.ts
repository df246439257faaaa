// Which operations the client can call and check. Each public operation (its path, method and
// answer schema) is a module of its own (answers/<operationId>.ts, generated); the client sends a
// request and checks its answer with the one registered for the operation. The full entries (@motcua/sdk, @motcua/sdk/client) register every
// operation's; a widget built on @motcua/sdk/core registers those of the operations it calls, so
// a page with one widget does not download the schemas of the others (see README, "Validation").
import type { PublicOperationId } from './contract.generated.js';
import type { Defs, Schema } from './validate.js';

/**
 * One operation: its entry of the operations table (path; method, status, idempotency and
 * cacheability where they are not the defaults GET, 200, no, no) and its 2xx answer, with the
 * named types (`@Name`) the answer refers to.
 */
export interface Answer {
  op: PublicOperationId;
  path: string;
  method?: string;
  status?: number;
  idempotent?: boolean;
  key?: boolean;
  cache?: boolean;
  schema: Schema;
  defs: Defs;
}

const known = new Map<string, Answer>();

/** Registers the answers of operations this code calls (once is enough; again does nothing). */
export function useAnswers(...answers: Answer[]): void {
  for (const answer of answers) known.set(answer.op, answer);
}

/** The registered answer of `operationId`, or undefined. */
export const answerOf = (operationId: string): Answer | undefined => known.get(operationId);

/** The registered operation, or a TypeError naming it and what to import: a bug of the calling code. */
export function operationOf(operationId: string): Answer {
  const op = known.get(operationId);
  if (!op) throw new TypeError(`${operationId}: not registered; register it (useAnswers from '@motcua/sdk/core', the operation from '@motcua/sdk/answers/${operationId}') or import '@motcua/sdk/client'`);
  return op;
}
