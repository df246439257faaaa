// The shared base of every form control (text field, select, checkbox, radio group, rating scale,
// search field): form association through ElementInternals, label/hint/error wiring, validity
// mirrored from the native control inside, localized validation messages, reset and
// disabled-from-fieldset. Subclasses render their own native control and call `syncValidity()`.
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { McElement, delegatesFocus } from './mc-element.js';
import { mergeCatalogs, type Catalog } from '../i18n/catalog.js';

const INVALID_VI = 'Giá trị chưa hợp lệ.';

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
    'form.stepMismatch': INVALID_VI,
    'form.badInput': 'Vui lòng nhập một số.',
    'form.invalid': INVALID_VI,
    'form.errorPrefix': 'Lỗi:',
  },
  en: {},
};

/** `static messages = withFormMessages({ vi: {…}, en: {…} })` in a form control. */
export function withFormMessages(own: Catalog): Catalog {
  return mergeCatalogs(formControlMessages, own);
}

/** A control with a string `value`. */
type Valued = { value: string };

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

/** The validity flags mirrored, in the order their message is chosen (`customError` is checked first). */
const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'badInput',
  'stepMismatch',
  'customError',
] as const;

/** The placeholder of a flag's message and the anchor's property that fills it. */
const PARAMS: Partial<Record<(typeof FLAGS)[number], [string, 'maxLength' | 'minLength' | 'min' | 'max']>> = {
  tooLong: ['max', 'maxLength'],
  tooShort: ['min', 'minLength'],
  rangeUnderflow: ['min', 'min'],
  rangeOverflow: ['max', 'max'],
};

/**
 * Base class of the form-associated controls. Properties common to all of them: `name`, `label`,
 * `hint`, `error`, `disabled`, `required`. The control's value is reported with
 * `this.internals.setFormValue()` by the subclass; validity with `syncValidity(nativeControl)`.
 */
export abstract class McFormControl extends McElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = delegatesFocus;

  static {
    // syncValidity() may re-render once after an update when the validity on display changed.
    this.disableWarning?.('change-in-update');
  }

  static override properties: PropertyDeclarations = {
    name: {},
    label: {},
    hint: {},
    error: {},
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    formDisabled: { state: true },
    showValidity: { state: true },
  };

  /** The field's name in the submitted form data. */
  name = '';

  /** The visible label (required for accessibility). */
  label = '';

  /** Help text under the label, linked with `aria-describedby`. */
  hint = '';

  /**
   * An error message set by the page (e.g. from server validation): shown under the control and
   * marking it `aria-invalid`. It does not block submission (the user must be able to resubmit a
   * corrected value for the server to check); clear it when the value changes.
   */
  error = '';

  /** Disables the control (a disabled `<fieldset>` around it does the same). */
  disabled = false;

  /** The control must have a value before its form can be submitted. */
  required = false;

  /** Set by a disabled ancestor `<fieldset>` (formDisabledCallback). */
  protected formDisabled = false;

  /** True once the user was told about the control's validity (after `invalid`, until reset). */
  protected showValidity = false;

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

  // The defaults below are for controls with a string `value` (the checkbox overrides them).

  /** Puts the value back to its default (the `value` attribute). */
  protected resetToDefault(): void {
    (this as unknown as Valued).value = this.getAttribute('value') ?? '';
  }

  protected restoreState(state: string): void {
    (this as unknown as Valued).value = state;
  }

  /** Reports the value to the form (none when empty). */
  override willUpdate(changed: PropertyValues): void {
    if (changed.has('value')) this.internals.setFormValue((this as unknown as Valued).value || null);
  }

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

  /** The `<label>` for the control with id `forId`, and the hint. */
  protected renderLabel(forId: string): TemplateResult {
    return html`<label class="label" part="label" for=${forId}>${this.label}${this.renderRequired()}</label>${this.renderHint()}`;
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
        ? html`<svg class="error-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"
              ><circle cx="10" cy="10" r="9" fill="currentColor" /><rect x="9" y="4.5" width="2" height="7" rx="1" fill="#fff" /><circle
                cx="10"
                cy="14.5"
                r="1.2"
                fill="#fff" /></svg>
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
    const flag = FLAGS.find((f) => f !== 'customError' && flags[f]);
    if (!flag) return anchor.validationMessage || this.msg('form.invalid');
    if (flag === 'valueMissing') return this.msg(this.valueMissingKey);
    const param = PARAMS[flag];
    return this.msg(
      flag === 'typeMismatch' && anchor.type === 'email' ? 'form.typeMismatch.email' : `form.${flag}`,
      param && { [param[0]]: anchor[param[1]] ?? '' },
    );
  }

  /** The native control whose validity the host mirrors (the first radio for a group). */
  protected abstract validityAnchor(): ValidityAnchor | null | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After every render: the value, constraints, error or language may have changed.
    this.syncValidity(this.validityAnchor());
  }
}
