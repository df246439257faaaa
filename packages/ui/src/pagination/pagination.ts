import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { McElement } from '../base/mc-element.js';
import { blockHost, hostStyles } from '../base/styles.js';
import { paginationStyles } from './pagination.styles.js';

export type PageItem = number | 'gap';

/**
 * The page numbers to show: the first and last page, `siblings` pages either side of the current
 * one, and a gap (ellipsis) for each hidden run. The number of slots stays the same as the current
 * page moves (near an end the window widens instead), so the controls do not jump about; a gap
 * never stands for a single page (that page is shown instead).
 */
export function pageItems(page: number, totalPages: number, siblings = 1): PageItem[] {
  const count = Math.max(0, Math.floor(totalPages));
  if (count < 1) return [];
  const s = Math.max(0, Math.floor(siblings));
  const p = Math.min(Math.max(1, Math.floor(page)), count);
  const range = (from: number, to: number): number[] => (to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i));
  const siblingsStart = Math.max(Math.min(p - s, count - 2 * s - 2), 3);
  const siblingsEnd = Math.min(Math.max(p + s, 2 * s + 3), count - 2);
  return [
    1,
    ...(siblingsStart > 3 ? ['gap' as const] : count > 3 ? [2] : []),
    ...range(siblingsStart, siblingsEnd),
    ...(siblingsEnd < count - 2 ? ['gap' as const] : count - 1 > 1 ? [count - 1] : []),
    ...(count > 1 ? [count] : []),
  ];
}

/** Below this width (in em of the host's font size) only the current page is shown between the ends. */
const COMPACT_BELOW_EM = 30;

/**
 * Moves between pages of a list (search results, dossiers). A `<nav>` landmark named "Phân trang",
 * previous/next with visible text, page numbers with `aria-current="page"` on the current one, and
 * ellipses when there are many pages. On narrow containers (320 px, or large text) fewer numbers
 * are shown: previous/next on one row and the numbers on the next, wrapping at very large text.
 *
 * Without `href-template` the controls are buttons: pressing one fires `mc-page-change` and, unless
 * the event is cancelled, moves `page`. With `href-template` ("?page={page}") they are real links
 * that work without JavaScript; `mc-page-change` still fires on a plain click, and cancelling it
 * (`preventDefault()`) stops the navigation, for client-side routing.
 *
 * @summary Page navigation with previous/next, page numbers and ellipses.
 *
 * @fires mc-page-change - `{ page: number }`; the user chose a page. Cancelable.
 *
 * @csspart nav - The `<nav>` landmark.
 * @csspart list - The list of controls.
 * @csspart previous - The previous-page control.
 * @csspart next - The next-page control.
 * @csspart page - Each page-number control; the current one also has `current`.
 * @csspart current - The current page's control.
 * @csspart ellipsis - A gap between page numbers.
 *
 * @cssprop [--mc-color-brand] - The current page's background.
 * @cssprop [--mc-color-on-brand] - The current page's text.
 * @cssprop [--mc-color-border-strong] - The border of the controls.
 * @cssprop [--mc-color-link] - The text of the controls.
 * @cssprop [--mc-control-height] - Minimum height (and width) of a control.
 */
export class McPagination extends McElement {
  static override tagName = 'mc-pagination';

  static override styles = [
    hostStyles,
    blockHost,
    paginationStyles,
  ];

  static override messages = {
    vi: {
      'pagination.label': 'Phân trang',
      'pagination.previous': 'Trang trước',
      'pagination.next': 'Trang sau',
      'pagination.page': 'Trang {page}',
      'pagination.gap': '…',
    },
    en: {},
  };

  static override properties: PropertyDeclarations = {
    page: { type: Number, reflect: true },
    totalPages: { type: Number, attribute: 'total-pages' },
    total: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    hrefTemplate: { attribute: 'href-template' },
    label: {},
    compact: { state: true },
  };

  /** The current page, from 1. */
  page = 1;

  /** How many pages there are. Or give `total` and `page-size`. */
  totalPages?: number;

  /** How many items there are in all (with `page-size`, when `total-pages` is not given). */
  total?: number;

  /** Items per page (with `total`). */
  pageSize = 10;

  /** Renders links instead of buttons: the URL of a page, `{page}` replaced by its number ("?page={page}"). */
  hrefTemplate?: string;

  /** A name for the landmark when a page has several (default "Phân trang"). */
  label?: string;

  /** True on narrow containers: only the current page is shown between the first and last. */
  private compact = false;

  private resizeObserver?: ResizeObserver;
  private measureFrame = 0;
  private focusAfterUpdate = false;

