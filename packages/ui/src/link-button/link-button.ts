import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEV, McElement, hostStyles, warnDev } from '../base/index.js';
import { delegatesFocus } from '../base/mc-element.js';
import { BUTTON_SIZES, BUTTON_VARIANTS, buttonStyles, type ButtonSize, type ButtonVariant } from '../button/button.styles.js';

/**
 * A link that looks like a button: for navigation ("Nộp hồ sơ trực tuyến", "Tải mẫu tờ khai").
 * With `target="_blank"` it adds `rel="noopener noreferrer"`, an icon and a visually-hidden
 * "(mở trong thẻ mới)" so screen-reader users know a new tab opens.
 *
 * @summary A link styled as a button.
 *
 * @slot - The link text.
 * @slot icon - An icon before the text (an `<svg aria-hidden="true">`).
 *
 * @csspart link - The native `<a>`.
 * @csspart label - The wrapper of the text.
 * @csspart new-tab-icon - The icon shown when the link opens a new tab.
 *
 * @cssprop --mc-color-brand - Primary background, secondary border and text.
 * @cssprop --mc-color-on-brand - Primary and danger text.
 * @cssprop --mc-radius-md - Corner radius.
 */
export class McLinkButton extends McElement {
  static override tagName = 'mc-link-button';
  static override shadowRootOptions: ShadowRootInit = delegatesFocus;

  static override messages = {
    vi: { 'link-button.newTab': '(mở trong thẻ mới)' },
    en: {},
  };

  static override styles = [
    hostStyles,
    buttonStyles,
    css`
      .label {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        min-width: 0;
      }
      .new-tab-icon {
        flex: none;
        width: 1em;
        height: 1em;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    href: {},
    target: {},
    download: {},
    rel: {},
    variant: { reflect: true },
    size: { reflect: true },
  };

  /** The address the link goes to (required). */
  href = '';

  /** Where to open the link, e.g. `_blank` for a new tab. */
  target = '';

  /** Download the target instead of navigating; the value is the suggested file name. */
  download?: string;

  /** Extra `rel` values; `noopener noreferrer` is always added for `target="_blank"`. */
  rel = '';

  /** Look: `primary` (default), `secondary`, `tertiary` or `danger`. */
  variant: ButtonVariant = 'primary';

  /** `md` (default) or `lg`. */
  size: ButtonSize = 'md';

  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector('a')?.focus(options);
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, BUTTON_VARIANTS);
    const size = this.oneOf('size', this.size, BUTTON_SIZES);
    if (DEV && !this.href) warnDev(`<mc-link-button> needs an href; without one it is not a link. Use <mc-button> for actions.`);
    const newTab = this.target === '_blank';
    const rel = [...new Set([...this.rel.split(/\s+/).filter(Boolean), ...(newTab ? ['noopener', 'noreferrer'] : [])])].join(' ');
    return html`<a
      class="control"
      data-variant=${variant}
      data-size=${size}
      part="link"
      href=${this.href || nothing}
      target=${this.target || nothing}
      rel=${rel || nothing}
      download=${ifDefined(this.download)}
    >
      <slot name="icon"></slot>
      <span class="label" part="label"
        ><slot></slot>
        ${newTab
          ? html`<svg class="new-tab-icon" part="new-tab-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path
                  d="M11 3h6v6M17 3l-8 8M8 5H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-4"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                  stroke-linejoin="round"
                /></svg
              ><span class="visually-hidden">${this.msg('link-button.newTab')}</span>`
          : nothing}</span
      >
    </a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-link-button': McLinkButton;
  }
}
