import { html, type PropertyDeclarations } from 'lit';
import { McElement, hasSlotted } from '../base/mc-element.js';
import { hostStyles, statusColors } from '../base/styles.js';
import { badgeStyles } from './badge.styles.js';

export const BADGE_STATUSES = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type BadgeStatus = (typeof BADGE_STATUSES)[number];

/**
 * A short status tag: "Toàn trình", "Một phần", "Quá hạn", "Đúng hạn". The text is always there, so
 * the status never depends on colour alone; the dot and icon are decoration.
 *
 * @summary A status tag with text, an optional dot and an optional icon.
 *
 * @slot - The tag's text (required: the status is said in words).
 * @slot icon - An optional decorative icon before the text (e.g. an inline `<svg aria-hidden="true">`).
 *
 * @csspart badge - The tag's box.
 * @csspart dot - The decorative dot (with `dot`).
 * @csspart icon - The wrapper of the icon slot.
 * @csspart label - The wrapper of the text.
 *
 * @cssprop [--mc-color-info-subtle] - Background of `status="info"` (likewise success, warning, danger).
 * @cssprop [--mc-color-info-on-subtle] - Text of `status="info"` (likewise for the other statuses).
 * @cssprop [--mc-color-info-border] - Border of `status="info"` (likewise for the other statuses).
 * @cssprop [--mc-color-surface-alt] - Background of `status="neutral"`.
 * @cssprop [--mc-radius-pill] - Corner radius.
 */
export class McBadge extends McElement {
  static override tagName = 'mc-badge';

  static override styles = [
    hostStyles,
    badgeStyles,
    statusColors,
  ];

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    dot: { type: Boolean, reflect: true },
  };

  /** `neutral`, `info`, `success`, `warning` or `danger`. */
  status: BadgeStatus = 'neutral';

  /** Shows a small decorative dot before the text. */
  dot = false;

  private onIconSlotChange = (): void => this.requestUpdate();

  override render() {
    const status = this.oneOf('status', this.status, BADGE_STATUSES);
    return html`<span part="badge" class="badge ${status}"
      ><span part="dot" class="dot" aria-hidden="true" ?hidden=${!this.dot}></span
      ><span part="icon" class="icon" aria-hidden="true" ?hidden=${!hasSlotted(this, 'icon')}
        ><slot name="icon" @slotchange=${this.onIconSlotChange}></slot></span
      ><span part="label" class="label"><slot></slot></span
    ></span>`;
  }
}
