// The outbox's public types, apart from its code: the client (client.ts) names them for
// `client.outbox` without importing the outbox module, which imports the client (no import loop).
import type { EvaluationRequestInput, EvaluationResponse, FeedbackCreateRequestInput, FeedbackReceipt, SurveyRequestInput, SurveyResponse } from '@motcua/contracts';
import type { OutboxItem, OutboxKind, OutboxStore, StoreChoice } from './store.js';

export interface OutboxOptions {
  /** Where items live (default "auto": IndexedDB, else localStorage, else memory). */
  storage?: StoreChoice;
  /** IndexedDB database / localStorage key (default "motcua-outbox"). */
  name?: string;
  /** First retry delay (default 5 s), doubled per attempt with jitter, at most `maxRetryMs`. */
  retryBaseMs?: number;
  /** Longest wait between attempts (default 10 minutes). */
  maxRetryMs?: number;
  /** Timeout of one send (default: the client's). */
  timeoutMs?: number;
  /** Send pending items on start, `online` and `visibilitychange` (default true). */
  autoFlush?: boolean;
}

export interface BodyOf {
  survey: SurveyRequestInput;
  evaluation: EvaluationRequestInput;
  feedback: FeedbackCreateRequestInput;
}
export interface ResponseOf {
  survey: SurveyResponse;
  evaluation: EvaluationResponse;
  feedback: FeedbackReceipt;
}

export type SubmitResult<K extends OutboxKind> = { status: 'sent'; id: string; response: ResponseOf[K] | undefined } | { status: 'queued'; id: string };

export interface OutboxEventDetail {
  /** The item's id (= its Idempotency-Key). */
  id: string;
  kind: OutboxKind;
  /** `sent`: the server's answer. */
  response?: unknown;
  /** `failed` (definitive, the item is dropped) and `queued` (will be retried): why. */
  error?: unknown;
}
export type OutboxEventType = 'sent' | 'failed' | 'queued';

/** What `client.outbox` offers (the Outbox class of outbox.ts). */
export interface ClientOutbox {
  /** The storage, once opened. */
  readonly ready: Promise<OutboxStore>;
  /** Sends now when possible; otherwise keeps the item and sends it once later (same Idempotency-Key). */
  submit<K extends OutboxKind>(kind: K, body: BodyOf[K]): Promise<SubmitResult<K>>;
  /** The items waiting to be sent. */
  pending(): Promise<OutboxItem[]>;
  /** Tries to send what is waiting (`force`: even items whose retry time has not come). */
  flush(force?: boolean): Promise<void>;
  /** Listens to `sent`, `failed` and `queued`; returns the function that stops listening. */
  on(type: OutboxEventType, listener: (detail: OutboxEventDetail) => void): () => void;
  /**
   * Follows one item (a `queued` submit's id): `sent` with the server's answer or `failed` with
   * why it was refused, once, then stops listening; returns the function that stops listening.
   */
  follow(id: string, on: { sent?: (response: unknown) => void; failed?: (error: unknown) => void }): () => void;
  /** Stops the retry timer and the listeners. */
  dispose(): void;
}
