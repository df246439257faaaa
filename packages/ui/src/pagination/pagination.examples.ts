import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  {
    name: 'Default',
    description: 'Buttons; fires `mc-page-change`.',
    render: () => html`<mc-pagination page="1" total-pages="5"></mc-pagination>`,
  },
  {
    name: 'Many pages',
    description: 'Ellipses collapse the hidden runs of pages.',
    render: () => html`<mc-pagination page="10" total-pages="20"></mc-pagination>`,
  },
  {
    name: 'Last page',
    render: () => html`<mc-pagination page="20" total-pages="20"></mc-pagination>`,
  },
  {
    name: 'From total and page size',
    description: '237 results, 10 per page → 24 pages.',
    render: () => html`<mc-pagination page="3" total="237" page-size="10"></mc-pagination>`,
  },
  {
    name: 'Links',
    description: 'With `href-template` the controls are links that work without JavaScript.',
    render: () => html`<mc-pagination page="4" total-pages="12" href-template="?trang={page}"></mc-pagination>`,
  },
  {
    name: 'Custom label',
    description: 'A distinct landmark name when a page has more than one pagination.',
    render: () => html`<mc-pagination label="Phân trang kết quả tìm kiếm" page="2" total-pages="3"></mc-pagination>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-pagination page="6" total-pages="15"></mc-pagination></div>`,
  },
];
