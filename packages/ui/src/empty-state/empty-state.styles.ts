// The look of <mc-empty-state> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const emptyStateStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${token('space-3')};
    padding: ${token('space-6')} ${token('space-4')};
    text-align: center;
    overflow-wrap: anywhere;
  }
  .illustration {
    --fill: ${token('color-brand-subtle')};
    display: flex;
    justify-content: center;
    color: ${token('color-text-muted')};
  }
  .illustration svg,
  ::slotted([slot='illustration']) {
    width: 5rem;
    height: 5rem;
    max-width: 100%;
  }
  /* the built-in illustrations (slotted artwork is not matched) */
  svg {
    fill: var(--fill);
    stroke: currentColor;
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .heading {
    margin: 0;
    max-width: 40rem;
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }
  .body {
    max-width: 40rem;
    color: ${token('color-text-muted')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${token('space-2')};
    max-width: 100%;
    margin-top: ${token('space-2')};
  }
  [hidden] {
    display: none !important;
  }
`;
