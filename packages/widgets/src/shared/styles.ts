// Layout styles shared by the widgets: tokens only, rem/em sizes, wrapping text (320 px, 200 % zoom).
import { css } from 'lit';
import { focusRing, hostStyles, token } from '@motcua/ui';
import { textStyles } from './text-styles.js';

export const widgetStyles = [
  hostStyles,
  textStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      max-width: 100%;
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
    textarea:focus-visible {
      ${focusRing}
    }
    /* Headings that receive the focus from script (after a lookup, after sending) show no ring. */
    [tabindex='-1']:focus {
      outline: none;
    }
  `,
];
