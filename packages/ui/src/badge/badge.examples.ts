import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  { name: 'Neutral', render: () => html`<mc-badge>Nháp</mc-badge>` },
  { name: 'Info', render: () => html`<mc-badge status="info">Một phần</mc-badge>` },
  { name: 'Success', render: () => html`<mc-badge status="success">Toàn trình</mc-badge>` },
  { name: 'Warning', render: () => html`<mc-badge status="warning">Sắp đến hạn</mc-badge>` },
  { name: 'Danger', render: () => html`<mc-badge status="danger">Quá hạn</mc-badge>` },
  {
    name: 'With dot',
    description: 'A decorative dot; the text still carries the status.',
    render: () => html`<mc-badge status="success" dot>Đúng hạn</mc-badge>`,
  },
  {
    name: 'With icon',
    render: () => html`<mc-badge status="danger"
      ><svg slot="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"
        ><path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3h1.5v5h-1.5V4Zm0 6.5h1.5V12h-1.5v-1.5Z" /></svg
      >Quá hạn</mc-badge
    >`,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-badge status="info">Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân</mc-badge>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-badge status="success">Fully online</mc-badge></div>`,
  },
];
