import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { McElement } from '../base/mc-element.js';
import { focusRing, hostStyles } from '../base/styles.js';
import { token } from '../base/tokens.js';
import { warnDev } from '../base/dev.js';
import { renderHeading, toHeadingLevel } from '../card/heading.js';

export const ALERT_STATUSES = ['info', 'success', 'warning', 'danger'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

const ICONS: Record<AlertStatus, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10.5v6" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="7.25" r="1.25" fill="currentColor"/>`,
  success: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  warning: svg`<path d="M12 3 2 20.5h20L12 3Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 9.5v5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="17.25" r="1.25" fill="currentColor"/>`,
  danger: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="m8.5 8.5 7 7m0-7-7 7" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
};

/**
 * A message for the user: information, a success, a warning or an error. The message is a live
 * region — `role="status"` (polite) for info and success, `role="alert"` (assertive) for warning
 * and danger — so screen readers announce it when it is inserted and whenever its text changes.
 * The content is put into the live region one frame after the element connects, which is what
 * makes a polite region inserted with its content announced too. Each status has an icon whose text
 * alternative ("Thông tin", "Thành công", "Cảnh báo", "Lỗi") is part of the announcement, so the
 * status is never colour alone.
 *
 * @summary A live-region message box with status icon, heading, body and optional dismiss button.
 *
 * @fires mc-dismiss - `{}`; the dismiss button was pressed. Cancelable: unless
 *   `preventDefault()` is called, the alert then hides itself (`hidden`). Move focus somewhere useful
 *   afterwards if the alert contained it.
 *
 * @slot - The body: the message text, links.
 * @slot heading - Inline heading content; replaces the `heading` attribute.
 *
 * @csspart base - The alert's box.
 * @csspart region - The live region (`role="status"` or `role="alert"`): icon, heading and body.
 * @csspart icon - The status icon (`role="img"` with the status name).
 * @csspart content - The wrapper of heading and body.
 * @csspart heading - The heading (`<hN>` with `heading-level`, otherwise a `<p>`).
 * @csspart body - The wrapper of the default slot.
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop [--mc-color-info-subtle] - Background for `status="info"` (likewise success, warning, danger).
 * @cssprop [--mc-color-info-on-subtle] - Text for `status="info"` (likewise for the other statuses).
 * @cssprop [--mc-color-info-border] - Border for `status="info"` (likewise for the other statuses).
 * @cssprop [--mc-color-info] - Icon and accent bar for `status="info"` (likewise for the other statuses).
 */
export class McAlert extends McElement {
  static override tagName = 'mc-alert';

