import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  { name: 'Default', render: () => html`<mc-text-field label="Họ và tên" name="hoTen" autocomplete="name"></mc-text-field>` },
  {
    name: 'With hint',
    render: () =>
      html`<mc-text-field
        label="Số định danh cá nhân"
        hint="Gồm 12 chữ số, in ở mặt trước thẻ căn cước."
        name="cccd"
        inputmode="numeric"
        pattern="[0-9]{12}"
        maxlength="12"
      ></mc-text-field>`,
  },
  { name: 'Required', render: () => html`<mc-text-field label="Số điện thoại" type="tel" name="soDienThoai" autocomplete="tel" required></mc-text-field>` },
  {
    name: 'With error',
    render: () =>
      html`<mc-text-field label="Email" type="email" name="email" value="nguyenvana@" error="Vui lòng nhập đúng địa chỉ email, ví dụ: ten@vidu.vn."></mc-text-field>`,
  },
  { name: 'Disabled', render: () => html`<mc-text-field label="Mã hồ sơ" name="maHoSo" value="000.00.12.H56-241122-0001" disabled></mc-text-field>` },
  { name: 'Read-only', render: () => html`<mc-text-field label="Mã hồ sơ" name="maHoSo" value="000.00.12.H56-241122-0001" readonly></mc-text-field>` },
  {
    name: 'Long Vietnamese text',
    render: () =>
      html`<mc-text-field
        label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"
        hint="Ghi rõ họ, chữ đệm và tên của người được đăng ký khai sinh theo giấy tờ tuỳ thân đã có."
        required
      ></mc-text-field>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-text-field label="Phone number" type="tel" required hint="We will text you when your application is ready."></mc-text-field></div>`,
  },
];
