// The typed client of the Một Cửa API. One method per public operation of the contracts' route
// table; answers validated against the contract; timeouts, retries with jittered backoff that
// honour Retry-After, typed errors, the shared catalog cache and in-flight dedupe.
import type {
  DossierLookupRequestInput,
  DossierView,
  EvaluationCriteriaList,
  EvaluationRequestInput,
  EvaluationResponse,
  FeedbackCreateRequestInput,
  FeedbackLookupRequestInput,
  FeedbackReceipt,
  FeedbackResolutionRequestInput,
  FeedbackView,
  FieldList,
  FieldListQuery,
  Problem,
  ProcedureDetailResponse,
  ProcedureSearchQueryInput,
  ProcedureSearchResult,
  ProvinceList,
  PublicFeedbackList,
  SurveyRequestInput,
  SurveyResponse,
  UnitDetail,
  UnitList,
  UnitListQueryInput,
  UnitStats,
} from '@motcua/contracts';
import { type CacheOptions, CatalogCache, sharedCache } from './cache.js';
import { type Answer as Operation, operationOf } from './answers.js';
import type { PublicOperationId } from './contract.generated.js';
import {
  ContractError,
  isOffline,
  McApiError,
  NetworkError,
  parseRetryAfter,
  ProblemError,
  RateLimitedError,
  TimeoutError,
} from './errors.js';
import { validate } from './validate.js';
// Types only: the outbox (IndexedDB store, retry timer) is its own module, which registers itself
// with provideOutbox() when imported, so a bundle whose widgets never submit does not carry it.
// `@motcua/sdk` imports it (client.outbox always works there); `@motcua/sdk/client` does not.
import type { ClientOutbox as Outbox, OutboxOptions } from '../outbox/types.js';
import { randomKey } from '../outbox/key.js';

let outboxFactory: ((client: Client, options: OutboxOptions) => Outbox) | undefined;

/** @internal Called by the outbox module when it is loaded. */
export function provideOutbox(factory: (client: Client, options: OutboxOptions) => Outbox): void {
  outboxFactory = factory;
}

export interface ClientOptions {
  /** API origin (and optional path prefix), e.g. "https://api.dichvucong.tayninh.gov.vn". */
  baseUrl: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /** Per attempt (default 10 000 ms). */
  timeoutMs?: number;
  /** Retries after the first attempt for GETs and keyed writes (default 3). */
  retries?: number;
  /** First backoff step in ms (default 300): delays are ~base·2ⁿ with jitter, at most 8 s. */
  retryBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the error is thrown (default 10 s). */
  maxRetryAfterSeconds?: number;
  /** The catalog cache: default the page-wide cache of this baseUrl; false = none. */
  cache?: false | CatalogCache | CacheOptions;
  /** Options of `client.outbox` (storage, retry timing); false = no outbox. */
  outbox?: false | OutboxOptions;
  /** Sent as Accept-Language ("vi", "en"). */
  lang?: string;
  /** Validate answers against the contract (default true). */
  validate?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
  /**
   * Catalog reads only. "default": fresh answers from the cache, stale ones at once while
   * revalidating; "no-cache": always ask the server (conditional when an ETag is known);
   * "reload": ignore the cache for this call (the answer still fills it).
   */
  cache?: 'default' | 'no-cache' | 'reload';
}

export interface WriteOptions extends RequestOptions {
  /** Idempotency-Key: retries and replays with the same key store nothing twice. Generated when absent. */
  idempotencyKey?: string;
}

export interface OperationRequest extends WriteOptions {
  params?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

export type FieldListQueryInput = Partial<FieldListQuery>;

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_BACKOFF_MS = 8000;

interface Answer {
  status: number;
  value?: unknown;
  etag?: string;
}

export class Client {
  readonly baseUrl: string;
  readonly cache: CatalogCache | undefined;
  readonly lang: string | undefined;
  private readonly options: ClientOptions;
  private readonly fetchImpl: typeof fetch;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private outboxInstance: Outbox | undefined;

