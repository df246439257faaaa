import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { hostStyles } from '../base/index.js';
import { McFormControl, withFormMessages } from '../base/form-control.js';
import { choiceStyles, formControlStyles } from '../base/form-control.styles.js';
import { radioGroupStyles } from './radio-group.styles.js';

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
  disabled?: boolean;
}

const ORIENTATIONS = ['vertical', 'horizontal'] as const;
type Orientation = (typeof ORIENTATIONS)[number];

/**
 * A group of native radio buttons in a `<fieldset>` with a `<legend>`: arrow keys move between
 * the options and select them, Tab enters and leaves the group. Options come from the `options`
 * property. Form-associated: submits the chosen value; `required` shows "Vui lòng chọn một lựa
 * chọn." when the form is submitted without a choice.
 *
 * @summary Radio button group with legend, hint and error.
 *
 * @fires mc-change - When the user picks an option. Detail: `{ value: string, label: string }`.
 *
 * @csspart fieldset - The `<fieldset>`.
 * @csspart legend - The `<legend>` (the group's label).
 * @csspart required - The "(bắt buộc)" marker.
 * @csspart hint - The hint text.
 * @csspart options - The list of options.
 * @csspart item - One option with its description.
 * @csspart option - One option row (a `<label>`).
 * @csspart radio - A native radio input.
 * @csspart option-label - An option's label text.
 * @csspart option-description - An option's description.
 * @csspart error - The error message.
 *
 * @cssprop --mc-color-brand - The checked colour.
 */
export class McRadioGroup extends McFormControl {
  static override tagName = 'mc-radio-group';

  static override messages = withFormMessages({
    vi: { 'radio-group.valueMissing': 'Vui lòng chọn một lựa chọn.' },
    en: {},
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    radioGroupStyles,
    choiceStyles,
  ];

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    value: {},
    orientation: { reflect: true },
  };

  /** The choices: `[{ value, label, description?, disabled? }]`. */
  options: RadioOption[] = [];

  /** The chosen value (`''` = none). The `value` attribute is the default for `form.reset()`. */
  value = '';

  /** `vertical` (default) or `horizontal` (wraps on narrow screens). */
  orientation: Orientation = 'vertical';

  protected get radios(): NodeListOf<HTMLInputElement> | undefined {
    return this.renderRoot?.querySelectorAll('input[type="radio"]');
  }

  protected override valueMissingKey = 'radio-group.valueMissing';

  /** Focuses the chosen option, or the first enabled one (as Tab would). */
  override focus(options?: FocusOptions): void {
    const radios = [...(this.radios ?? [])];
    (radios.find((r) => r.checked && !r.disabled) ?? radios.find((r) => !r.disabled))?.focus(options);
  }

  /** The options as rendered; the rating scale supplies its levels here. */
  protected choices(): RadioOption[] {
    return this.options;
  }

  protected override validityAnchor() {
    return [...(this.radios ?? [])].find((r) => !r.disabled) ?? this.radios?.[0];
  }

  /** The label of the chosen option, or `''`. */
  get selectedLabel(): string {
    return this.choices().find((o) => o.value === this.value)?.label ?? '';
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // Each radio's live state follows \`value\` (what Lit's live() did), before the validity is mirrored.
    for (const radio of this.radios ?? []) {
      const checked = radio.value === this.value;
      if (radio.checked !== checked) radio.checked = checked;
    }
    super.updated(changed);
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const radio = event.target as HTMLInputElement;
    if (!radio.checked) return;
    this.syncValidity(radio);
    this.value = radio.value;
    this.emit('mc-change', { value: this.value, label: this.selectedLabel });
  }

  /** The text inside an option's `<label>`, after the radio; the rating scale changes it. */
  protected renderOptionContent(option: RadioOption, _index: number): TemplateResult {
    return html`<span class="option-label" part="option-label">${option.label}</span>`;
  }

  protected orientationValue(): string {
    return this.oneOf('orientation', this.orientation, ORIENTATIONS);
  }

  override render() {
    const invalid = Boolean(this.errorText);
    const disabled = this.isDisabled;
    return html`
      <fieldset part="fieldset" ?disabled=${disabled} aria-describedby=${this.describedBy()}>
        <legend class="label" part="legend">${this.label}${this.renderRequired()}</legend>
        ${this.renderHint()}
        <div class="options" part="options" data-orientation=${this.orientationValue()}>
          ${this.choices().map(
            (option, i) => html`<div class="item" part="item">
              <label class="choice option ${disabled || option.disabled ? 'disabled' : ''}" part="option">
              <input
                type="radio"
                part="radio"
                name="choice"
                .value=${option.value}
                ?required=${this.required}
                ?disabled=${disabled || option.disabled}
                aria-invalid=${invalid ? 'true' : nothing}
                aria-describedby=${option.description ? `description-${i}` : nothing}
                @change=${this.onChange}
              />
              ${this.renderOptionContent(option, i)}
              </label>
              ${option.description
                ? html`<span class="description" id="description-${i}" part="option-description">${option.description}</span>`
                : nothing}
            </div>`,
          )}
        </div>
        ${this.renderError()}
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-radio-group': McRadioGroup;
  }
}
