// Styles of <mc-dossier-checklist>: tokens only, sizes in rem/em (200% text zoom wraps instead of
// clipping).
import { css } from 'lit';
import { hostStyles, token } from '@motcua/ui';
import { textStyles } from '../shared/text-styles.js';
import { checklistPrintStyles } from './print-styles.js';

export const checklistStyles = [
  hostStyles,
  textStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: ${token('space-4')};
    }
    .heading {
      font-size: ${token('font-size-xl')};
    }
    .sub {
      font-size: ${token('font-size-lg')};
      margin-block-end: ${token('space-2')};
    }
    .progress {
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
    }
    .bar {
      height: 0.75rem;
      border-radius: 999px;
      background: ${token('color-surface-alt')};
      border: 1px solid ${token('color-border-strong')};
      overflow: hidden;
    }
    .bar > span {
      display: block;
      height: 100%;
      background: ${token('color-brand')};
    }
    .progress-text {
      font-weight: ${token('font-weight-bold')};
    }
    ul.list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: ${token('space-3')};
    }
    li.component {
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-md')};
      padding: ${token('space-3')};
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')} ${token('space-3')};
      margin-block-start: ${token('space-2')};
      padding-inline-start: 2.25rem;
      font-size: ${token('font-size-sm')};
    }
    .reuse {
      flex-basis: 100%;
      padding: ${token('space-2')};
      border-radius: ${token('radius-sm')};
      background: ${token('color-success-subtle')};
      color: ${token('color-success-on-subtle')};
      display: flex;
      flex-direction: column;
      gap: ${token('space-1')};
      align-items: flex-start;
    }
    dl {
      margin: 0;
      display: grid;
      gap: ${token('space-2')};
    }
    dt {
      font-weight: ${token('font-weight-bold')};
    }
    dd {
      margin: 0;
    }
    .channel {
      border-inline-start: 4px solid ${token('color-border')};
      padding-inline-start: ${token('space-2')};
    }
    .due-date {
      font-size: ${token('font-size-lg')};
    }
    .rights {
      border: 2px solid ${token('color-info')};
      border-radius: ${token('radius-md')};
      padding: ${token('space-3')};
      display: flex;
      flex-direction: column;
      gap: ${token('space-2')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
    }
    .print-only {
      display: none;
    }
    :host([compact]) .screen-compact {
      display: none;
    }
  `,
  checklistPrintStyles,
];