  constructor(options: ClientOptions) {
    if (!/^https?:\/\//i.test(options.baseUrl ?? '')) throw new TypeError(`createClient: baseUrl must be an http(s) URL, got "${options.baseUrl}"`);
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.lang = options.lang;
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    const cache = options.cache;
    this.cache = cache === false ? undefined : cache instanceof CatalogCache ? cache : sharedCache(this.baseUrl, cache);
  }

  /** The outbox of this API (created on first use): see README, "Outbox". */
  get outbox(): Outbox {
    if (this.options.outbox === false) throw new Error('This client was created with outbox: false');
    if (!outboxFactory) throw new Error("client.outbox: the outbox module is not loaded; import '@motcua/sdk' or '@motcua/sdk/outbox'");
    return (this.outboxInstance ??= outboxFactory(this, this.options.outbox || {}));
  }

  // ---------------------------------------------------------------------------------------------
  // One method per operation
  // ---------------------------------------------------------------------------------------------

  listUnits(query: UnitListQueryInput = {}, options?: RequestOptions): Promise<UnitList> {
    return this.request('listUnits', { ...options, query }) as Promise<UnitList>;
  }
  getUnit(code: string, options?: RequestOptions): Promise<UnitDetail> {
    return this.request('getUnit', { ...options, params: { code } }) as Promise<UnitDetail>;
  }
  listProvinces(options?: RequestOptions): Promise<ProvinceList> {
    return this.request('listProvinces', { ...options }) as Promise<ProvinceList>;
  }
  listFields(query: FieldListQueryInput = {}, options?: RequestOptions): Promise<FieldList> {
    return this.request('listFields', { ...options, query }) as Promise<FieldList>;
  }
  searchProcedures(query: ProcedureSearchQueryInput = {}, options?: RequestOptions): Promise<ProcedureSearchResult> {
    return this.request('searchProcedures', { ...options, query }) as Promise<ProcedureSearchResult>;
  }
  getProcedure(code: string, options: RequestOptions & { unit?: string } = {}): Promise<ProcedureDetailResponse> {
    const { unit, ...rest } = options;
    return this.request('getProcedure', { ...rest, params: { code }, query: { unit } }) as Promise<ProcedureDetailResponse>;
  }
  getUnitStats(code: string, options?: RequestOptions): Promise<UnitStats> {
    return this.request('getUnitStats', { ...options, params: { code } }) as Promise<UnitStats>;
  }
  getEvaluationCriteria(options?: RequestOptions): Promise<EvaluationCriteriaList> {
    return this.request('getEvaluationCriteria', { ...options }) as Promise<EvaluationCriteriaList>;
  }
  /** POST keeps the verifier out of URLs and logs. A wrong code and a wrong verifier are the same 404. */
  lookupDossier(body: DossierLookupRequestInput, options?: RequestOptions): Promise<DossierView> {
    return this.request('lookupDossier', { ...options, body }) as Promise<DossierView>;
  }
  submitEvaluation(body: EvaluationRequestInput, options?: WriteOptions): Promise<EvaluationResponse> {
    return this.request('submitEvaluation', { ...options, body }) as Promise<EvaluationResponse>;
  }
  submitSurvey(body: SurveyRequestInput, options?: WriteOptions): Promise<SurveyResponse> {
    return this.request('submitSurvey', { ...options, body }) as Promise<SurveyResponse>;
  }
  /** Sends a phản ánh, kiến nghị; prefer `client.outbox.submit('feedback', body)` so an offline send is kept and sent once. */
  submitFeedback(body: FeedbackCreateRequestInput, options?: WriteOptions): Promise<FeedbackReceipt> {
    return this.request('submitFeedback', { ...options, body }) as Promise<FeedbackReceipt>;
  }
  /** Code + last 4 digits of the phone given; a wrong code and a wrong verifier are the same 404. */
  lookupFeedback(body: FeedbackLookupRequestInput, options?: RequestOptions): Promise<FeedbackView> {
    return this.request('lookupFeedback', { ...options, body }) as Promise<FeedbackView>;
  }
  resolveFeedback(body: FeedbackResolutionRequestInput, options?: WriteOptions): Promise<FeedbackView> {
    return this.request('resolveFeedback', { ...options, body }) as Promise<FeedbackView>;
  }
  listUnitFeedback(code: string, query: { q?: string; page?: number; limit?: number } = {}, options?: RequestOptions): Promise<PublicFeedbackList> {
    return this.request('listUnitFeedback', { ...options, params: { code }, query }) as Promise<PublicFeedbackList>;
  }

  // ---------------------------------------------------------------------------------------------
  // The generic request
  // ---------------------------------------------------------------------------------------------

  /** Builds the URL of an operation (path parameters filled, query without empty values). */
  url(operationId: PublicOperationId, params: Record<string, string | number> = {}, query: object = {}): string {
    const path = operationOf(operationId).path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined || value === '') throw new TypeError(`${operationId}: missing path parameter "${name}"`);
      return encodeURIComponent(String(value));
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      search.set(key, String(value));
    }
    const qs = search.toString();
    return this.baseUrl + path + (qs ? `?${qs}` : '');
  }

