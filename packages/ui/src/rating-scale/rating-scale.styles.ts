// The look of <mc-rating-scale> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const ratingScaleStyles = css`
  :host {
    container-type: inline-size;
  }
  /* [data-orientation] (always set) to win over the radio group's horizontal layout */
  .options[data-orientation] {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: ${token('space-2')};
  }
  .item {
    display: flex;
  }
  .option {
    flex: 1;
    flex-direction: column;
    align-items: center;
    gap: ${token('space-1')};
    padding: ${token('space-3')} ${token('space-2')};
    text-align: center;
    border: 2px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .option:hover,
  .option:has(input:checked) {
    border-color: ${token('color-brand')};
  }
  .option:has(input:checked) {
    background: ${token('color-brand-subtle')};
  }
  .option:has(input:focus-visible) {
    border-color: ${token('color-focus')};
  }
  input {
    margin-block-start: 0;
  }
  .level-value,
  .option-label {
    line-height: ${token('line-height-tight')};
  }
  .level-value {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
  }
  .option-label {
    font-size: ${token('font-size-sm')};
  }
  @container (max-width: 30em) {
    .options[data-orientation] {
      grid-auto-flow: row;
    }
    .option {
      flex-direction: row;
      align-items: center;
      gap: ${token('space-3')};
      text-align: start;
      padding: ${token('space-2')} ${token('space-3')};
    }
    .level-value {
      min-width: 1.5em;
    }
    .level-value,
    .option-label {
      font-size: ${token('font-size-md')};
    }
  }
`;
