import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  { name: 'Primary', render: () => html`<mc-link-button href="#nop-ho-so">Nộp hồ sơ trực tuyến</mc-link-button>` },
  { name: 'Secondary', render: () => html`<mc-link-button variant="secondary" href="#huong-dan">Xem hướng dẫn</mc-link-button>` },
  { name: 'Tertiary', render: () => html`<mc-link-button variant="tertiary" href="#thu-tuc">Danh sách thủ tục</mc-link-button>` },
  { name: 'Large', render: () => html`<mc-link-button size="lg" href="#tra-cuu">Tra cứu hồ sơ</mc-link-button>` },
  {
    name: 'New tab',
    description: 'target="_blank": icon, rel="noopener noreferrer" and a visually-hidden "(mở trong thẻ mới)".',
    render: () => html`<mc-link-button href="https://dichvucong.gov.vn" target="_blank" variant="secondary">Cổng Dịch vụ công quốc gia</mc-link-button>`,
  },
  {
    name: 'Download',
    render: () => html`<mc-link-button href="/mau/to-khai-khai-sinh.pdf" download="to-khai-khai-sinh.pdf" variant="secondary">Tải mẫu tờ khai</mc-link-button>`,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-link-button href="#khai-sinh">Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân</mc-link-button>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-link-button href="https://dichvucong.gov.vn" target="_blank">National public service portal</mc-link-button></div>`,
  },
];