  request(operationId: PublicOperationId, req: OperationRequest = {}): Promise<unknown> {
    let op: Operation;
    try {
      op = operationOf(operationId);
    } catch (error) {
      return Promise.reject(error);
    }
    const url = this.url(operationId, req.params, req.query);
    // The table leaves out the defaults (GET, 200): a method means a write.
    if (op.method) return this.write(operationId, url, req);
    const key = `${url}|${this.lang ?? ''}`;
    const cache = op.cache ? this.cache : undefined;
    const mode = req.cache ?? 'default';
    const entry = cache && mode !== 'reload' ? cache.get(key) : undefined;
    if (cache && entry && mode === 'default') {
      const freshness = cache.freshness(entry);
      if (freshness === 'fresh') return Promise.resolve(entry.value);
      if (freshness === 'stale') {
        // Stale-while-revalidate: answer now, refresh for the next reader.
        this.shared(key, cache, () => this.revalidate(operationId, url, key, cache, req, mode)).catch(() => {});
        return Promise.resolve(entry.value);
      }
    }
    const pending = this.shared(key, cache, () => this.revalidate(operationId, url, key, cache, req, mode));
    return raceAbort(pending, req.signal).catch((error: unknown) => {
      // Stale-if-error: an old catalog answer beats an error screen on a flaky connection.
      if (entry && error instanceof McApiError && error.transient) return entry.value;
      throw error;
    });
  }

  /** Runs `task` once for concurrent callers of the same key (across clients of one cache). */
  private shared(key: string, cache: CatalogCache | undefined, task: () => Promise<unknown>): Promise<unknown> {
    const map = cache?.inflight ?? this.inflight;
    let pending = map.get(key);
    if (!pending) {
      pending = task().finally(() => map.delete(key));
      map.set(key, pending);
    }
    return pending;
  }

  private async revalidate(
    operationId: PublicOperationId,
    url: string,
    key: string,
    cache: CatalogCache | undefined,
    req: RequestOptions,
    mode: RequestOptions['cache'],
  ): Promise<unknown> {
    const entry = cache && mode !== 'reload' ? cache.get(key) : undefined;
    const headers: Record<string, string> = {};
    if (entry?.etag) headers['If-None-Match'] = entry.etag;
    const init: RequestInit = { method: 'GET', headers };
    // "no-cache"/"reload" must reach the server, past the browser's HTTP cache as well.
    if (mode && mode !== 'default') init.cache = mode;
    // The shared request is not tied to one caller's signal: others may be waiting for it.
    const answer = await this.send(operationId, url, init, { ...req, signal: undefined }, true);
    if (answer.status === 304) {
      if (!entry) throw new ContractError(operationId, 304, '(status)', 'a 304 answer to an unconditional request');
      entry.storedAt = Date.now();
      cache!.set(key, entry);
      return entry.value;
    }
    if (cache) cache.set(key, { value: answer.value, storedAt: Date.now(), ...(answer.etag ? { etag: answer.etag } : {}) });
    return answer.value;
  }

  private async write(operationId: PublicOperationId, url: string, req: OperationRequest): Promise<unknown> {
    const op = operationOf(operationId);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (op.key) headers['Idempotency-Key'] = req.idempotencyKey ?? randomKey();
    // Writes are retried only when a replay is harmless: an idempotent operation, with its key.
    const retryable = !!op.idempotent;
    const answer = await this.send(operationId, url, { method: op.method, headers, body: JSON.stringify(req.body ?? {}) }, req, retryable);
    return answer.value;
  }

