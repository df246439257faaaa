// The outbox: surveys, evaluations and feedback survive an outage. Each submission is written to the
// device first (IndexedDB, else localStorage) with its Idempotency-Key, then sent; when the
// network, a timeout, a 5xx or a 429 gets in the way it stays there and is sent again on
// `online`, on the next page load, when the page becomes visible, and on a backoff timer.
// An item is removed only after a 2xx (sent) or a definitive 4xx problem (failed). Web Locks
// (or a lease in the store) keep two tabs from sending one item at once; should both still
// send, the server's Idempotency-Key dedupe stores it once.
import { provideOutbox, type Client } from '../client/client.js';
import { useAnswers } from '../client/answers.js';
import { submitEvaluation } from '../client/answers/submitEvaluation.js';
import { submitFeedback } from '../client/answers/submitFeedback.js';
import { submitSurvey } from '../client/answers/submitSurvey.js';
import { ContractError, McApiError } from '../client/errors.js';
import { randomKey } from './key.js';
import { type OutboxItem, type OutboxKind, type OutboxStore, openStore } from './store.js';
import type { BodyOf, ClientOutbox, OutboxEventDetail, OutboxEventType, OutboxOptions, ResponseOf, SubmitResult } from './types.js';
import type { EvaluationRequestInput, FeedbackCreateRequestInput, SurveyRequestInput } from '@motcua/contracts';

export type { OutboxItem, OutboxKind, OutboxStore } from './store.js';

export type { BodyOf, ClientOutbox, OutboxEventDetail, OutboxEventType, OutboxOptions, ResponseOf, SubmitResult } from './types.js';

type Outcome = { status: 'sent'; response: unknown } | { status: 'failed'; error: unknown } | { status: 'queued'; error: unknown } | { status: 'busy' | 'gone' };

const TAB = randomKey();

export class Outbox extends EventTarget implements ClientOutbox {
  readonly ready: Promise<OutboxStore>;
  private readonly client: Client;
  private readonly options: OutboxOptions;
  private readonly sending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | undefined;
  private disposed = false;
  private readonly onOnline = () => void this.flush(true);
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  constructor(client: Client, options: OutboxOptions = {}) {
    super();
    this.client = client;
    this.options = options;
    this.ready = openStore(options.storage ?? 'auto', options.name ?? 'motcua-outbox');
    if (options.autoFlush !== false && typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      document.addEventListener('visibilitychange', this.onVisible);
      // Whatever a previous page load could not send.
      void this.ready.then(() => this.flush());
    }
  }

  /**
   * Stores the submission on the device, then tries to send it. Resolves `{ status: 'sent' }`
   * with the server's answer, or `{ status: 'queued' }` when it will be sent later; rejects with
   * the ProblemError when the server refused it for good (validation, already evaluated…).
   */
  async submit<K extends OutboxKind>(kind: K, body: BodyOf[K]): Promise<SubmitResult<K>> {
    const store = await this.ready;
    const now = Date.now();
    const item: OutboxItem = { id: randomKey(), kind, baseUrl: this.client.baseUrl, body, createdAt: now, attempts: 0, nextAttemptAt: now };
    await store.put(item);
    const outcome = await this.trySend(item.id);
    if (outcome.status === 'sent') return { status: 'sent', id: item.id, response: outcome.response as ResponseOf[K] };
    if (outcome.status === 'failed') throw outcome.error;
    this.schedule();
    return { status: 'queued', id: item.id };
  }

