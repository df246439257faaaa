import { html, nothing, type PropertyDeclarations } from 'lit';
import { hostStyles } from '../base/index.js';
import { McFormControl, withFormMessages } from '../base/form-control.js';
import { fieldStyles, formControlStyles } from '../base/form-control.styles.js';
import { selectStyles } from './select.styles.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * A labelled drop-down list built on a native `<select>` (the phone's own picker, which elderly
 * users know and which works with every assistive technology). Options come from the `options`
 * property. A first empty option ("Chọn một mục") lets `required` work and can be renamed with
 * `placeholder`.
 *
 * @summary Drop-down list with label, hint and error.
 *
 * @fires mc-change - When the user picks an option. Detail: `{ value: string }`.
 *
 * @csspart label - The `<label>`.
 * @csspart required - The "(bắt buộc)" marker.
 * @csspart hint - The hint text.
 * @csspart select - The native `<select>`.
 * @csspart chevron - The arrow icon.
 * @csspart error - The error message.
 *
 * @cssprop --mc-color-border-strong - Border.
 * @cssprop --mc-color-danger - Error text and border.
 */
export class McSelect extends McFormControl {
  static override tagName = 'mc-select';

  static override messages = withFormMessages({
    vi: { 'select.placeholder': 'Chọn một mục', 'select.valueMissing': 'Vui lòng chọn một mục.' },
    en: {},
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    fieldStyles,
    selectStyles,
  ];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    value: {},
    placeholder: {},
  };

  /** The options: `[{ value, label, disabled? }]`. */
  options: SelectOption[] = [];

  /** The selected value (`''` = none). The `value` attribute is the default for `form.reset()`. */
  value = '';

  /** Text of the empty first option; defaults to "Chọn một mục". */
  placeholder = '';

  private get select(): HTMLSelectElement | null | undefined {
    return this.renderRoot?.querySelector('select');
  }

  protected override valueMissingKey = 'select.valueMissing';

  protected override validityAnchor() {
    return this.select;
  }

  /** The label of the selected option, or `''`. */
  get selectedLabel(): string {
    return this.options.find((o) => o.value === this.value)?.label ?? '';
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // Options are rendered after the <select> itself, so set the value once they exist.
    if (this.select && this.select.value !== this.value) this.select.value = this.value;
    super.updated(changed);
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const select = event.target as HTMLSelectElement;
    this.syncValidity(select);
    this.value = select.value;
    this.emit('mc-change', { value: this.value });
  }

  override render() {
    return html`
      ${this.renderLabel('select')}
      <div class="wrap">
        <select
          id="select"
          part="select"
          name=${this.name || nothing}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.errorText ? 'true' : nothing}
          aria-describedby=${this.describedBy()}
          @change=${this.onChange}
        >
          <option value="" ?selected=${this.value === ''}>${this.placeholder || this.msg('select.placeholder')}</option>
          ${this.options.map(
            (o) => html`<option value=${o.value} ?disabled=${o.disabled} ?selected=${o.value === this.value}>${o.label}</option>`,
          )}
        </select>
        <svg class="chevron" part="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </div>
      ${this.renderError()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-select': McSelect;
  }
}
