// The look of <mc-card> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { focusRing } from '../base/styles.js';
import { token } from '../base/tokens.js';

export const cardStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    height: 100%;
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    box-shadow: ${token('shadow-1')};
    overflow-wrap: anywhere;
  }
  .card.outlined {
    border-color: ${token('color-border-strong')};
    box-shadow: none;
  }
  .card.subtle {
    /* transparent, not none: forced-colours mode still draws the border */
    border-color: transparent;
    background: ${token('color-surface-alt')};
    box-shadow: none;
  }
  .heading {
    margin: 0;
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }
  .link {
    color: ${token('color-link')};
    text-decoration: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
    border-radius: ${token('radius-sm')};
  }
  .link:visited {
    color: ${token('color-link-visited')};
  }
  /* The stretched link: the link's ::after covers the card, so the whole card is clickable
     while only the heading is announced and focused. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: ${token('radius-md')};
  }
  .link:focus {
    outline: none;
  }
  .link:focus-visible::after {
    ${focusRing}
  }
  .card.linked:hover {
    border-color: ${token('color-border-strong')};
    box-shadow: ${token('shadow-2')};
  }
  .card.linked:hover .link {
    text-decoration-thickness: 0.125em;
  }
  .body {
    min-width: 0;
  }
  .body ::slotted(:first-child) {
    margin-top: 0;
  }
  .body ::slotted(:last-child) {
    margin-bottom: 0;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    margin-top: auto;
    min-width: 0;
  }
  [hidden] {
    display: none !important;
  }
  /* Links and buttons in the footer stay clickable above the stretched link. */
  ::slotted(a),
  ::slotted(button),
  ::slotted(mc-button),
  ::slotted(mc-link-button),
  ::slotted([data-mc-above]) {
    position: relative;
    z-index: 1;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