  static override styles = [
    hostStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .alert {
        --accent: ${token('color-info')};
        display: flex;
        align-items: flex-start;
        gap: ${token('space-3')};
        padding: ${token('space-3')} ${token('space-4')};
        border: 1px solid ${token('color-info-border')};
        border-inline-start: 0.375rem solid var(--accent);
        border-radius: ${token('radius-md')};
        background: ${token('color-info-subtle')};
        color: ${token('color-info-on-subtle')};
        overflow-wrap: anywhere;
      }
      .success {
        --accent: ${token('color-success')};
        border-color: ${token('color-success-border')};
        border-inline-start-color: var(--accent);
        background: ${token('color-success-subtle')};
        color: ${token('color-success-on-subtle')};
      }
      .warning {
        --accent: ${token('color-warning')};
        border-color: ${token('color-warning-border')};
        border-inline-start-color: var(--accent);
        background: ${token('color-warning-subtle')};
        color: ${token('color-warning-on-subtle')};
      }
      .danger {
        --accent: ${token('color-danger')};
        border-color: ${token('color-danger-border')};
        border-inline-start-color: var(--accent);
        background: ${token('color-danger-subtle')};
        color: ${token('color-danger-on-subtle')};
      }
      .region {
        flex: 1 1 auto;
        display: flex;
        align-items: flex-start;
        gap: ${token('space-3')};
        min-width: 0;
        /* keeps the box's height while the region fills (one frame after connecting) */
        min-height: 1.5em;
      }
      .icon {
        flex: none;
        width: 1.5em;
        height: 1.5em;
        color: var(--accent);
      }
      .content {
        flex: 1 1 auto;
        min-width: 0;
      }
      .heading {
        margin: 0 0 ${token('space-1')};
        font-size: ${token('font-size-md')};
        font-weight: ${token('font-weight-bold')};
        line-height: ${token('line-height-tight')};
      }
      .heading:last-child {
        margin-bottom: 0;
      }
      .body ::slotted(:first-child) {
        margin-top: 0;
      }
      .body ::slotted(:last-child) {
        margin-bottom: 0;
      }
      .dismiss {
        flex: none;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        /* 44 px target for unsteady hands (WCAG 2.5.8 asks 24) */
        min-width: 2.75rem;
        min-height: 2.75rem;
        margin: calc(-1 * ${token('space-2')}) calc(-1 * ${token('space-2')}) 0 0;
        padding: 0;
        border: 0;
        border-radius: ${token('radius-sm')};
        background: transparent;
        color: inherit;
        cursor: pointer;
      }
      .dismiss:hover {
        background: color-mix(in srgb, currentColor 10%, transparent);
      }
      .dismiss:focus-visible {
        ${focusRing}
      }
      .dismiss svg {
        width: 1.25em;
        height: 1.25em;
      }
      @media (forced-colors: active) {
        .alert {
          border-color: CanvasText;
        }
        .icon {
          color: CanvasText;
        }
      }
    `,
  ];

  static override messages = {
    vi: {
      'alert.status.info': 'Thông tin',
      'alert.status.success': 'Thành công',
      'alert.status.warning': 'Cảnh báo',
      'alert.status.danger': 'Lỗi',
      'alert.dismiss': 'Đóng thông báo',
    },
    en: {
      'alert.status.info': 'Information',
      'alert.status.success': 'Success',
      'alert.status.warning': 'Warning',
      'alert.status.danger': 'Error',
      'alert.dismiss': 'Dismiss message',
    },
  };

  /** `info`, `success`, `warning` or `danger`; decides the live-region politeness too. */
  @property({ reflect: true }) status: AlertStatus = 'info';

  /** The heading text (or use the `heading` slot). */
  @property() heading = '';

  /**
   * Makes the heading a real `<h2>`–`<h6>` (e.g. an error summary at the top of a form). Without
   * it the heading is a bold paragraph.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Shows a dismiss button that fires `mc-dismiss`. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** False until two frames after connecting (or showing): the live region is rendered empty first. */
  @state() private live = false;

  private frame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.fillLiveRegionSoon();
  }

  /**
   * An empty live region first, its content two frames later: screen readers announce content that
   * appears in an existing region, which a polite region inserted with its content may not get.
   */
  private fillLiveRegionSoon(): void {
    cancelAnimationFrame(this.frame);
    this.live = false;
    this.frame = requestAnimationFrame(() => {
      this.frame = requestAnimationFrame(() => {
        this.live = true;
      });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
  }

  /** Resolves once the content is in the live region (useful in tests and after insertion). */
  get announced(): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.live || !this.isConnected) void this.updateComplete.then(() => resolve());
        else requestAnimationFrame(check);
      };
      check();
    });
  }

  /**
   * Standard `hidden`, observed so that showing a hidden alert again (`hidden = false`) replays the
   * announcement like an insertion.
   */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hidden') && changed.get('hidden') === true && !this.hidden && this.isConnected) {
      this.fillLiveRegionSoon();
    }
  }

  private hasHeadingSlot(): boolean {
    return [...this.children].some((child) => child.getAttribute('slot') === 'heading');
  }

  private onSlotChange = (): void => this.requestUpdate();

  private onDismiss = (): void => {
    const event = this.emit('mc-dismiss', {}, { cancelable: true });
    if (!event.defaultPrevented) this.hidden = true;
  };

  override render() {
    const status = this.oneOf('status', this.status, ALERT_STATUSES, 'info');
    const role = status === 'warning' || status === 'danger' ? 'alert' : 'status';
    const hasHeading = Boolean(this.heading) || this.hasHeadingSlot();
    let headingTemplate: unknown = nothing;
    if (hasHeading) {
      const content = html`<slot name="heading" @slotchange=${this.onSlotChange}>${this.heading}</slot>`;
      if (this.headingLevel === undefined || this.headingLevel === null) {
        headingTemplate = html`<p part="heading" class="heading">${content}</p>`;
      } else {
        const level = toHeadingLevel(this.headingLevel, 2);
        if (Number(this.headingLevel) !== level) {
          warnDev(`<mc-alert> heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not valid; use one of: 2, 3, 4, 5, 6. Using "${level}".`);
        }
        headingTemplate = renderHeading(level, content);
      }
    }
    return html`
      <div part="base" class="alert ${status}">
        <div part="region" class="region" role=${role}>
          ${this.live
            ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" role="img" aria-label=${this.msg(`alert.status.${status}`)}>
                  ${ICONS[status]}
                </svg>
                <div part="content" class="content">
                  ${headingTemplate}
                  <div part="body" class="body"><slot></slot></div>
                </div>`
            : html`<slot name="heading" hidden @slotchange=${this.onSlotChange}></slot>`}
        </div>
        ${this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${this.msg('alert.dismiss')} @click=${this.onDismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="m6 6 12 12M18 6 6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>`
          : nothing}
      </div>
    `;
  }
}