  /** One logical request: attempts with timeout, retries with backoff, error mapping, validation. */
  private async send(operationId: PublicOperationId, url: string, init: RequestInit, req: RequestOptions, retryable: boolean): Promise<Answer> {
    const retries = retryable ? (req.retries ?? this.options.retries ?? 3) : 0;
    const timeoutMs = req.timeoutMs ?? this.options.timeoutMs ?? 10_000;
    const headers = new Headers(init.headers);
    if (this.lang) headers.set('Accept-Language', this.lang);
    for (let attempt = 0; ; attempt++) {
      let error: McApiError;
      let retryAfter: number | undefined;
      try {
        return await this.attempt(operationId, url, { ...init, headers }, req.signal, timeoutMs);
      } catch (e) {
        if (!(e instanceof McApiError)) throw e; // the caller's abort
        error = e;
        if (e instanceof ProblemError) retryAfter = e.retryAfterSeconds;
      }
      const transient =
        (error instanceof NetworkError && !error.offline) || error instanceof TimeoutError || (error instanceof ProblemError && RETRY_STATUSES.has(error.status));
      if (!transient || attempt >= retries) throw error;
      if (retryAfter !== undefined && retryAfter > (this.options.maxRetryAfterSeconds ?? 10)) throw error;
      const backoff = Math.min(MAX_BACKOFF_MS, (this.options.retryBaseMs ?? 300) * 2 ** attempt) * (0.5 + Math.random() / 2);
      await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoff, req.signal);
    }
  }

  private async attempt(operationId: PublicOperationId, url: string, init: RequestInit, signal: AbortSignal | undefined, timeoutMs: number): Promise<Answer> {
    if (signal?.aborted) throw signal.reason;
    if (isOffline()) throw new NetworkError(operationId, { offline: true });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, { ...init, signal: controller.signal, credentials: 'omit' });
      text = await response.text();
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new TimeoutError(operationId, timeoutMs);
      throw new NetworkError(operationId, { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const status = response.status;
    if (status === 304) return { status };
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
      if (response.ok) throw new ContractError(operationId, status, '(root)', 'the body is not JSON');
    }
    if (response.ok) {
      const op = operationOf(operationId);
      const expected = op.status ?? 200;
      if (status !== expected && status !== 200) {
        throw new ContractError(operationId, status, '(status)', `expected HTTP ${expected}`);
      }
      if (this.options.validate !== false) {
        // The operation is registered by the entry (all of them) or by the widget that calls it
        // (answers.ts), with its answer's schema.
        const mismatch = validate(op.schema, body, op.defs);
        if (mismatch) throw new ContractError(operationId, status, mismatch.path, mismatch.message);
      }
      const etag = response.headers.get('ETag');
      return { status, value: body, ...(etag ? { etag } : {}) };
    }
    const problem = toProblem(body, response);
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    if (status === 429) throw new RateLimitedError(operationId, problem, retryAfter ?? 30);
    throw new ProblemError(operationId, problem, retryAfter);
  }
}

/** A problem document from an error answer, or a stand-in when the body is not one (a proxy's page). */
function toProblem(body: unknown, response: Response): Problem {
  const b = body as Partial<Problem> | undefined;
  const problem: Problem = {
    type: typeof b?.type === 'string' ? b.type : 'about:blank',
    title: typeof b?.title === 'string' ? b.title : response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  if (typeof b?.detail === 'string') problem.detail = b.detail;
  if (typeof b?.instance === 'string') problem.instance = b.instance;
  if (Array.isArray(b?.errors)) problem.errors = b.errors.filter((e) => e && typeof e.field === 'string' && typeof e.message === 'string');
  return problem;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Rejects with the signal's reason when it aborts first; the shared promise itself goes on. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A new client. Most code wants `getClient(baseUrl)`: one client and cache per API on the page. */
export function createClient(options: ClientOptions): Client {
  return new Client(options);
}

const clients = new Map<string, Client>();

/**
 * The page-wide client for an API base URL: every widget configured with the same `api` shares
 * it, its catalog cache, its in-flight requests and its outbox.
 */
export function getClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): Client {
  const key = baseUrl.replace(/\/+$/, '');
  let client = clients.get(key);
  if (!client) {
    client = new Client({ ...options, baseUrl: key });
    clients.set(key, client);
  }
  return client;
}
