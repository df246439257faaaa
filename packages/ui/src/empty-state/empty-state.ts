import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { McElement, hasSlotted } from '../base/mc-element.js';
import { blockHost, hostStyles, slottedBody } from '../base/styles.js';
import { headingLevel, renderHeading } from '../base/heading.js';
import { emptyStateStyles } from './empty-state.styles.js';

export const EMPTY_STATE_ILLUSTRATIONS = ['none', 'search', 'documents', 'inbox'] as const;
export type EmptyStateIllustration = (typeof EMPTY_STATE_ILLUSTRATIONS)[number];

// Fill (--fill), stroke, width 4, round caps and joins come from the `svg` rule in the styles.
const ILLUSTRATIONS: Record<Exclude<EmptyStateIllustration, 'none'>, ReturnType<typeof svg>> = {
  search: svg`<circle cx="42" cy="42" r="22"/><path d="m58 58 16 16" stroke-width="6"/><path d="M34 36h16M34 46h10" stroke-width="3" opacity=".6"/>`,
  documents: svg`<rect x="26" y="14" width="40" height="52" rx="4" stroke-width="3" opacity=".6"/><rect x="16" y="22" width="40" height="52" rx="4"/><path d="M25 36h22M25 46h22M25 56h14" stroke-width="3"/>`,
  inbox: svg`<path d="M14 48 24 20h40l10 28v22H14V48Z"/><path d="M14 48h18l4 8h16l4-8h18" fill="none" stroke-linecap="butt"/>`,
};

/**
 * What to show when a list or a search has nothing: a heading saying so in plain words, an
 * explanation, and what the user can do next ("Xóa bộ lọc", "Nộp hồ sơ mới"). The illustration is
 * decorative (hidden from assistive technology).
 *
 * @summary An "empty" message with heading, text, actions and an optional illustration.
 *
 * @slot - The explanation.
 * @slot heading - Inline heading content; replaces the `heading` attribute.
 * @slot actions - Buttons or links for what to do next.
 * @slot illustration - Custom decorative artwork (hidden from assistive technology); replaces
 *   the built-in `illustration`.
 *
 * @csspart base - The box.
 * @csspart illustration - The decorative illustration.
 * @csspart heading - The `<h2>`–`<h6>`.
 * @csspart body - The wrapper of the default slot.
 * @csspart actions - The wrapper of the actions slot.
 *
 * @cssprop [--mc-color-text-muted] - The body text and the illustration.
 * @cssprop [--mc-color-brand-subtle] - The illustration's fill.
 */
export class McEmptyState extends McElement {
  static override tagName = 'mc-empty-state';

  static override styles = [
    hostStyles,
    blockHost,
    emptyStateStyles,
    slottedBody,
  ];

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    illustration: { reflect: true },
  };

  /** The heading text, e.g. "Không tìm thấy thủ tục" (or use the `heading` slot). */
  heading = '';

  /** The heading element's level, 2–6 (`<h2>` by default). */
  headingLevel = 2;

  /** A built-in decorative illustration: `none` (default), `search`, `documents` or `inbox`. */
  illustration: EmptyStateIllustration = 'none';

  private observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  override render() {
    const illustration = this.oneOf('illustration', this.illustration, EMPTY_STATE_ILLUSTRATIONS);
    const none = illustration === 'none';
    const level = headingLevel(this, this.headingLevel, 2);
    return html`<div part="base" class="base">
      <div part="illustration" class="illustration" aria-hidden="true" ?hidden=${none && !hasSlotted(this, 'illustration')}>
        <slot name="illustration"
          >${none ? nothing : html`<svg viewBox="0 0 88 88" focusable="false">${ILLUSTRATIONS[illustration]}</svg>`}</slot
        >
      </div>
      ${this.heading || hasSlotted(this, 'heading')
        ? renderHeading(level, html`<slot name="heading">${this.heading}</slot>`)
        : html`<slot name="heading" hidden></slot>`}
      <div part="body" class="body"><slot></slot></div>
      <div part="actions" class="actions" ?hidden=${!hasSlotted(this, 'actions')}><slot name="actions"></slot></div>
    </div>`;
  }
}
