import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

const icon = html`<svg slot="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M4 10h12M11 5l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

export const examples: ComponentExample[] = [
  { name: 'Primary', description: 'The main action of a page.', render: () => html`<mc-button>Nộp hồ sơ</mc-button>` },
  { name: 'Secondary', render: () => html`<mc-button variant="secondary" type="button">Lưu nháp</mc-button>` },
  { name: 'Tertiary', description: 'A low-emphasis, text-like action.', render: () => html`<mc-button variant="tertiary" type="button">Xem hướng dẫn</mc-button>` },
  { name: 'Danger', render: () => html`<mc-button variant="danger" type="button">Huỷ hồ sơ</mc-button>` },
  { name: 'Large', render: () => html`<mc-button size="lg">Tra cứu hồ sơ</mc-button>` },
  { name: 'With icon', render: () => html`<mc-button type="button">${icon}Tiếp tục</mc-button>` },
  { name: 'Disabled', render: () => html`<mc-button disabled>Nộp hồ sơ</mc-button>` },
  {
    name: 'Loading',
    description: 'Spinner, aria-busy; stays focusable and swallows clicks.',
    render: () => html`<mc-button loading>Đang gửi hồ sơ</mc-button>`,
  },
  {
    name: 'Long Vietnamese text',
    description: 'Wraps instead of overflowing on a 320px screen.',
    render: () => html`<mc-button>Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân</mc-button>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-button loading>Submit application</mc-button></div>`,
  },
];
