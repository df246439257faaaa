// The look of the form controls, shared: the label/hint/error layout of every control
// (formControlStyles), the box of a text input or select (fieldStyles), and a checkbox or radio
// row (choiceStyles). Each control lists the ones it needs after hostStyles.
import { css } from 'lit';
import { focusRing } from './styles.js';
import { token } from './tokens.js';

/** Label, hint and error layout shared by the controls. */
export const formControlStyles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .label,
  .hint,
  .error {
    overflow-wrap: anywhere;
  }
  .required,
  .hint {
    color: ${token('color-text-muted')};
  }
  .hint,
  .error {
    font-size: ${token('font-size-sm')};
  }
  .label {
    display: block;
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    color: ${token('color-text')};
    margin-block-end: ${token('space-1')};
  }
  .required {
    font-weight: ${token('font-weight-regular')};
  }
  .hint {
    display: block;
    margin: 0 0 ${token('space-2')};
  }
  .error {
    display: flex;
    gap: ${token('space-1')};
    align-items: flex-start;
    margin: ${token('space-1')} 0 0;
    font-weight: ${token('font-weight-medium')};
    color: ${token('color-danger')};
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

/** The box of a text field's `<input>` and of a select's `<select>`. */
export const fieldStyles = css`
  input,
  select {
    display: block;
    box-sizing: border-box;
    width: 100%;
    min-height: max(${token('control-height')}, 2.75rem);
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    font-size: ${token('font-size-md')};
    color: ${token('color-text')};
    background: ${token('color-surface')};
    border: 2px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
  }
  input:focus-visible,
  select:focus-visible {
    ${focusRing}
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  /* before the control's own rules of the same specificity (input[readonly]) */
  input:disabled,
  select:disabled {
    background: ${token('color-disabled')};
    color: ${token('color-on-disabled')};
    cursor: not-allowed;
  }
`;

/**
 * A checkbox or radio row: `.choice` (the `<label>`), its `<input>`, and the `.description` under
 * it. Shared by the checkbox and the radio group.
 */
export const choiceStyles = css`
  .choice {
    font-size: ${token('font-size-md')};
    display: flex;
    align-items: flex-start;
    gap: ${token('space-3')};
    min-height: 2.75rem;
    padding-block: ${token('space-2')};
    cursor: pointer;
  }
  .choice.disabled {
    cursor: not-allowed;
    color: ${token('color-on-disabled')};
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
  .description {
    display: block;
    margin-block-start: calc(-1 * ${token('space-1')});
    padding-inline-start: calc(1.5rem + ${token('space-3')});
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
  }
`;
