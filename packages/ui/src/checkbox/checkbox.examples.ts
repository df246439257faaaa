import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  { name: 'Default', render: () => html`<mc-checkbox label="Nhận thông báo qua tin nhắn SMS" name="sms"></mc-checkbox>` },
  { name: 'Checked', render: () => html`<mc-checkbox label="Nhận thông báo qua tin nhắn SMS" name="sms" checked></mc-checkbox>` },
  {
    name: 'With description',
    render: () =>
      html`<mc-checkbox
        label="Nhận kết quả tại nhà"
        description="Bưu điện giao kết quả đến địa chỉ thường trú; phí do người nhận trả."
        name="nhanTaiNha"
        value="co"
      ></mc-checkbox>`,
  },
  { name: 'Indeterminate', render: () => html`<mc-checkbox label="Chọn tất cả giấy tờ" indeterminate></mc-checkbox>` },
  {
    name: 'Required',
    render: () => html`<mc-checkbox label="Tôi cam đoan những thông tin trên là đúng sự thật" name="camDoan" required></mc-checkbox>`,
  },
  {
    name: 'With error',
    render: () =>
      html`<mc-checkbox label="Tôi cam đoan những thông tin trên là đúng sự thật" name="camDoan" required error="Bạn cần cam đoan trước khi nộp hồ sơ."></mc-checkbox>`,
  },
  { name: 'Disabled', render: () => html`<mc-checkbox label="Nhận thông báo qua email" disabled></mc-checkbox>` },
  {
    name: 'Slotted label',
    render: () => html`<mc-checkbox name="dieuKhoan" required>Tôi đồng ý với <a href="#dieu-khoan">điều khoản sử dụng</a></mc-checkbox>`,
  },
  { name: 'Long Vietnamese text', render: () => html`<mc-checkbox label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"></mc-checkbox>` },
  { name: 'English', render: () => html`<div lang="en"><mc-checkbox label="I confirm the information is true" required></mc-checkbox></div>` },
];
