// Look shared by <mc-button> and <mc-link-button> (buttonStyles): the element with class "control"
// gets the variant (primary | secondary | tertiary | danger) and size (md | lg) from data
// attributes. buttonOwnStyles: what only <mc-button> has (the loading spinner, the label).
import { css } from 'lit';
import { focusRing, token } from '../base/index.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'tertiary', 'danger'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export const BUTTON_SIZES = ['md', 'lg'] as const;
export type ButtonSize = (typeof BUTTON_SIZES)[number];

export const buttonStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  .control {
    --_t: ${token('motion-duration-fast')} ${token('motion-easing')};
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-2')};
    box-sizing: border-box;
    max-width: 100%;
    /* WCAG 2.5.8: at least 24px, here 44px (2.75rem) so elderly users hit it. */
    min-height: max(${token('control-height')}, 2.75rem);
    min-width: 2.75rem;
    margin: 0;
    padding: ${token('space-2')} ${token('space-4')};
    border: 2px solid transparent;
    border-radius: ${token('radius-md')};
    font: inherit;
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    text-align: center;
    text-decoration: none;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: pointer;
    transition:
      background-color var(--_t),
      border-color var(--_t);
    -webkit-tap-highlight-color: transparent;
  }
  .control:focus-visible {
    ${focusRing}
  }
  .control[data-size=lg] {
    min-height: 3.25rem;
    padding: ${token('space-3')} ${token('space-5')};
    font-size: ${token('font-size-lg')};
  }
  .control[data-variant=primary] {
    background: ${token('color-brand')};
    color: ${token('color-on-brand')};
    border-color: ${token('color-brand')};
  }
  .control[data-variant=primary]:hover {
    background: ${token('color-brand-hover')};
    border-color: ${token('color-brand-hover')};
  }
  .control[data-variant=primary]:active {
    background: ${token('color-brand-active')};
    border-color: ${token('color-brand-active')};
  }
  .control[data-variant=secondary] {
    background: ${token('color-surface')};
    color: ${token('color-brand')};
    border-color: ${token('color-brand')};
  }
  .control[data-variant=tertiary] {
    background: transparent;
    color: ${token('color-link')};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .control[data-variant=secondary]:hover,
  .control[data-variant=tertiary]:hover {
    background: ${token('color-brand-subtle')};
  }
  .control[data-variant=danger] {
    background: ${token('color-danger')};
    color: ${token('color-on-brand')};
    border-color: ${token('color-danger')};
  }
  .control[data-variant=danger]:hover {
    filter: brightness(0.9);
  }
  .control:disabled,
  .control[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .control:disabled {
    background: ${token('color-disabled')};
    color: ${token('color-on-disabled')};
    border-color: ${token('color-disabled')};
    text-decoration: none;
    filter: none;
  }
  ::slotted(svg),
  ::slotted(img) {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    .control:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

/** <mc-button>'s own rules: the spinner while `loading`, and the label wrapper. */
export const buttonOwnStyles = css`
  .spinner {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border: 0.18em solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  .control[aria-busy='true'] {
    cursor: progress;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .label {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-width: 0;
  }
`;
