// Styles of <mc-satisfaction-survey>: tokens only, sizes in rem/em (200% text zoom wraps instead of
// clipping).
import { css } from 'lit';
import { token } from '@motcua/ui';
import { widgetStyles } from '../shared/styles.js';

export const surveyStyles = [
  ...widgetStyles,
  css`
    form {
      display: grid;
      gap: ${token('space-5')};
    }
    .identity {
      display: grid;
      gap: ${token('space-4')};
    }
    .progress {
      font-weight: ${token('font-weight-bold')};
      color: ${token('color-text-muted')};
    }
    .comment {
      display: grid;
      gap: ${token('space-1')};
    }
    .comment label {
      font-weight: ${token('font-weight-bold')};
    }
    textarea {
      font: inherit;
      color: inherit;
      width: 100%;
      min-height: 6em;
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius-md')};
      background: ${token('color-surface')};
      resize: vertical;
    }
    .thanks {
      display: grid;
      gap: ${token('space-3')};
    }
  `,
];
