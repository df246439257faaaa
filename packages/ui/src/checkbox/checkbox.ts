import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { hostStyles, token } from '../base/index.js';
import { McFormControl, withFormMessages } from '../base/form-control.js';
import { choiceStyles, formControlStyles } from '../base/form-control.styles.js';

/**
 * A checkbox with its label (the `label` attribute or the default slot) and an optional
 * description, built on a native `<input type="checkbox">`; the whole row is a 44px-high target.
 * Form-associated: submits `value` (default `on`) when checked.
 *
 * @summary Checkbox with label and description.
 *
 * @fires mc-change - When the user toggles it. Detail: `{ checked: boolean, value: string }`.
 *
 * @slot - The label, when it needs markup (e.g. a link to the terms); overrides `label`.
 *
 * @csspart control - The `<label>` row (the click target).
 * @csspart input - The native checkbox.
 * @csspart label - The label text.
 * @csspart description - The description text.
 * @csspart error - The error message.
 *
 * @cssprop --mc-color-brand - The checked colour.
 */
export class McCheckbox extends McFormControl {
  static override tagName = 'mc-checkbox';

  static override messages = withFormMessages({
    vi: { 'checkbox.valueMissing': 'Vui lòng đánh dấu vào ô này để tiếp tục.' },
    en: {},
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    choiceStyles,
    css`
      .label-text {
        min-width: 0;
        font-size: ${token('font-size-md')};
        overflow-wrap: anywhere;
      }
      .error {
        padding-inline-start: calc(1.5rem + ${token('space-3')});
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    checked: { type: Boolean },
    indeterminate: { type: Boolean },
    value: {},
    description: {},
  };

  /** Whether it is ticked. The `checked` attribute is the default restored by `form.reset()`. */
  checked = false;

  /** Shows a "some of them" state (e.g. "select all" when only some rows are ticked). */
  indeterminate = false;

  /** The value submitted when checked. */
  value = 'on';

  /** Smaller text under the label. */
  description = '';

  protected override valueMissingKey = 'checkbox.valueMissing';

  protected override validityAnchor() {
    return this.renderRoot?.querySelector('input');
  }

  protected override resetToDefault(): void {
    this.checked = this.hasAttribute('checked');
    this.indeterminate = this.hasAttribute('indeterminate');
  }

  protected override restoreState(state: string): void {
    this.checked = state === this.value;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('checked') || changed.has('value')) this.internals.setFormValue(this.checked ? this.value : null);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The box's live state follows \`checked\` (what Lit's live() did), before the validity is mirrored.
    const input = this.validityAnchor();
    if (input && input.checked !== this.checked) input.checked = this.checked;
    super.updated(changed);
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    this.syncValidity(input);
    this.checked = input.checked;
    this.indeterminate = false;
    this.emit('mc-change', { checked: this.checked, value: this.value });
  }

  override render() {
    return html`
      <label class="choice ${this.isDisabled ? 'disabled' : ''}" part="control">
        <input
          type="checkbox"
          part="input"
          name=${this.name || nothing}
          .indeterminate=${this.indeterminate}
          .value=${this.value}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.errorText ? 'true' : nothing}
          aria-describedby=${this.describedBy(this.description ? ['description'] : [])}
          @change=${this.onChange}
        />
        <span class="label-text" part="label"><slot>${this.label}</slot>${this.renderRequired()}</span>
      </label>
      ${this.description ? html`<span class="description" id="description" part="description">${this.description}</span>` : nothing}
      ${this.renderError()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-checkbox': McCheckbox;
  }
}
