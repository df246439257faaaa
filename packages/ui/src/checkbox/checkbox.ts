import { css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { focusRing, hostStyles, token } from '../base/index.js';
import { McFormControl, formControlStyles, withFormMessages } from '../base/form-control.js';

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
    en: { 'checkbox.valueMissing': 'Please tick this box to continue.' },
  });

  static override styles = [
    hostStyles,
    formControlStyles,
    css`
      .control {
        font-size: ${token('font-size-md')};
        display: flex;
        align-items: flex-start;
        gap: ${token('space-3')};
        min-height: 2.75rem;
        padding-block: ${token('space-2')};
        cursor: pointer;
      }
      input {
        flex: none;
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        /* Centre the box on the first line of the label (1lh = the label's line height). */
        font: inherit;
        margin-block-start: calc((1lh - 1.5rem) / 2);
        accent-color: ${token('color-brand')};
        cursor: inherit;
      }
      input:focus-visible {
        ${focusRing}
      }
      .label-text {
        min-width: 0;
        font-size: ${token('font-size-md')};
        overflow-wrap: anywhere;
      }
      .description {
        display: block;
        margin-block-start: calc(-1 * ${token('space-1')});
        padding-inline-start: calc(1.5rem + ${token('space-3')});
        font-size: ${token('font-size-sm')};
        color: ${token('color-text-muted')};
        overflow-wrap: anywhere;
      }
      .error {
        padding-inline-start: calc(1.5rem + ${token('space-3')});
      }
      :host([disabled]) .control,
      .control.disabled {
        cursor: not-allowed;
        color: ${token('color-on-disabled')};
      }
    `,
  ];

  /** Whether it is ticked. The `checked` attribute is the default restored by `form.reset()`. */
  @property({ type: Boolean }) checked = false;

  /** Shows a "some of them" state (e.g. "select all" when only some rows are ticked). */
  @property({ type: Boolean }) indeterminate = false;

  /** The value submitted when checked. */
  @property() value = 'on';

  /** Smaller text under the label. */
  @property() description = '';

  @query('input') private input!: HTMLInputElement;

  protected override valueMissingKey = 'checkbox.valueMissing';

  protected override validityAnchor() {
    return this.input;
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
      <label class="control ${this.isDisabled ? 'disabled' : ''}" part="control">
        <input
          type="checkbox"
          part="input"
          name=${this.name || nothing}
          .checked=${live(this.checked)}
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
