// The shared base of every form control (text field, select, checkbox, radio group, rating scale,
// search field): form association through ElementInternals, label/hint/error wiring, validity
// mirrored from the native control inside, localized validation messages, reset and
// disabled-from-fieldset. Subclasses render their own native control and call `syncValidity()`.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { McElement } from './mc-element.js';
import { mergeCatalogs, type Catalog } from './i18n.js';
import { token } from './tokens.js';

/** Validation messages shared by the form controls (merged into each control's catalog). */
export const formControlMessages: Catalog = {
  vi: {
    'form.valueMissing': 'Vui lòng điền thông tin này.',
    'form.typeMismatch.email': 'Vui lòng nhập đúng địa chỉ email, ví dụ: ten@vidu.vn.',
    'form.typeMismatch': 'Giá trị chưa đúng định dạng.',
    'form.patternMismatch': 'Giá trị chưa đúng định dạng yêu cầu.',
    'form.tooLong': 'Vui lòng nhập tối đa {max} ký tự.',
    'form.tooShort': 'Vui lòng nhập ít nhất {min} ký tự.',
    'form.rangeUnderflow': 'Giá trị phải lớn hơn hoặc bằng {min}.',
    'form.rangeOverflow': 'Giá trị phải nhỏ hơn hoặc bằng {max}.',
    'form.stepMismatch': 'Giá trị chưa hợp lệ.',
    'form.badInput': 'Vui lòng nhập một số.',
    'form.invalid': 'Giá trị chưa hợp lệ.',
    'form.errorPrefix': 'Lỗi:',
  },
  en: {
    'form.valueMissing': 'Please fill in this field.',
    'form.typeMismatch.email': 'Please enter an email address, for example: name@example.com.',
    'form.typeMismatch': 'The value is not in the right format.',
    'form.patternMismatch': 'The value does not match the required format.',
    'form.tooLong': 'Please use at most {max} characters.',
    'form.tooShort': 'Please use at least {min} characters.',
    'form.rangeUnderflow': 'The value must be {min} or more.',
    'form.rangeOverflow': 'The value must be {max} or less.',
    'form.stepMismatch': 'The value is not valid.',
    'form.badInput': 'Please enter a number.',
    'form.invalid': 'The value is not valid.',
    'form.errorPrefix': 'Error:',
  },
};

/** `static messages = withFormMessages({ vi: {…}, en: {…} })` in a form control. */
export function withFormMessages(own: Catalog): Catalog {
  return mergeCatalogs(formControlMessages, own);
}

/** What `syncValidity` needs from the native control it mirrors. */
export type ValidityAnchor = HTMLElement & {
  validity: ValidityState;
  validationMessage: string;
  maxLength?: number;
  minLength?: number;
  min?: string;
  max?: string;
  type?: string;
};

const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
  'customError',
] as const;

/** Label, hint and error layout shared by the controls. */
export const formControlStyles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .label {
    display: block;
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    color: ${token('color-text')};
    margin-block-end: ${token('space-1')};
    overflow-wrap: anywhere;
  }
  .required {
    font-weight: ${token('font-weight-regular')};
    color: ${token('color-text-muted')};
  }
  .hint {
    display: block;
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
  }
  .error {
    display: flex;
    gap: ${token('space-1')};
    align-items: flex-start;
    margin: ${token('space-1')} 0 0;
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-medium')};
    color: ${token('color-danger')};
    overflow-wrap: anywhere;
  }
  .error[hidden] {
    display: none;
  }
  .error-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-block-start: 0.15em;
  }
