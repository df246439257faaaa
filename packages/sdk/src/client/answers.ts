// Which answers the client can check. Each public operation's answer schema is a module of its
// own (answers/<operationId>.ts, generated); the client checks an answer against the schema
// registered for its operation. The full entries (@motcua/sdk, @motcua/sdk/client) register every
// operation's; a widget built on @motcua/sdk/core registers those of the operations it calls, so
// a page with one widget does not download the schemas of the others (see README, "Validation").
import type { PublicOperationId } from './contract.generated.js';
import type { Defs, Schema } from './validate.js';

/** The 2xx answer of one operation, with the named types (`@Name`) it refers to. */
export interface Answer {
  op: PublicOperationId;
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
