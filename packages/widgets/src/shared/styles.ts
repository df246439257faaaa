// Layout styles shared by the widgets: tokens only, rem/em sizes, wrapping text (320 px, 200 % zoom).
import { css } from 'lit';
import { focusRing, hostStyles, token } from '@motcua/ui';

export const widgetStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      max-width: 100%;
      font-size: ${token('font-size-md')};
    }
    .panel {
      display: grid;
      gap: ${token('space-4')};
      min-width: 0;
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: ${token('line-height-tight')};
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text')};
    }
    h2 {
      font-size: ${token('font-size-xl')};
    }
    h3 {
      font-size: ${token('font-size-lg')};
    }
    h4 {
      font-size: ${token('font-size-md')};
    }
    p {
      margin: 0;
    }
    .muted {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-3')};
      align-items: center;
    }
    .state {
      display: grid;
      gap: ${token('space-3')};
      justify-items: start;
    }
    .link-button {
      font: inherit;
      color: ${token('color-link')};
      background: none;
      border: 0;
      padding: ${token('space-2')} 0;
      min-height: 2.75rem;
      text-decoration: underline;
      cursor: pointer;
    }
    .link-button:focus-visible,
    textarea:focus-visible,
    [tabindex='-1']:focus-visible {
      ${focusRing}
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: none;
    }
  `,
];
