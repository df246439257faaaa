// Styles of a lookup's result (result.view.ts), added to <mc-status-tracker>'s shadow root when the
// first result is shown; the tracker's shared rules (headings, `.muted`) apply too.
import { css } from 'lit';
import { token } from '@motcua/ui';

/** Styles of the result (the tracker's shared rules — headings, `.muted` — apply too). */
export const resultStyles = css`
  .result {
    display: grid;
    gap: ${token('space-4')};
  }
  .summary {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface-alt')};
    border-inline-start: 0.25rem solid ${token('color-brand')};
  }
  .say {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
  }
  .papers {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .pay,
  .tracking strong {
    font-weight: ${token('font-weight-bold')};
  }
  .deadline {
    padding: ${token('space-3')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  .deadline.overdue {
    border-color: ${token('color-danger-border')};
  }
  .deadline-date {
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-bold')};
  }
  .overdue .deadline-days {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }
  .new-date strong {
    font-size: ${token('font-size-xl')};
  }
  .facts {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(0, 10em) minmax(0, 1fr);
    gap: ${token('space-3')};
  }
  @container (max-width: 30em) {
    .facts div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  dt {
    color: ${token('color-text-muted')};
  }
  dd {
    margin: 0;
  }
  .invitation {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    padding: ${token('space-4')};
    border: 2px solid ${token('color-brand')};
    border-radius: ${token('radius-md')};
  }
`;