  /** Items of this API still waiting on the device. */
  async pending(): Promise<OutboxItem[]> {
    const store = await this.ready;
    return (await store.all()).filter((i) => i.baseUrl === this.client.baseUrl).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Sends the waiting items that are due (all of them with `force`). */
  flush(force = false): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      try {
        const now = Date.now();
        for (const item of await this.pending()) {
          if (this.disposed) return;
          if (force || item.nextAttemptAt <= now) await this.trySend(item.id);
        }
      } finally {
        this.flushing = undefined;
        this.schedule();
      }
    })();
    return this.flushing;
  }

  /** Listen to `sent`, `failed` or `queued`; returns a function that stops listening. */
  on(type: OutboxEventType, listener: (detail: OutboxEventDetail) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<OutboxEventDetail>).detail);
    this.addEventListener(type, handler);
    return () => this.removeEventListener(type, handler);
  }

  /** One item's outcome, once (ClientOutbox.follow). */
  follow(id: string, on: { sent?: (response: unknown) => void; failed?: (error: unknown) => void }): () => void {
    const once = (type: 'sent' | 'failed', call: (detail: OutboxEventDetail) => void) =>
      this.on(type, (detail) => {
        if (detail.id !== id) return;
        stop();
        call(detail);
      });
    const offs = [once('sent', (d) => on.sent?.(d.response)), once('failed', (d) => on.failed?.(d.error))];
    const stop = () => offs.forEach((off) => off());
    return stop;
  }

  /** Stops timers and listeners (tests, single-page apps tearing down). Items stay stored. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      document.removeEventListener('visibilitychange', this.onVisible);
    }
  }

  private async trySend(id: string): Promise<Outcome> {
    if (this.sending.has(id)) return { status: 'busy' };
    this.sending.add(id);
    try {
      return await this.withLock(id, () => this.sendLocked(id));
    } finally {
      this.sending.delete(id);
    }
  }

  private async sendLocked(id: string): Promise<Outcome> {
    const store = await this.ready;
    // Another tab may have sent it while we waited.
    const item = await store.get(id);
    if (!item) return { status: 'gone' };
    let outcome: Outcome;
    try {
      const options = { idempotencyKey: item.id, retries: 0, ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}) };
      const response =
        item.kind === 'survey'
          ? await this.client.submitSurvey(item.body as SurveyRequestInput, options)
          : item.kind === 'feedback'
            ? await this.client.submitFeedback(item.body as FeedbackCreateRequestInput, options)
            : await this.client.submitEvaluation(item.body as EvaluationRequestInput, options);
      outcome = { status: 'sent', response };
    } catch (error) {
      if (error instanceof ContractError && error.status >= 200 && error.status < 300) {
        outcome = { status: 'sent', response: undefined }; // stored by the server, answer off-contract
      } else if (error instanceof McApiError && !error.transient) {
        outcome = { status: 'failed', error };
      } else {
        outcome = { status: 'queued', error };
      }
    }
    if (outcome.status === 'queued') {
      item.attempts += 1;
      const base = Math.min(this.options.maxRetryMs ?? 600_000, (this.options.retryBaseMs ?? 5000) * 2 ** (item.attempts - 1));
      item.nextAttemptAt = Date.now() + base * (0.5 + Math.random() / 2);
      item.lastError = String((outcome.error as Error)?.message ?? outcome.error);
      delete item.lease;
      await store.put(item);
    } else {
      await store.delete(id);
    }
    const detail: OutboxEventDetail = { id, kind: item.kind };
    if (outcome.status === 'sent') detail.response = outcome.response;
    if (outcome.status === 'failed' || outcome.status === 'queued') detail.error = outcome.error;
    this.dispatchEvent(new CustomEvent(outcome.status, { detail }));
    return outcome;
  }

  /** Runs `task` holding a cross-tab lock on the item; `busy` when another tab holds it. */
  private async withLock(id: string, task: () => Promise<Outcome>): Promise<Outcome> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (locks) {
      return locks.request(`motcua-outbox:${id}`, { ifAvailable: true }, (lock) => (lock ? task() : { status: 'busy' as const }));
    }
    // Fallback: a lease written into the item (1 minute), confirmed by reading it back.
    const store = await this.ready;
    const item = await store.get(id);
    if (!item) return { status: 'gone' };
    const now = Date.now();
    if (item.lease && item.lease.owner !== TAB && item.lease.until > now) return { status: 'busy' };
    item.lease = { owner: TAB, until: now + 60_000 };
    await store.put(item);
    if ((await store.get(id))?.lease?.owner !== TAB) return { status: 'busy' };
    return task();
  }

  private schedule(): void {
    if (this.disposed || this.options.autoFlush === false) return;
    clearTimeout(this.timer);
    void this.pending().then((items) => {
      if (!items.length || this.disposed) return;
      const next = Math.min(...items.map((i) => i.nextAttemptAt));
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), Math.max(250, next - Date.now()));
    });
  }
}

// `client.outbox` works wherever this module is loaded (it is a side effect: see package.json).
provideOutbox((client, options) => new Outbox(client, options));
// The outbox sends these three: their answers are checked wherever it is loaded (answers.ts).
useAnswers(submitSurvey, submitEvaluation, submitFeedback);
