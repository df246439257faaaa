// The search state of <mc-procedure-lookup>, as a Lit reactive controller: the query, the filters
// and the page, the results and their loading/failure state, the wait while the citizen types, the
// request a newer search aborts, and — with `sync-url` — the search and the open procedure in the
// page's URL (Back/Forward included). The widget renders from it and keeps the rest (the detail,
// focus, the scope of the search); what the controller needs of the widget comes through
// SearchStateOptions, so it knows nothing of the widget's class.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProcedureSearchResult } from '@motcua/contracts';
import { toFailure, type Failure } from '../shared/states.js';
import { onUrlStateChange, readUrlState, writeUrlState } from '../shared/url.js';

export type OnlineFilter = '' | 'any' | 'full';

/** What a search asks for; the widget adds its scope, language and page size. */
export interface SearchQuery {
  q: string;
  field: string;
  online: OnlineFilter;
  page: number;
}

export interface SearchStateOptions {
  /** Keep `?q=` and `?thu-tuc=` in the page URL (the widget's `sync-url`). */
  syncUrl(): boolean;
  /** Sends the search; undefined when the widget has no usable API (nothing is searched). */
  request(query: SearchQuery, signal: AbortSignal): Promise<ProcedureSearchResult> | undefined;
  /** Runs before results are shown (e.g. loading the element they need); may reject (then: the error state). */
  prepare(results: ProcedureSearchResult): Promise<unknown> | void;
  /** Results are on screen. */
  shown(): void;
  /** A search failed. */
  failed(failure: Failure): void;
  /** Back/Forward changed the open procedure (`before`: the one open until now, or ''). */
  procedureChanged(before: string): void;
}

/** Query-string names used with `sync-url`. */
export const URL_PARAMS = { query: 'q', procedure: 'thu-tuc' } as const;

const DEBOUNCE_MS = 250;
const PROCEDURE_CODE_RE = /^\d+\.\d{6}(\.[0-9A-Za-z]+)*$/;

export class SearchStateController implements ReactiveController {
  query = '';
  field = '';
  online: OnlineFilter = '';
  page = 1;
  /** The open procedure's code ('' on the results); in the URL with `sync-url`. */
  openCode = '';
  results?: ProcedureSearchResult;
  /** The query the shown results answer (for the count message). */
  resultsQuery = '';
  status: 'loading' | 'ready' | 'failure' = 'loading';
  /** A search is under way (the shown results are being replaced). */
  searching = false;
  failure?: Failure;

  private abort?: AbortController;
  private debounce?: ReturnType<typeof setTimeout>;
  private stopUrl?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.syncUrl()) {
      this.readUrl();
      this.listen();
    }
  }

  hostDisconnected(): void {
    this.stopUrl?.();
    this.stopUrl = undefined;
    clearTimeout(this.debounce);
    this.abort?.abort();
  }

  /** `sync-url` was turned on or off while connected. */
  listen(): void {
    this.stopUrl?.();
    this.stopUrl = this.options.syncUrl() ? onUrlStateChange(() => this.onPopState()) : undefined;
  }

  /** Runs the search for the current query, filters and page; a newer search aborts an older one. */
  async search(): Promise<void> {
    clearTimeout(this.debounce);
    this.abort?.abort();
    const controller = (this.abort = new AbortController());
    const q = this.query.trim().slice(0, 200);
    let request: Promise<ProcedureSearchResult> | undefined;
    try {
      request = this.options.request({ q, field: this.field, online: this.online, page: this.page }, controller.signal);
    } catch (error) {
      request = Promise.reject(error);
    }
    if (!request) return;
    if (!this.results || this.status === 'failure') this.status = 'loading';
    this.searching = true;
    this.host.requestUpdate();
    try {
      const results = await request;
      if (controller.signal.aborted) return;
      // A page past the end (the catalog shrank, or a stale bookmarked page): show the last one.
      if (!results.items.length && results.total > 0 && this.page > 1) {
        this.page = Math.max(1, Math.ceil(results.total / results.limit));
        void this.search();
        return;
      }
      await this.options.prepare(results);
      if (controller.signal.aborted) return;
      this.results = results;
      this.resultsQuery = q;
      this.status = 'ready';
      this.failure = undefined;
      this.searching = false;
      this.host.requestUpdate();
      this.options.shown();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.searching = false;
      this.failure = toFailure(error);
      this.status = 'failure';
      this.host.requestUpdate();
      this.options.failed(this.failure);
    }
  }

  /** The citizen typed: search once they pause (the answer to the previous text is no longer wanted). */
  type(query: string): void {
    this.query = query;
    this.page = 1;
    this.abort?.abort();
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.searchNow(), DEBOUNCE_MS);
    this.host.requestUpdate();
  }

  /** Searches now and records the query in the URL (submit, a suggestion, clearing). */
  searchNow(): void {
    void this.search();
    this.writeUrl(false);
  }

  /** New filters or page (unset ones unchanged); the page goes back to 1 unless given. */
  refine(change: { query?: string; field?: string; online?: OnlineFilter; page?: number }): void {
    this.query = change.query ?? this.query;
    this.field = change.field ?? this.field;
    this.online = change.online ?? this.online;
    this.page = change.page ?? 1;
    this.host.requestUpdate();
  }

  /** Opens (a code) or closes ('') a procedure, as a new history entry with `sync-url`. */
  setOpen(code: string): void {
    this.openCode = code;
    this.writeUrl(true);
    this.host.requestUpdate();
  }

  private readUrl(): void {
    const s = readUrlState([URL_PARAMS.query, URL_PARAMS.procedure]);
    this.query = s[URL_PARAMS.query]!.slice(0, 200);
    const code = s[URL_PARAMS.procedure]!;
    this.openCode = PROCEDURE_CODE_RE.test(code) ? code : '';
    this.host.requestUpdate();
  }

  private onPopState(): void {
    const before = { query: this.query, code: this.openCode };
    this.readUrl();
    if (this.query !== before.query) {
      this.page = 1;
      void this.search();
    }
    if (this.openCode !== before.code) this.options.procedureChanged(before.code);
  }

  private writeUrl(push: boolean): void {
    if (!this.options.syncUrl()) return;
    writeUrlState({ [URL_PARAMS.query]: this.query.trim(), [URL_PARAMS.procedure]: this.openCode }, push);
  }
}
