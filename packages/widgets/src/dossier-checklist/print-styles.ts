// The print view of the checklist: a clean A4 page (black on white, no buttons or pickers, the
// tick boxes kept) with the procedure, the chosen case, fees and time limits, the unit's address
// and a link back. `@page` rules inside a shadow root are ignored by browsers, so the page size
// and margins are the host page's; the layout here fits A4 portrait at the default margins.
import { css } from 'lit';

export const checklistPrintStyles = css`
  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
      font-size: 11pt;
      --mc-color-text: #000;
      --mc-color-text-muted: #222;
      --mc-color-surface: #fff;
      --mc-color-surface-alt: #fff;
      --mc-color-border: #555;
      --mc-color-link: #000;
      --mc-color-success-subtle: #fff;
      --mc-color-success-on-subtle: #000;
      --mc-color-info-subtle: #fff;
    }
    :host([compact]) .screen-compact {
      display: block;
    }
    .no-print,
    mc-button,
    mc-radio-group,
    [part~='case-prompt'] {
      display: none !important;
    }
    .print-only {
      display: block !important;
    }
    .base {
      gap: 8pt;
    }
    li.component,
    .rights,
    section {
      break-inside: avoid;
    }
    li.component {
      border: 1px solid #555;
      padding: 4pt 6pt;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 9pt;
      overflow-wrap: anywhere;
    }
  }
`;
