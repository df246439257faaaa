import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { McElement } from '../base/mc-element.js';
import { hostStyles } from '../base/styles.js';
import { token } from '../base/tokens.js';

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
    css`
      :host {
        display: inline-block;
        max-width: 100%;
        vertical-align: middle;
        line-height: ${token('line-height-tight')};
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: 0.375em;
        max-width: 100%;
        padding: 0.125em 0.625em;
        border: 1px solid ${token('color-border-strong')};
        border-radius: ${token('radius-pill')};
        background: ${token('color-surface-alt')};
        color: ${token('color-text')};
        font-size: ${token('font-size-sm')};
        font-weight: ${token('font-weight-medium')};
        overflow-wrap: anywhere;
      }
      .info {
        border-color: ${token('color-info-border')};
        background: ${token('color-info-subtle')};
        color: ${token('color-info-on-subtle')};
      }
      .success {
        border-color: ${token('color-success-border')};
        background: ${token('color-success-subtle')};
        color: ${token('color-success-on-subtle')};
      }
      .warning {
        border-color: ${token('color-warning-border')};
        background: ${token('color-warning-subtle')};
        color: ${token('color-warning-on-subtle')};
      }
      .danger {
        border-color: ${token('color-danger-border')};
        background: ${token('color-danger-subtle')};
        color: ${token('color-danger-on-subtle')};
      }
      .dot {
        flex: none;
        width: 0.5em;
        height: 0.5em;
        border-radius: 50%;
        background: currentColor;
      }
      .dot[hidden],
      .icon[hidden] {
        display: none;
      }
      .icon {
        display: inline-flex;
        flex: none;
      }
      ::slotted(svg) {
        width: 1em;
        height: 1em;
      }
      .label {
        min-width: 0;
      }
      @media (forced-colors: active) {
        .badge {
          border-color: CanvasText;
        }
        .dot {
          background: CanvasText;
        }
      }
    `,
  ];

  static override messages = { vi: {}, en: {} };

  /** `neutral`, `info`, `success`, `warning` or `danger`. */
  @property({ reflect: true }) status: BadgeStatus = 'neutral';

  /** Shows a small decorative dot before the text. */
  @property({ type: Boolean, reflect: true }) dot = false;

  private hasIcon(): boolean {
    return [...this.children].some((child) => child.getAttribute('slot') === 'icon');
  }

  private onIconSlotChange = (): void => this.requestUpdate();

  override render() {
    const status = this.oneOf('status', this.status, BADGE_STATUSES, 'neutral');
    return html`<span part="badge" class="badge ${status}"
      ><span part="dot" class="dot" aria-hidden="true" ?hidden=${!this.dot}></span
      ><span part="icon" class="icon" aria-hidden="true" ?hidden=${!this.hasIcon()}
        ><slot name="icon" @slotchange=${this.onIconSlotChange}></slot></span
      ><span part="label" class="label"><slot></slot></span
    ></span>`;
  }
}
