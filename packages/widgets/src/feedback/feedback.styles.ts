// Styles of <mc-feedback>: tokens only, sizes in rem/em (200% text zoom wraps instead of clipping).
import { css } from 'lit';
import { token } from '@motcua/ui';
import { widgetStyles } from '../shared/styles.js';

export const feedbackStyles = [
  ...widgetStyles,
  css`
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
      border-bottom: 1px solid ${token('color-border')};
    }
    [role='tab'] {
      font: inherit;
      color: ${token('color-text')};
      background: none;
      border: 0;
      border-bottom: 0.2em solid transparent;
      padding: ${token('space-2')} ${token('space-3')};
      cursor: pointer;
      min-height: 2.75rem;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: ${token('color-primary')};
      font-weight: ${token('font-weight-bold')};
    }
    [role='tab']:focus-visible,
    textarea:focus-visible,
    input:focus-visible {
      outline: 0.15em solid ${token('color-focus')};
      outline-offset: 0.1em;
    }
    form,
    .group,
    .view,
    .item {
      display: grid;
      gap: ${token('space-4')};
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-4')};
    }
    legend {
      font-weight: ${token('font-weight-bold')};
      margin-bottom: ${token('space-2')};
    }
    label {
      font-weight: ${token('font-weight-bold')};
    }
    textarea,
    input:not([type='radio'], [type='checkbox']) {
      font: inherit;
      color: inherit;
      width: 100%;
      box-sizing: border-box;
      padding: ${token('space-2')} ${token('space-3')};
      border: 1px solid ${token('color-border-strong')};
      border-radius: ${token('radius-md')};
      background: ${token('color-surface')};
    }
    textarea {
      min-height: 8em;
      resize: vertical;
    }
    .field {
      display: grid;
      gap: ${token('space-1')};
    }
    .choices {
      gap: ${token('space-2')};
    }
    .choice {
      display: flex;
      gap: ${token('space-2')};
      align-items: flex-start;
      font-weight: normal;
      min-height: 1.5rem;
    }
    .choice input {
      width: 1.25em;
      height: 1.25em;
      margin: 0.15em 0 0;
      flex: none;
      accent-color: ${token('color-primary')};
    }
    [aria-invalid='true'] {
      border-color: ${token('color-danger')};
    }
    .err {
      color: ${token('color-danger')};
    }
    .hp {
      position: absolute;
      left: -100vw;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    ol.answers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('space-4')};
    }
    ol.answers > li {
      border-top: 1px solid ${token('color-border')};
      padding-top: ${token('space-3')};
      display: grid;
      gap: ${token('space-2')};
    }
    .code {
      font-size: ${token('font-size-lg')};
      font-weight: ${token('font-weight-bold')};
      font-variant-numeric: tabular-nums;
    }
    .late {
      color: ${token('color-danger')};
      font-weight: ${token('font-weight-bold')};
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${token('space-1')} ${token('space-3')};
      margin: 0;
    }
    dt {
      font-weight: ${token('font-weight-bold')};
    }
    dd {
      margin: 0;
    }
    p {
      margin: 0;
    }
  `,
];
