import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { McElement, hasSlotted } from '../base/mc-element.js';
import { blockHost, hostStyles, slottedBody, statusColors } from '../base/styles.js';
import { headingLevel, renderHeading } from '../base/heading.js';
import { alertStyles } from './alert.styles.js';

export const ALERT_STATUSES = ['info', 'success', 'warning', 'danger'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

// Stroke, caps and joins come from the `svg` rule in the styles; dots are filled circles.
const ICONS: Record<AlertStatus, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10"/><path d="M12 10.5v6"/><circle cx="12" cy="7.25" r="1.25" class="dot"/>`,
  success: svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>`,
  warning: svg`<path d="M12 3 2 20.5h20L12 3Z"/><path d="M12 9.5v5"/><circle cx="12" cy="17.25" r="1.25" class="dot"/>`,
  danger: svg`<circle cx="12" cy="12" r="10"/><path d="m8.5 8.5 7 7m0-7-7 7"/>`,
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
    blockHost,
    alertStyles,
    statusColors,
    slottedBody,
  ];

  static override messages = {
    vi: {
      'alert.status.info': 'Thông tin',
      'alert.status.success': 'Thành công',
      'alert.status.warning': 'Cảnh báo',
      'alert.status.danger': 'Lỗi',
      'alert.dismiss': 'Đóng thông báo',
    },
    en: {},
  };

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    dismissible: { type: Boolean, reflect: true },
    hidden: { type: Boolean, reflect: true },
    live: { state: true },
  };

  /** `info`, `success`, `warning` or `danger`; decides the live-region politeness too. */
  status: AlertStatus = 'info';

  /** The heading text (or use the `heading` slot). */
  heading = '';

  /**
   * Makes the heading a real `<h2>`–`<h6>` (e.g. an error summary at the top of a form). Without
   * it the heading is a bold paragraph.
   */
  headingLevel?: number;

  /** Shows a dismiss button that fires `mc-dismiss`. */
  dismissible = false;

  /** False until two frames after connecting (or showing): the live region is rendered empty first. */
  private live = false;

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
  override hidden = false;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hidden') && changed.get('hidden') === true && !this.hidden && this.isConnected) {
      this.fillLiveRegionSoon();
    }
  }

  private onSlotChange = (): void => this.requestUpdate();

  private onDismiss = (): void => {
    const event = this.emit('mc-dismiss', {}, { cancelable: true });
    if (!event.defaultPrevented) this.hidden = true;
  };

  override render() {
    const status = this.oneOf('status', this.status, ALERT_STATUSES);
    let heading: unknown = nothing;
    if (this.heading || hasSlotted(this, 'heading')) {
      const content = html`<slot name="heading" @slotchange=${this.onSlotChange}>${this.heading}</slot>`;
      heading =
        this.headingLevel == null
          ? html`<p part="heading" class="heading">${content}</p>`
          : renderHeading(headingLevel(this, this.headingLevel, 2), content);
    }
    return html`
      <div part="base" class="alert ${status}">
        <div part="region" class="region" role=${status === 'warning' || status === 'danger' ? 'alert' : 'status'}>
          ${this.live
            ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" role="img" aria-label=${this.msg(`alert.status.${status}`)}>${ICONS[status]}</svg>
                <div part="content" class="content">
                  ${heading}
                  <div part="body" class="body"><slot></slot></div>
                </div>`
            : html`<slot name="heading" hidden @slotchange=${this.onSlotChange}></slot>`}
        </div>
        ${this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${this.msg('alert.dismiss')} @click=${this.onDismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m6 6 12 12M18 6 6 18" /></svg>
            </button>`
          : nothing}
      </div>
    `;
  }
}