`;

/**
 * Base class of the form-associated controls. Properties common to all of them: `name`, `label`,
 * `hint`, `error`, `disabled`, `required`. The control's value is reported with
 * `this.internals.setFormValue()` by the subclass; validity with `syncValidity(nativeControl)`.
 */
export abstract class McFormControl extends McElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static {
    // syncValidity() may re-render once after an update when the validity on display changed.
    this.disableWarning?.('change-in-update');
  }

  /** The field's name in the submitted form data. */
  @property() name = '';

  /** The visible label (required for accessibility). */
  @property() label = '';

  /** Help text under the label, linked with `aria-describedby`. */
  @property() hint = '';

  /**
   * An error message set by the page (e.g. from server validation): shown under the control and
   * marking it `aria-invalid`. It does not block submission (the user must be able to resubmit a
   * corrected value for the server to check); clear it when the value changes.
   */
  @property() error = '';

  /** Disables the control (a disabled `<fieldset>` around it does the same). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The control must have a value before its form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Set by a disabled ancestor `<fieldset>` (formDisabledCallback). */
  @state() protected formDisabled = false;

  /** True once the user was told about the control's validity (after `invalid`, until reset). */
  @state() protected showValidity = false;

  protected readonly internals: ElementInternals;

  /** Ids used inside the shadow root to wire label, hint and error to the control. */
  protected readonly hintId = 'hint';
  protected readonly errorId = 'error';

  /** The message key for a missing value; a control overrides it ("Vui lòng chọn một mức"). */
  protected valueMissingKey = 'form.valueMissing';

  private validityKey = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.showValidity = true;
    });
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Like the native method: a non-empty message makes the control invalid with that message. */
  setCustomValidity(message: string): void {
    this.customValidity = message;
    this.syncValidity(this.validityAnchor());
  }

  private customValidity = '';

  /** Called by the browser when a `<fieldset disabled>` around the control changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser on `form.reset()`. */
  formResetCallback(): void {
    this.showValidity = false;
    this.resetToDefault();
  }

  /** Restores the value after back/forward navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreState(state);
  }

  /** Puts the value back to its default (the `value`/`checked` attribute). */
  protected abstract resetToDefault(): void;

  protected restoreState(_state: string): void {}

  /** The error on display: the page's `error`, else the validity message once it was reported. */
  get errorText(): string {
    if (this.error) return this.error;
    if (this.showValidity && !this.internals.validity.valid) return this.internals.validationMessage;
    return '';
  }

  /** Value for `aria-describedby` on the native control: hint and/or error ids. */
  protected describedBy(extra: string[] = []): string | typeof nothing {
    const ids = [...extra];
    if (this.hint) ids.push(this.hintId);
    if (this.errorText) ids.push(this.errorId);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected renderRequired(): TemplateResult | typeof nothing {
    return this.required ? html` <span class="required" part="required">(${this.msg('common.required')})</span>` : nothing;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<span class="hint" id=${this.hintId} part="hint">${this.hint}</span>` : nothing;
  }

  protected renderError(): TemplateResult {
    const text = this.errorText;
    return html`<p class="error" id=${this.errorId} part="error" ?hidden=${!text}>
      ${text
        ? html`<svg class="error-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="9" fill="currentColor" />
              <rect x="9" y="4.5" width="2" height="7" rx="1" fill="#fff" />
              <circle cx="10" cy="14.5" r="1.2" fill="#fff" />
            </svg>
            <span><span class="visually-hidden">${this.msg('form.errorPrefix')} </span>${text}</span>`
        : nothing}
    </p>`;
  }

  /**
   * Mirrors the native control's validity onto the host (so `form.checkValidity()`, `:invalid`
   * and the browser's "focus the first invalid field" all work), with a localized message.
   */
  protected syncValidity(anchor: ValidityAnchor | null | undefined): void {
    if (!anchor) return;
    const v = anchor.validity;
    const flags: ValidityStateFlags = {};
    for (const f of FLAGS) if (v[f]) flags[f] = true;
    if (this.customValidity) flags.customError = true;
    const message = Object.keys(flags).length ? this.validityMessage(flags, anchor) : '';
    if (message) this.internals.setValidity(flags, message, anchor);
    else this.internals.setValidity({});
    // The error on display reads the validity: re-render when it changed after a render.
    const key = `${Object.keys(flags).join()}|${message}`;
    if (key !== this.validityKey) {
      this.validityKey = key;
      // Deliberate and rare (only while a validity error is on display), hence no Lit warning.
      if (this.hasUpdated && this.showValidity && !this.error) this.requestUpdate();
    }
  }

  private validityMessage(flags: ValidityStateFlags, anchor: ValidityAnchor): string {
    if (flags.customError && this.customValidity) return this.customValidity;
    if (flags.valueMissing) return this.msg(this.valueMissingKey);
    if (flags.typeMismatch) return this.msg(anchor.type === 'email' ? 'form.typeMismatch.email' : 'form.typeMismatch');
    if (flags.patternMismatch) return this.msg('form.patternMismatch');
    if (flags.tooLong) return this.msg('form.tooLong', { max: anchor.maxLength ?? '' });
    if (flags.tooShort) return this.msg('form.tooShort', { min: anchor.minLength ?? '' });
    if (flags.rangeUnderflow) return this.msg('form.rangeUnderflow', { min: anchor.min ?? '' });
    if (flags.rangeOverflow) return this.msg('form.rangeOverflow', { max: anchor.max ?? '' });
    if (flags.badInput) return this.msg('form.badInput');
    if (flags.stepMismatch) return this.msg('form.stepMismatch');
    return anchor.validationMessage || this.msg('form.invalid');
  }

  /** The native control whose validity the host mirrors (the first radio for a group). */
  protected abstract validityAnchor(): ValidityAnchor | null | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After every render: the value, constraints, error or language may have changed.
    this.syncValidity(this.validityAnchor());
  }
}
