import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hostStyles } from '@motcua/ui';
import type { Field, ProcedureDetailResponse, ProcedureSummary, UnitDetail } from '@motcua/contracts';
import { McWidget, englishMessages, lazyModule } from '../shared/widget.js';
import { toFailure, type Failure } from '../shared/states.js';
import { renderConfigError, renderFailure } from '../shared/state-views.js';
import { heading } from '../shared/heading.js';
import { fillTemplate } from '../shared/url.js';
import { SearchStateController, type OnlineFilter } from './search-state.controller.js';
import { DEFAULT_HOTLINE, telHref } from '../shared/contact.js';
import { lookupMessages } from './messages.js';
import { textStyles } from '../shared/text-styles.js';
import { lookupStyles } from './procedure-lookup.styles.js';
import { useAnswers } from '@motcua/sdk/core';
import { searchProcedures } from '@motcua/sdk/answers/searchProcedures';
import { getProcedure } from '@motcua/sdk/answers/getProcedure';
import { listFields } from '@motcua/sdk/answers/listFields';
import { getUnit } from '@motcua/sdk/answers/getUnit';

// The answers of the operations this widget calls, checked against the contract (only these
// schemas come with the widget: @motcua/sdk README, "Validation").
useAnswers(searchProcedures, getProcedure, listFields, getUnit);

type DetailView = typeof import('./detail.view.js');
/** The detail view (a lazy chunk with its styles, strings and <mc-link-button>), imported once per page. */
const loadDetailView = lazyModule(() => import('./detail.view.js'), () => McProcedureLookup);
/** <mc-empty-state>, needed only when nothing matches a search (most searches find something). */
const loadEmptyState = lazyModule(() => import('@motcua/ui/empty-state/define'));
/**
 * <mc-pagination>, needed only when a search has more than one page: imported when the results
 * say so, and shown as it arrives (until then the tag holds its place, empty).
 */
const loadPagination = lazyModule(() => import('@motcua/ui/pagination/define'));

export { URL_PARAMS, type OnlineFilter } from './search-state.controller.js';

export interface ProcedureSelectDetail {
  code: string;
  name: string;
  /** The link the result points to when `link-template` is set. */
  href?: string;
}

const PROVINCE_RE = /^\d{2}$/;

/**
 * Find the right administrative procedure: search as you type (with or without diacritics,
 * everyday names and typos are understood by the API), filter by field and online availability,
 * and open a procedure's details — channels with time limits and fees, steps, who may apply,
 * requirements, result, legal basis, where to submit, the button to submit online — with its
 * dossier checklist, all inside the widget. Large catalogs are paged by the server.
 *
 * @summary Search the procedure catalog of a commune or province and read a procedure's details.
 *
 * @attr api - Base URL of the Một Cửa API.
 * @attr unit - 5-digit commune code: only procedures done at this unit; its address and hotline are shown.
 * @attr province - 2-digit province code, when there is no `unit`.
 * @attr theme - A theme id of `@motcua/tokens`.
 * @attr query - Initial search text.
 * @attr field - Initial field filter (a field code such as `ho-tich`).
 * @attr online-only - Start with "available online" selected.
 * @attr link-template - Turns results into links to the host site's pages, e.g. `/thu-tuc/{code}`.
 * @attr sync-url - Keep the search (`?q=`) and the open procedure (`?thu-tuc=`) in the page URL, with history (Back works).
 * @attr page-size - Results per page (1–100, default 10).
 * @attr heading-level - Level of the widget's heading (2–4, default 2).
 *
 * @fires mc-procedure-select - A result was chosen. Detail: `{ code, name, href? }`.
 * @fires mc-checklist-change - From the embedded checklist. Detail: `{ procedure, case, checked, ready, total }`.
 * @fires mc-ready - The first results are on screen. Detail: `{ widget, unit }`.
 * @fires mc-error - A request failed. Detail: `{ widget, code, message }`.
 *
 * @slot - Fallback content (e.g. a link to the province's procedure list), shown until the first results have rendered.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The widget's heading.
 * @csspart search - The search form (`role="search"`).
 * @csspart search-input - The search field (`mc-text-field`).
 * @csspart field-filter - The field filter (`mc-select`).
 * @csspart online-filter - The online filter (`mc-select`).
 * @csspart status - The live result count.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-link - A result's link or button.
 * @csspart result-name-en - A result's unofficial English name, beside the official Vietnamese one (English pages).
 * @csspart result-meta - A result's field, time limit and fee.
 * @csspart badge - A result's online badge.
 * @csspart pagination - The pagination (`mc-pagination`).
 * @csspart empty - The no-results state.
 * @csspart suggestion - A suggested search.
 * @csspart hotline - The hotline line.
 * @csspart loading - The first-load skeleton.
 * @csspart error - The error state.
 * @csspart offline - The offline state.
 * @csspart retry - The retry button of the error and offline states.
 * @csspart not-found - A procedure code that is not in the catalog.
 * @csspart config-error - The message shown when `api` is missing or invalid.
 * @csspart back - The button back to the results.
 * @csspart detail - The procedure detail.
 * @csspart detail-heading - Its heading.
 * @csspart detail-section - A section of the detail.
 * @csspart channels - The channels table.
 * @csspart online - The submit-online block.
 * @csspart online-button - Its link button.
 * @csspart checklist - The embedded `mc-dossier-checklist`.
 * @csspart fallback - The wrapper of the fallback slot.
 *
 * @cssprop --mc-color-brand - Links, focus and the active result.
 * @cssprop --mc-color-border - Result separators.
 */
