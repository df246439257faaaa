// The look of <mc-radio-group> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const radioGroupStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }
  .options[data-orientation='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: ${token('space-5')};
  }
  .option,
  .item,
  .option-label {
    min-width: 0;
  }
  .option-label {
    overflow-wrap: anywhere;
  }
  .description {
    padding-block-end: ${token('space-1')};
  }
`;
