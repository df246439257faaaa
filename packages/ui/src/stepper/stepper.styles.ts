// The look of <mc-stepper> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const stepperStyles = css`
  :host {
    display: block;
    min-width: 0;
    container-type: inline-size;
  }
  .summary {
    margin: 0 0 ${token('space-3')};
    font-weight: ${token('font-weight-bold')};
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    --marker: 1.75em;
    --accent: ${token('color-border-strong')};
    position: relative;
    display: grid;
    grid-template-columns: var(--marker) minmax(0, 1fr);
    align-items: start;
    column-gap: ${token('space-3')};
    padding-bottom: ${token('space-3')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
  }
  .step:last-child {
    padding-bottom: 0;
  }
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    top: calc(var(--marker) + 0.125em);
    bottom: 0.125em;
    inset-inline-start: calc(var(--marker) / 2 - 1px);
    width: 2px;
    background: ${token('color-border')};
  }
  .step.done:not(:last-child)::before {
    background: ${token('color-success')};
  }
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--marker);
    height: var(--marker);
    border: 2px solid var(--accent);
    border-radius: 50%;
    background: ${token('color-surface')};
    color: ${token('color-text')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
    line-height: 1;
  }
  .marker svg {
    width: 100%;
    height: 100%;
  }
  .step.done {
    --accent: ${token('color-success')};
    color: ${token('color-text')};
  }
  .step.done .marker {
    background: var(--accent);
    color: ${token('color-on-brand')};
  }
  .step.current {
    --accent: ${token('color-brand')};
    color: ${token('color-text')};
  }
  .step.current .marker {
    background: var(--accent);
    color: ${token('color-on-brand')};
    box-shadow: 0 0 0 0.2em ${token('color-brand-subtle')};
  }
  .step.current .label {
    font-weight: ${token('font-weight-bold')};
  }
  .label {
    padding-top: 0.2em;
    min-width: 0;
  }
  /* Across on wide containers: markers on a line, labels under them. */
  @container (min-width: 40rem) {
    .list {
      display: flex;
    }
    .step {
      flex: 1 1 0;
      grid-template-columns: minmax(0, 1fr);
      justify-items: center;
      row-gap: ${token('space-2')};
      padding: 0 ${token('space-1')};
      text-align: center;
    }
    .step:not(:last-child)::before {
      top: calc(var(--marker) / 2 - 1px);
      bottom: auto;
      inset-inline-start: calc(50% + var(--marker) / 2 + 0.25em);
      inset-inline-end: calc(-50% + var(--marker) / 2 + 0.25em);
      width: auto;
      height: 2px;
    }
    .label {
      padding-top: 0;
    }
  }
  .bar-label {
    margin: 0 0 ${token('space-2')};
    font-weight: ${token('font-weight-medium')};
    overflow-wrap: anywhere;
  }
  .track {
    height: 0.75rem;
    overflow: hidden;
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-pill')};
    background: ${token('color-surface-alt')};
  }
  .indicator {
    height: 100%;
    border-radius: inherit;
    background: ${token('color-brand')};
    transition: width ${token('motion-duration-normal')} ${token('motion-easing')};
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .track {
      border-color: CanvasText;
    }
    .indicator,
    .step.done .marker,
    .step.current .marker {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