export class McProcedureLookup extends McWidget {
  static override tagName = 'mc-procedure-lookup';
  static override messages = lookupMessages;
  static override lazyMessages = { en: englishMessages(() => import('./messages.en.js')) };
  static override styles = [hostStyles, textStyles, lookupStyles];

  /**
   * Registers `<mc-dossier-checklist>` when a detail is first opened (set by define.ts, which
   * imports it lazily). Without it the page must define the checklist itself.
   */
  static loadChecklist?: () => Promise<unknown>;

  /** Initial search text (the URL's `?q=` wins with `sync-url`). */
  @property({ attribute: 'query' }) initialQuery = '';

  /** Initial field filter (field code). */
  @property() field = '';

  /** Start with only procedures that can be submitted online. */
  @property({ type: Boolean, attribute: 'online-only' }) onlineOnly = false;

  /** Turns results into links, e.g. `/thu-tuc/{code}`. */
  @property({ attribute: 'link-template' }) linkTemplate = '';

  /** Keep `?q=` and `?thu-tuc=` in the page URL (with history). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Level of the widget's heading (2–4). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The query, filters, page and results, and with `sync-url` the page URL (search-state.controller.ts). */
  private readonly list = new SearchStateController(this, {
    syncUrl: () => this.syncUrl,
    request: (query, signal) =>
      this.client?.searchProcedures(
        {
          // empty values are left out of the URL by the client
          ...query,
          ...this.scope,
          online: query.online || undefined,
          // English pages also search the unofficial English names and get them back (nameEn)
          lang: this.locale,
          limit: this.limit,
        },
        { signal },
      ),
    // Nothing found: the empty state's element is fetched now (once per page; a search that finds
    // nothing is rare). Should it fail to load, the error state offers to try again. More than one
    // page: the pagination is fetched, without holding the results back.
    prepare: (results) => {
      if (results.total > results.limit) loadPagination().catch(() => {});
      return results.items.length ? undefined : loadEmptyState();
    },
    shown: () => {
      if (!this.list.openCode) this.markReady();
    },
    failed: (failure) => this.reportError(failure),
    procedureChanged: (before) => {
      if (this.list.openCode) {
        this.pendingFocus = 'detail';
        void this.loadDetail();
      } else {
        this.detailAbort?.abort();
        this.pendingFocus = before ? `result:${before}` : '';
      }
    },
  });
  @state() private fields: Field[] = [];
  @state() private unitDetail?: UnitDetail;
  @state() private detail?: ProcedureDetailResponse;
  @state() private detailState: 'loading' | 'ready' | 'failure' = 'loading';
  @state() private detailFailure?: Failure;
  /** The detail view module, once loaded (see loadDetailView). */
  private detailView?: DetailView;

