// The look of <mc-alert> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { focusRing } from '../base/styles.js';
import { token } from '../base/tokens.js';

export const alertStyles = css`
  /* Colours from statusColors: --_b (border), --_s (surface), --_c (text), --_a (icon, bar). */
  .alert,
  .region {
    display: flex;
    align-items: flex-start;
    gap: ${token('space-3')};
  }
  .alert {
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid var(--_b);
    border-inline-start: 0.375rem solid var(--_a);
    border-radius: ${token('radius-md')};
    background: var(--_s);
    color: var(--_c);
    overflow-wrap: anywhere;
  }
  .region,
  .content {
    flex: 1 1 auto;
    min-width: 0;
  }
  .region {
    /* keeps the box's height while the region fills (one frame after connecting) */
    min-height: 1.5em;
  }
  svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .dot {
    fill: currentColor;
    stroke: none;
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--_a);
  }
  .heading {
    margin: 0 0 ${token('space-1')};
    font-size: ${token('font-size-md')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }
  .heading:last-child {
    margin-bottom: 0;
  }
  .dismiss {
    --_m: calc(-1 * ${token('space-2')});
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* 44 px target for unsteady hands (WCAG 2.5.8 asks 24) */
    min-width: 2.75rem;
    min-height: 2.75rem;
    margin: var(--_m) var(--_m) 0 0;
    padding: 0;
    border: 0;
    border-radius: ${token('radius-sm')};
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .dismiss:focus-visible {
    ${focusRing}
  }
  .dismiss svg {
    width: 1.25em;
    height: 1.25em;
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
  }
`;
