import { css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { focusRing, hostStyles, token } from '../base/index.js';
import { McFormControl, formControlStyles, withFormMessages } from '../base/form-control.js';

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
    en: { 'select.placeholder': 'Choose one', 'select.valueMissing': 'Please choose an option.' },
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    css`
      .wrap {
        position: relative;
      }
      select {
        display: block;
        box-sizing: border-box;
        width: 100%;
        min-height: max(${token('control-height')}, 2.75rem);
        margin: 0;
        padding: ${token('space-2')} 2.5em ${token('space-2')} ${token('space-3')};
        font: inherit;
        font-size: ${token('font-size-md')};
        color: ${token('color-text')};
        background: ${token('color-surface')};
        border: 2px solid ${token('color-border-strong')};
        border-radius: ${token('radius-md')};
        appearance: none;
        text-overflow: ellipsis;
        cursor: pointer;
      }
      select:focus-visible {
        ${focusRing}
      }
      select[aria-invalid='true'] {
        border-color: ${token('color-danger')};
      }
      select:disabled {
        background: ${token('color-disabled')};
        color: ${token('color-on-disabled')};
        cursor: not-allowed;
      }
      .chevron {
        position: absolute;
        inset-inline-end: 0.75em;
        top: 50%;
        width: 1em;
        height: 1em;
        transform: translateY(-50%);
        pointer-events: none;
      }
      @media (forced-colors: active) {
        select {
          appearance: auto;
          padding-inline-end: ${token('space-3')};
        }
        .chevron {
          display: none;
        }
      }
    `,
  ];

  /** The options: `[{ value, label, disabled? }]`. */
  @property({ attribute: false }) options: SelectOption[] = [];

  /** The selected value (`''` = none). The `value` attribute is the default for `form.reset()`. */
  @property() value = '';

  /** Text of the empty first option; defaults to "Chọn một mục". */
  @property() placeholder = '';

  @query('select') private select!: HTMLSelectElement;

  protected override valueMissingKey = 'select.valueMissing';

  protected override validityAnchor() {
    return this.select;
  }

  protected override resetToDefault(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override restoreState(state: string): void {
    this.value = state;
  }

  /** The label of the selected option, or `''`. */
  get selectedLabel(): string {
    return this.options.find((o) => o.value === this.value)?.label ?? '';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.internals.setFormValue(this.value || null);
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
      <label class="label" part="label" for="select">${this.label}${this.renderRequired()}</label>
      ${this.renderHint()}
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
