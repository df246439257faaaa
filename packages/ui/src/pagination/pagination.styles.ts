// The look of <mc-pagination> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { focusRing } from '../base/styles.js';
import { token } from '../base/tokens.js';

export const paginationStyles = css`
  .list,
  .compact {
    display: flex;
    gap: ${token('space-2')};
  }
  .list {
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .compact {
    flex-direction: column;
  }
  .compact .steps {
    justify-content: space-between;
  }
  .compact .step {
    padding-inline: ${token('space-2')};
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-1')};
    box-sizing: border-box;
    --_h: max(2.75rem, ${token('control-height')});
    min-width: var(--_h);
    min-height: var(--_h);
    padding: ${token('space-1')} ${token('space-3')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-link')};
    font: inherit;
    font-weight: ${token('font-weight-medium')};
    line-height: ${token('line-height-tight')};
    text-decoration: none;
    cursor: pointer;
  }
  .control:hover {
    background: ${token('color-brand-subtle')};
    color: ${token('color-brand')};
    text-decoration: underline;
  }
  .control:focus-visible {
    ${focusRing}
  }
  .control[aria-current=page] {
    border-color: ${token('color-brand')};
    background: ${token('color-brand')};
    color: ${token('color-on-brand')};
    font-weight: ${token('font-weight-bold')};
    cursor: default;
    text-decoration: none;
  }
  .control[aria-disabled=true] {
    border-color: ${token('color-disabled')};
    background: ${token('color-disabled')};
    color: ${token('color-on-disabled')};
    cursor: not-allowed;
    text-decoration: none;
  }
  .control svg {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .ellipsis {
    min-width: 1.5em;
    text-align: center;
    color: ${token('color-text-muted')};
  }
  @media (forced-colors: active) {
    .control[aria-current=page] {
      border-width: 3px;
    }
    .control[aria-disabled=true] {
      color: GrayText;
    }
  }
`;
