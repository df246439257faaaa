// <mc-card>: a box with a heading, body and footer; optionally one link covering the whole card.
// For portal developers building their own pages with the design system (a list of services,
// news, a ward's contacts). No Một Cửa widget uses it: their result lists are plain list items
// styled by the widget, so the CDN build does not carry this file.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { McElement } from '../base/mc-element.js';
import { hostStyles } from '../base/styles.js';
import { DEV, warnDev } from '../base/dev.js';
import { headingLevel, renderHeading } from '../base/heading.js';
import { cardStyles } from './card.styles.js';

export const CARD_VARIANTS = ['default', 'outlined', 'subtle'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/**
 * A box grouping a heading, content and actions — a public service, a dossier, a news item.
 * With `href`, the whole card is one link: the heading holds the only `<a>` (one tab stop, the
 * heading text is the link's name) and a "stretched link" makes the whole card clickable.
 *
 * For portal developers building their own pages with the design system; no Một Cửa widget uses it.
 *
 * @summary A card with a heading, body and footer; optionally one link covering the whole card.
 *
 * @slot - The body: any content.
 * @slot heading - Inline heading content (text, a badge); replaces the `heading` attribute. The card
 *   provides the `<hN>` element itself, so do not slot a heading element.
 * @slot footer - Actions or metadata under the body. With `href`, links and buttons slotted here
 *   directly stay clickable above the card's link.
 *
 * @csspart base - The card's box.
 * @csspart heading - The `<h2>`–`<h6>` element.
 * @csspart link - The `<a>` inside the heading when `href` is set.
 * @csspart body - The wrapper of the default slot.
 * @csspart footer - The wrapper of the footer slot.
 *
 * @cssprop [--mc-color-surface] - Background of the default and outlined variants.
 * @cssprop [--mc-color-surface-alt] - Background of the subtle variant.
 * @cssprop [--mc-color-border] - Border of the default variant.
 * @cssprop [--mc-color-border-strong] - Border of the outlined variant and of a hovered link card.
 * @cssprop [--mc-color-link] - Colour of the heading link.
 * @cssprop [--mc-radius-md] - Corner radius.
 * @cssprop [--mc-shadow-1] - Elevation of the default variant.
 */
export class McCard extends McElement {
  static override tagName = 'mc-card';

  static override styles = [
    hostStyles,
    cardStyles,
  ];

  static override messages = { vi: {}, en: {} };

  /** The heading text (or use the `heading` slot). */
  @property() heading = '';

  /** The heading element's level, 2–6 (`<h3>` by default), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 3;

  /** When set, the whole card is one link to this URL. */
  @property() href?: string;

  /** `default` (raised), `outlined` (strong border, flat) or `subtle` (tinted, no border). */
  @property({ reflect: true }) variant: CardVariant = 'default';

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render when slotted content appears or goes, so empty wrappers are hidden.
    this.observer ??= new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private observer?: MutationObserver;

  private hasSlotted(name: string): boolean {
    return [...this.children].some((child) => child.getAttribute('slot') === name);
  }

  private hasDefaultContent(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? !node.hasAttribute('slot') : node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim()),
    );
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, CARD_VARIANTS, 'default');
    const level = headingLevel(this, this.headingLevel, 3);
    const hasHeading = Boolean(this.heading) || this.hasSlotted('heading');
    const hasFooter = this.hasSlotted('footer');
    const linked = Boolean(this.href);
    if (DEV && linked && !hasHeading) {
      warnDev('<mc-card> has an href but no heading: the link would have no name. Set `heading` or fill the `heading` slot.');
    }
    const headingContent = html`<slot name="heading">${this.heading}</slot>`;
    return html`
      <div part="base" class="card ${variant} ${linked ? 'linked' : ''}">
        ${hasHeading
          ? renderHeading(level, linked ? html`<a part="link" class="link" href=${this.href ?? ''}>${headingContent}</a>` : headingContent)
          : html`<slot name="heading" hidden></slot>`}
        <div part="body" class="body" ?hidden=${!this.hasDefaultContent()}><slot></slot></div>
        <div part="footer" class="footer" ?hidden=${!hasFooter}><slot name="footer"></slot></div>
      </div>
    `;
  }
}
