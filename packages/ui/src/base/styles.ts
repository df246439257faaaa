// Styles every component shares. Sizes in rem/em so text zoom to 200% reflows instead of clipping.
import { css } from 'lit';
import { token } from './tokens.js';

export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--mc-font-family, inherit);
    color: ${token('color-text')};
    line-height: ${token('line-height-normal')};
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    /* at the start edge: at its static place, the last line's end, it can widen the page by 1px */
    left: 0;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** A block host that may shrink below its content's width (flex and grid children). */
export const blockHost = css`
  :host {
    display: block;
    min-width: 0;
  }
`;

/** No outer margins on the first and last element slotted into `.body`. */
export const slottedBody = css`
  .body ::slotted(:first-child) {
    margin-top: 0;
  }
  .body ::slotted(:last-child) {
    margin-bottom: 0;
  }
`;

/** The visible focus indicator (WCAG 2.2 2.4.11/2.4.13): apply inside a `:focus-visible` rule. */
export const focusRing = css`
  outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  outline-offset: ${token('focus-ring-offset')};
`;

/**
 * The colours of the statuses, for an element with class `info`, `success`, `warning` or `danger`:
 * `--_b` (border), `--_s` (surface), `--_c` (text) and `--_a` (an accent: the alert's icon and bar).
 * Shared by alert, badge and timeline tags;
 * list it after the component's own styles so that it wins over the component's defaults.
 */
export const statusColors = css`
  .info {
    --_b: ${token('color-info-border')};
    --_s: ${token('color-info-subtle')};
    --_c: ${token('color-info-on-subtle')};
    --_a: ${token('color-info')};
  }
  .success {
    --_b: ${token('color-success-border')};
    --_s: ${token('color-success-subtle')};
    --_c: ${token('color-success-on-subtle')};
    --_a: ${token('color-success')};
  }
  .warning {
    --_b: ${token('color-warning-border')};
    --_s: ${token('color-warning-subtle')};
    --_c: ${token('color-warning-on-subtle')};
    --_a: ${token('color-warning')};
  }
  .danger {
    --_b: ${token('color-danger-border')};
    --_s: ${token('color-danger-subtle')};
    --_c: ${token('color-danger-on-subtle')};
    --_a: ${token('color-danger')};
  }
`;
