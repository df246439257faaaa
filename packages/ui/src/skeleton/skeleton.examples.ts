import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  {
    name: 'Text',
    description: 'Three lines of text; the host is role="status" with "Đang tải…".',
    render: () => html`<mc-skeleton></mc-skeleton>`,
  },
  {
    name: 'Many lines',
    render: () => html`<mc-skeleton lines="6"></mc-skeleton>`,
  },
  {
    name: 'Block',
    description: 'An image or map area; `height` reserves the space.',
    render: () => html`<mc-skeleton variant="block" height="12rem"></mc-skeleton>`,
  },
  {
    name: 'Card',
    render: () => html`<mc-skeleton variant="card" lines="2" height="11rem"></mc-skeleton>`,
  },
  {
    name: 'List of cards',
    description: 'Only the first announces loading; the others are `decorative`.',
    render: () => html`<div style="display: grid; gap: 1rem">
      <mc-skeleton variant="card" lines="2"></mc-skeleton>
      <mc-skeleton variant="card" lines="2" decorative></mc-skeleton>
      <mc-skeleton variant="card" lines="2" decorative></mc-skeleton>
    </div>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-skeleton lines="2"></mc-skeleton></div>`,
  },
];
