// The look of <mc-select> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const selectStyles = css`
  .wrap {
    position: relative;
  }
  select {
    padding-right: 2.5em;
    appearance: none;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .chevron {
    position: absolute;
    inset-inline-end: 0.75em;
    top: 50%;
    width: 1em;
    height: 1em;
    transform: translateY(-50%);
    pointer-events: none;
  }
  @media (forced-colors: active) {
    select {
      appearance: auto;
      padding-inline-end: ${token('space-3')};
    }
    .chevron {
      display: none;
    }
  }
`;
