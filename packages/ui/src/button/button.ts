import { html, nothing, type PropertyDeclarations } from 'lit';
import { McElement, hostStyles } from '../base/index.js';
import { delegatesFocus } from '../base/mc-element.js';
import { BUTTON_SIZES, BUTTON_VARIANTS, buttonOwnStyles, buttonStyles, type ButtonSize, type ButtonVariant } from './button.styles.js';

const TYPES = ['submit', 'button', 'reset'] as const;
type ButtonType = (typeof TYPES)[number];

/**
 * A button. Inside a `<form>` it submits (default `type="submit"`) or resets it, like a native
 * button, through ElementInternals. A `disabled` or `loading` button swallows clicks.
 *
 * @summary Button with variants, sizes, a loading state and an optional icon.
 *
 * @slot - The button's text.
 * @slot icon - An icon before the text (an `<svg aria-hidden="true">`).
 *
 * @csspart button - The native `<button>`.
 * @csspart spinner - The spinner shown while `loading`.
 * @csspart label - The wrapper of the text.
 *
 * @cssprop --mc-color-brand - Primary background, secondary border and text.
 * @cssprop --mc-color-on-brand - Primary and danger text.
 * @cssprop --mc-color-danger - Danger background.
 * @cssprop --mc-radius-md - Corner radius.
 * @cssprop --mc-control-height - Minimum height (never under 44px).
 */
export class McButton extends McElement {
  static override tagName = 'mc-button';
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = delegatesFocus;

  static override messages = {
    vi: { 'button.loading': 'Đang xử lý, vui lòng chờ' },
    en: {},
  };

  static override styles = [
    hostStyles,
    buttonStyles,
    buttonOwnStyles,
  ];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    size: { reflect: true },
    type: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    loading: { type: Boolean, reflect: true },
  };

  /** Look: `primary` (default), `secondary`, `tertiary` (text-like) or `danger`. */
  variant: ButtonVariant = 'primary';

  /** `md` (default) or `lg`. */
  size: ButtonSize = 'md';

  /** `submit` (default), `button` or `reset`: what a click does to the surrounding form. */
  type: ButtonType = 'submit';

  /** Disables the button (not focusable, clicks swallowed). */
  disabled = false;

  /**
   * Shows a spinner and sets `aria-busy`; the button stays focusable (so keyboard users keep
   * their place) but clicks are swallowed until loading ends.
   */
  loading = false;

  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Capture on the host runs before the page's own listeners on the host and its ancestors.
    this.addEventListener('click', this.onClick, { capture: true });
  }

  /** The form this button submits or resets. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector('button')?.focus(options);
  }

  private onClick = (event: MouseEvent): void => {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // Let the page cancel the default action with preventDefault() on its own listener first.
    setTimeout(() => {
      if (event.defaultPrevented) return;
      const form = this.internals.form;
      if (!form) return;
      const type = this.oneOf('type', this.type, TYPES);
      if (type === 'submit') form.requestSubmit();
      else if (type === 'reset') form.reset();
    });
  };

  override render() {
    const variant = this.oneOf('variant', this.variant, BUTTON_VARIANTS);
    const size = this.oneOf('size', this.size, BUTTON_SIZES);
    return html`<button
      class="control"
      data-variant=${variant}
      data-size=${size}
      part="button"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.loading ? 'true' : nothing}
      aria-busy=${this.loading ? 'true' : nothing}
    >
      ${this.loading ? html`<span class="spinner" part="spinner" aria-hidden="true"></span>` : html`<slot name="icon"></slot>`}
      <span class="label" part="label"><slot></slot></span>
      ${this.loading ? html`<span class="visually-hidden">${this.msg('button.loading')}</span>` : nothing}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-button': McButton;
  }
}