  private detailAbort?: AbortController;
  private pendingFocus: '' | 'detail' | 'back' | 'status' | `result:${string}` = '';
  private initialised = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A procedure opened from the URL (read by the search state as it connected) is loading.
    if (this.list.openCode) this.detailState = 'loading';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detailAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const list = this.list;
    if (!this.initialised) {
      this.initialised = true;
      if (!list.query) list.query = this.initialQuery;
      list.field = this.field;
      list.online = this.onlineOnly ? 'any' : '';
    } else {
      if (changed.has('initialQuery')) list.query = this.initialQuery;
      if (changed.has('field')) list.field = this.field;
      if (changed.has('onlineOnly')) list.online = this.onlineOnly ? 'any' : '';
    }
    if (changed.has('syncUrl') && this.isConnected) list.listen();
    if (['api', 'unit', 'province', 'initialQuery', 'field', 'onlineOnly', 'pageSize'].some((k) => changed.has(k))) {
      if (!this.apiValid) return;
      void this.loadScope();
      void this.search();
      if (list.openCode) void this.loadDetail();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    if (!focus) return;
    const find = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const target =
      focus === 'detail'
        ? (find('#detail-heading') ?? find('[part~="back"]'))
        : focus === 'back'
          ? find('[part~="back"]')
          : focus === 'status'
            ? find('#results-heading')
            : find(`[data-code="${CSS.escape(focus.slice(7))}"]`);
    if (target) {
      // Keep waiting for the detail heading while the detail loads (focus sits on "back" meanwhile).
      if (!(focus === 'detail' && target.id !== 'detail-heading')) this.pendingFocus = '';
      target.focus();
    }
  }

  protected override backOnline(): void {
    if (this.list.status === 'failure' && this.list.failure?.kind === 'offline') void this.search();
    if (this.list.openCode && this.detailState === 'failure' && this.detailFailure?.kind === 'offline') void this.loadDetail();
  }

  // ---------------------------------------------------------------------------------------------
  // Data
  // ---------------------------------------------------------------------------------------------

  private get scope(): { unit?: string; province?: string } {
    if (this.unitValid) return { unit: this.unit };
    if (PROVINCE_RE.test(this.province)) return { province: this.province };
    return {};
  }

