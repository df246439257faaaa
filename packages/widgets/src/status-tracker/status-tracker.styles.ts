// Styles of <mc-status-tracker>: tokens only, sizes in rem/em (200% text zoom wraps instead of
// clipping).
import { css } from 'lit';
import { token } from '@motcua/ui';
import { widgetStyles } from '../shared/styles.js';

export const trackerStyles = [
  ...widgetStyles,
  css`
    form {
      display: grid;
      gap: ${token('space-4')};
    }
    .saved ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-2')};
    }
    .saved li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-3')};
    }
    .saved .saved-code {
      font-family: ${token('font-family-mono')};
      overflow-wrap: anywhere;
      flex: 1 1 12em;
    }
    .saved {
      display: grid;
      gap: ${token('space-2')};
    }
  `,
];
