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

/** The visible focus indicator (WCAG 2.2 2.4.11/2.4.13): apply inside a `:focus-visible` rule. */
export const focusRing = css`
  outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  outline-offset: ${token('focus-ring-offset')};
`;