  /** The number of pages, from `total-pages` or `total` / `page-size`; at least 0. */
  get pageCount(): number {
    const explicit = Number(this.totalPages);
    if (this.totalPages != null && isFinite(explicit)) return Math.max(0, Math.floor(explicit));
    const total = Number(this.total);
    const size = Number(this.pageSize);
    return isFinite(total) && total > 0 && isFinite(size) && size > 0 ? Math.ceil(total / size) : 0;
  }

  /** The current page clamped to 1…pageCount. */
  get currentPage(): number {
    const p = Math.floor(Number(this.page));
    return Math.min(Math.max(1, isFinite(p) ? p : 1), Math.max(1, this.pageCount));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      // Measured a frame later: switching layout changes the host's height, which must not be
      // reported back within the same observation ("ResizeObserver loop" error).
      // Any size change re-measures (text zoom changes the height and the em threshold, not the width).
      this.resizeObserver ??= new ResizeObserver(() => {
        cancelAnimationFrame(this.measureFrame);
        this.measureFrame = requestAnimationFrame(() => this.measure());
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.measureFrame);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Measure before the first render, so a narrow container never renders the wide layout first.
    if (!this.hasUpdated) this.measure();
  }

  private measure(): void {
    const width = this.getBoundingClientRect().width;
    if (width === 0) return;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    this.compact = width < COMPACT_BELOW_EM * em;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  }

  private choose(event: Event, page: number, isNumber: boolean): void {
    const linkMode = Boolean(this.hrefTemplate);
    if (linkMode && event instanceof MouseEvent && (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
      return; // new tab/window: let the browser do it
    }
    if (page !== this.currentPage && page > 0 && page <= this.pageCount && !this.emit('mc-page-change', { page }, { cancelable: true }).defaultPrevented) {
      // A link navigates. A number's button may now show another page: follow the choice; previous/next keep focus.
      if (!linkMode) {
        this.page = page;
        this.focusAfterUpdate ||= isNumber;
      }
      return;
    }
    if (linkMode) event.preventDefault();
  }

  /**
   * A previous/next (`kind`) or page-number control going to page `target`: a link with
   * `href-template`, otherwise a button. Out-of-range targets render disabled.
   */
  private renderControl(kind: 'previous' | 'next' | 'page', target: number, content: unknown, current = 0) {
    const step = kind !== 'page';
    const enabled = target > 0 && target <= this.pageCount;
    const isCurrent = !step && target === current;
    const part = step ? kind : isCurrent ? 'page current' : 'page';
    const cls = step ? 'control step' : 'control';
    const disabled = enabled ? nothing : 'true';
    const label = step ? nothing : this.msg('pagination.page', { page: String(target) });
    const ariaCurrent = isCurrent ? 'page' : nothing;
    const click = enabled ? (e: Event) => this.choose(e, target, !step) : nothing;
    return this.hrefTemplate
      ? html`<a part=${part} class=${cls} href=${enabled ? this.hrefTemplate.replace(/\{page\}/g, String(target)) : nothing} role=${enabled ? nothing : 'link'}
          rel=${enabled && step ? (kind === 'previous' ? 'prev' : 'next') : nothing} aria-disabled=${disabled} aria-label=${label}
          aria-current=${ariaCurrent} @click=${click}>${content}</a>`
      : html`<button part=${part} class=${cls} type="button" aria-disabled=${disabled} aria-label=${label} aria-current=${ariaCurrent}
          @click=${click}>${content}</button>`;
  }

  override render() {
    const count = this.pageCount;
    if (count < 2) return nothing;
    const current = this.currentPage;
    const compact = this.compact;
    const arrow = (d: string) =>
      html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
    const text = (kind: string) => html`<span>${this.msg(`pagination.${kind}`)}</span>`;
    const previous = html`<li>${this.renderControl('previous', current - 1, [arrow('M10 3.5 5.5 8l4.5 4.5'), text('previous')])}</li>`;
    const next = html`<li>${this.renderControl('next', current + 1, [text('next'), arrow('M6 3.5 10.5 8 6 12.5')])}</li>`;
    const numbers = pageItems(current, count, compact ? 0 : 1).map((item) =>
      item === 'gap'
        ? html`<li part="ellipsis" class="ellipsis" aria-hidden="true">${this.msg('pagination.gap')}</li>`
        : html`<li>${this.renderControl('page', item, item, current)}</li>`,
    );
    // Narrow: previous/next on one row, the numbers under them, instead of a ragged wrap.
    return html`<nav part="nav" class=${compact ? 'compact' : nothing} aria-label=${this.label || this.msg('pagination.label')}>
      ${compact
        ? html`<ul part="list" class="list steps">${previous}${next}</ul>
            <ul part="list" class="list pages">${numbers}</ul>`
        : html`<ul part="list" class="list">${previous}${numbers}${next}</ul>`}
    </nav>`;
  }
}