  private get limit(): number {
    return Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10));
  }

  /** Fields for the filter and the unit's contact (hotline); failures leave the defaults. */
  private async loadScope(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const unit = this.unitValid ? this.unit : undefined;
    client.listFields(unit ? { unit } : {}).then(
      (list) => (this.fields = list.items.filter((f) => f.procedureCount > 0)),
      () => {},
    );
    if (unit) {
      client.getUnit(unit).then(
        (u) => (this.unitDetail = u),
        () => (this.unitDetail = undefined),
      );
    } else this.unitDetail = undefined;
  }

  /** Runs the search for the current query, filters and page; a newer search aborts an older one. */
  search(): Promise<void> {
    return this.list.search();
  }

  private async loadDetail(): Promise<void> {
    this.detailAbort?.abort();
    const client = this.client;
    const code = this.list.openCode;
    if (!client || !code) return;
    const controller = (this.detailAbort = new AbortController());
    // The detail's code and the checklist load while the request is under way (see detail.view.ts).
    const view = loadDetailView();
    view.catch(() => {});
    (this.constructor as typeof McProcedureLookup).loadChecklist?.().catch(() => {});
    this.detailState = 'loading';
    this.detailFailure = undefined;
    if (this.detail?.code !== code) this.detail = undefined;
    try {
      const detail = await client.getProcedure(code, { unit: this.unitValid ? this.unit : undefined, signal: controller.signal });
      this.detailView = await view;
      if (controller.signal.aborted) return;
      this.addStyles(this.detailView.detailStyles);
      this.detail = detail;
      this.detailState = 'ready';
      this.markReady();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.detailFailure = toFailure(error);
      this.detailState = 'failure';
      this.reportError(this.detailFailure);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Events
  // ---------------------------------------------------------------------------------------------

  private onQueryInput(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.list.type(event.detail.value);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.list.searchNow();
  }

  private onField(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.list.refine({ field: event.detail.value });
    void this.search();
  }

  private onOnlineFilter(event: CustomEvent<{ value: string }>): void {
    event.stopPropagation();
    this.list.refine({ online: (['any', 'full'].includes(event.detail.value) ? event.detail.value : '') as OnlineFilter });
    void this.search();
  }

  private onPage(event: CustomEvent<{ page: number }>): void {
    event.stopPropagation();
    event.preventDefault();
    this.list.refine({ page: event.detail.page });
    this.pendingFocus = 'status';
    void this.search();
  }

  private useSuggestion(text: string): void {
    this.list.refine({ query: text });
    this.list.searchNow();
    this.pendingFocus = 'status';
  }

  private clearAll(): void {
    this.list.refine({ query: '', field: '', online: '' });
    this.list.searchNow();
    this.renderRoot.querySelector<HTMLElement>('[part~="search-input"]')?.focus();
  }

  private onResultClick(item: ProcedureSummary, event: MouseEvent, href?: string): void {
    this.emit<ProcedureSelectDetail>('mc-procedure-select', { code: item.code, name: item.name, ...(href ? { href } : {}) });
    if (href) return; // the host site's own page: let the link navigate
    event.preventDefault();
    this.open(item.code);
  }

  /** Opens a procedure's detail inside the widget. */
  open(code: string): void {
    this.list.setOpen(code);
    this.pendingFocus = 'detail';
    void this.loadDetail();
  }

  /** Back to the results. */
  close(): void {
    const code = this.list.openCode;
    this.detailAbort?.abort();
    this.list.setOpen('');
    this.pendingFocus = `result:${code}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------------------------

  private get level(): number {
    return Math.min(4, Math.max(2, this.headingLevel || 2));
  }

  private get hotline(): string {
    return this.unitDetail?.contact?.hotline || DEFAULT_HOTLINE;
  }

  override render(): TemplateResult {
    if (!this.apiValid) return html`${renderConfigError(this.msg.bind(this), ['state.config.api'])}${this.renderFallback()}`;
    return html`<div class="base" part="base">
        ${this.list.openCode ? this.renderDetailView() : this.renderListView()}
      </div>
      ${this.renderFallback()}`;
  }

  private renderListView(): TemplateResult {
    const level = this.level;
    const list = this.list;
    const onlineOptions = [
      { value: '', label: this.msg('lookup.online.all') },
      { value: 'any', label: this.msg('lookup.online.any') },
      { value: 'full', label: this.msg('lookup.online.full') },
    ];
    const fieldOptions = [{ value: '', label: this.msg('lookup.field.all') }, ...this.fields.map((f) => ({ value: f.code, label: f.name }))];
    // A field given by attribute that the unit does not have still shows as chosen.
    if (list.field && !this.fields.some((f) => f.code === list.field)) fieldOptions.push({ value: list.field, label: list.field });
    return html`
      ${heading(level, this.msg('lookup.heading'), { part: 'heading', class: 'heading' })}
      <form class="search" part="search" role="search" aria-label=${this.msg('lookup.search.region')} @submit=${this.onSubmit}>
        <mc-text-field
          class="query"
          part="search-input"
          type="search"
          name="q"
          autocomplete="off"
          maxlength="200"
          label=${this.msg('lookup.search.label')}
          hint=${this.msg('lookup.search.hint')}
          .value=${list.query}
          @mc-input=${this.onQueryInput}
          @mc-change=${(e: Event) => e.stopPropagation()}
        ></mc-text-field>
        <div class="filters">
          <mc-select
            part="field-filter"
            label=${this.msg('lookup.field.label')}
            .options=${fieldOptions}
            .value=${list.field}
            @mc-change=${this.onField}
          ></mc-select>
          <mc-select
            part="online-filter"
            label=${this.msg('lookup.online.label')}
            .options=${onlineOptions}
            .value=${list.online}
            @mc-change=${this.onOnlineFilter}
          ></mc-select>
        </div>
      </form>
      ${this.renderStatus(level + 1)} ${this.renderResults(level + 1)}
    `;
  }

  private renderStatus(level: number): TemplateResult {
    const { results: r, status, resultsQuery } = this.list;
    const text =
      status === 'ready' && r
        ? this.msg('lookup.count', { total: r.total, query: resultsQuery, page: r.page, pages: Math.max(1, Math.ceil(r.total / r.limit)) })
        : '';
    // The count is both the results' heading (focus lands here after paging) and a live region.
    return html`${heading(level, this.msg('lookup.results.label'), { class: 'visually-hidden' })}
      <p class="status" part="status" id="results-heading" tabindex="-1" role="status" aria-live="polite">${text}</p>`;
  }

  private renderResults(level: number): TemplateResult {
    const { status, failure, searching } = this.list;
    if (status === 'loading') {
      return html`<mc-skeleton part="loading" variant="card" lines="9" height="30rem"></mc-skeleton>`;
    }
    if (status === 'failure' && failure) {
      return renderFailure(this.msg.bind(this), failure, () => void this.search(), level);
    }
    const r = this.list.results!;
    if (!r.items.length) return this.renderEmpty(level);
    const pages = Math.ceil(r.total / r.limit);
    return html`<ul class="results" part="results" aria-busy=${searching ? 'true' : 'false'} aria-labelledby="results-heading">
        ${r.items.map((item) => this.renderResult(item, level + 1))}
      </ul>
      ${pages > 1
        ? html`<mc-pagination
            part="pagination"
            label=${this.msg('lookup.pagination')}
            page=${r.page}
            total-pages=${pages}
            @mc-page-change=${this.onPage}
          ></mc-pagination>`
        : nothing}`;
  }

  private renderResult(item: ProcedureSummary, level: number): TemplateResult {
    const href = this.linkTemplate ? fillTemplate(this.linkTemplate, { code: item.code }) : undefined;
    const click = (e: MouseEvent) => this.onResultClick(item, e, href);
    const name = href
      ? html`<a part="result-link" data-code=${item.code} href=${href} @click=${click}>${item.name}</a>`
      : html`<button part="result-link" type="button" data-code=${item.code} @click=${click}>${item.name}</button>`;
    return html`<li class="result" part="result">
      ${heading(level, name, { class: 'result-heading' })}
      ${item.nameEn && html`<p part="result-name-en" lang="en">${item.nameEn}</p>`}
      <dl class="result-meta" part="result-meta">
        <div><dt>${this.msg('lookup.result.field')}</dt><dd>${item.field.name}</dd></div>
        <div><dt>${this.msg('lookup.result.time')}</dt><dd>${item.timeLimitText}</dd></div>
        <div><dt>${this.msg('lookup.result.fee')}</dt><dd>${item.feeText}</dd></div>
      </dl>
      <p class="result-foot">
        <span class="code">${this.msg('lookup.result.code', { code: item.code })}</span>
        ${item.onlineService !== 'none'
          ? html`<mc-badge part="badge" status=${item.onlineService === 'full' ? 'success' : 'info'}>${this.msg(`lookup.badge.${item.onlineService}`)}</mc-badge>`
          : nothing}
      </p>
    </li>`;
  }

  private renderEmpty(level: number): TemplateResult {
    const suggestions = this.msg('lookup.suggestions').split('|').filter(Boolean);
    const hotline = this.hotline;
    return html`<mc-empty-state part="empty" heading=${this.msg('lookup.empty.heading')} heading-level=${level} illustration="search">
      <p>${this.msg('lookup.empty.body')}</p>
      <p part="hotline">${this.msg('lookup.empty.hotline', { hotline })} <a href=${telHref(hotline)}>${hotline}</a>.</p>
      <div slot="actions" class="suggestions">
        <span>${this.msg('lookup.empty.try')}</span>
        ${suggestions.map(
          (s) => html`<mc-button part="suggestion" variant="tertiary" type="button" @click=${() => this.useSuggestion(s)}>${s}</mc-button>`,
        )}
        <mc-button variant="secondary" type="button" @click=${this.clearAll}>${this.msg('lookup.empty.clear')}</mc-button>
      </div>
    </mc-empty-state>`;
  }

  private renderDetailView(): TemplateResult {
    const level = this.level;
    const back = html`<button class="back" part="back" type="button" @click=${this.close}>
      <span aria-hidden="true">←</span> ${this.msg('lookup.back')}
    </button>`;
    if (this.detailState === 'failure' && this.detailFailure) {
      const body =
        this.detailFailure.kind === 'not-found'
          ? html`<mc-alert part="not-found" status="warning" heading=${this.msg('lookup.detail.notFound.heading')} heading-level=${level}
              >${this.msg('lookup.detail.notFound.body', { code: this.list.openCode })}</mc-alert
            >`
          : renderFailure(this.msg.bind(this), this.detailFailure, () => void this.loadDetail(), level);
      return html`${back}${body}`;
    }
    if (this.detailState === 'loading' || !this.detail || !this.detailView) {
      return html`${back}<mc-skeleton part="loading" variant="card" lines="12" height="36rem"></mc-skeleton>`;
    }
    return html`${back}${this.detailView.renderDetail(this.detail, {
      msg: this.msg.bind(this),
      locale: this.locale,
      level,
      api: this.api,
      unit: this.unitValid ? this.unit : '',
      messages: this.messages,
    })}`;
  }
}
