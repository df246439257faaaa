import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles, token } from '../base/index.js';
import { McFormControl, withFormMessages } from '../base/form-control.js';
import { fieldStyles, formControlStyles } from '../base/form-control.styles.js';

const TYPES = ['text', 'tel', 'email', 'number', 'search'] as const;
type TextFieldType = (typeof TYPES)[number];
const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;

/**
 * A labelled text input with hint and error message, form-associated: its value is submitted
 * with the form, `required`/`pattern`/`maxlength` validity is mirrored from the inner input,
 * `form.reset()` restores the `value` attribute and a disabled `<fieldset>` disables it.
 *
 * @summary Text field with label, hint and error.
 *
 * @fires mc-input - On every edit. Detail: `{ value: string }`.
 * @fires mc-change - When the user commits a change (blur or Enter). Detail: `{ value: string }`.
 *
 * @csspart label - The `<label>`.
 * @csspart required - The "(bắt buộc)" marker in the label.
 * @csspart hint - The hint text.
 * @csspart input - The native `<input>`.
 * @csspart error - The error message.
 *
 * @cssprop --mc-color-border-strong - Input border.
 * @cssprop --mc-color-danger - Error text and border.
 * @cssprop --mc-control-height - Input minimum height.
 */
export class McTextField extends McFormControl {
  static override tagName = 'mc-text-field';

  static override messages = withFormMessages({ vi: {}, en: {} });

  static override styles = [
    hostStyles,
    formControlStyles,
    fieldStyles,
    css`
      input[readonly] {
        background: ${token('color-surface-alt')};
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    value: {},
    type: { reflect: true },
    inputmode: {},
    autocomplete: {},
    pattern: {},
    maxlength: { type: Number },
    minlength: { type: Number },
    min: {},
    max: {},
    placeholder: {},
    readonly: { type: Boolean, reflect: true },
  };

  /** The current value. The `value` attribute is the default restored by `form.reset()`. */
  value = '';

  /** `text` (default), `tel`, `email`, `number` or `search`. */
  type: TextFieldType = 'text';

  /** Virtual keyboard hint, e.g. `numeric` for a CCCD number. */
  inputmode = '';

  /** Autofill hint, e.g. `name`, `tel`, `email`, `street-address`. */
  autocomplete = '';

  /** A regular expression the whole value must match. */
  pattern = '';

  /** Maximum number of characters. */
  maxlength?: number;

  /** Minimum number of characters. */
  minlength?: number;

  /** Minimum and maximum for `type="number"`. */
  min = '';
  max = '';

  /** Example text shown when empty. Never a substitute for the label. */
  placeholder = '';

  /** The value can be read and copied but not changed. */
  readonly = false;

  private get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input');
  }

  protected override validityAnchor() {
    return this.input;
  }

  protected override resetToDefault(): void {
    super.resetToDefault();
    this.committed = this.value;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value') || changed.has('name')) this.internals.setFormValue(this.value ?? '');
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The input's live value follows \`value\` (what Lit's live() did, without shipping it): set
    // only when it differs, so typing is never disturbed; before the validity is mirrored.
    const input = this.input;
    const value = this.value ?? '';
    if (input && input.value !== value) input.value = value;
    super.updated(changed);
  }

  /** Selects the whole text. */
  select(): void {
    this.input?.select();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.syncValidity(input);
    this.value = input.value;
    this.emit('mc-input', { value: this.value });
  }

  /** The value at the last `mc-change`, so a commit is reported once. */
  private committed = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.committed = this.value;
  }

  private commit(): void {
    if (this.value === this.committed) return;
    this.committed = this.value;
    this.emit('mc-change', { value: this.value });
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    this.commit();
  }

  private onKeydown(event: KeyboardEvent): void {
    // Implicit submission: Enter in a text field commits the value and submits its form, as
    // with a native input.
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.commit();
      this.form.requestSubmit();
    }
  }

  override render() {
    const type = this.oneOf('type', this.type, TYPES);
    const inputmode = this.inputmode ? this.oneOf('inputmode', this.inputmode, INPUT_MODES, 'text') : undefined;
    const invalid = Boolean(this.errorText);
    return html`
      ${this.renderLabel('input')}
      <input
        id="input"
        part="input"
        .type=${type}
        name=${this.name || nothing}
        inputmode=${ifDefined(inputmode)}
        autocomplete=${(this.autocomplete || nothing) as never}
        pattern=${this.pattern || nothing}
        maxlength=${this.maxlength ?? nothing}
        minlength=${this.minlength ?? nothing}
        min=${this.min || nothing}
        max=${this.max || nothing}
        placeholder=${this.placeholder || nothing}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.describedBy()}
        @input=${this.onInput}
        @change=${this.onChange}
        @keydown=${this.onKeydown}
      />
      ${this.renderError()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-text-field': McTextField;
  }
}
