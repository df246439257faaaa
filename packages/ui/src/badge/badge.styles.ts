// The look of <mc-badge> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const badgeStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
    line-height: ${token('line-height-tight')};
  }
  /* Neutral colours here; the other statuses' come from statusColors. */
  .badge {
    --_b: ${token('color-border-strong')};
    --_s: ${token('color-surface-alt')};
    --_c: ${token('color-text')};
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    max-width: 100%;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_b);
    border-radius: ${token('radius-pill')};
    background: var(--_s);
    color: var(--_c);
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-medium')};
    overflow-wrap: anywhere;
  }
  .dot {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  .icon {
    display: inline-flex;
    flex: none;
  }
  /* after .icon, which it overrides */
  [hidden] {
    display: none;
  }
  ::slotted(svg) {
    width: 1em;
    height: 1em;
  }
  .label {
    min-width: 0;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .dot {
      background: CanvasText;
    }
  }
`;
