import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { SelectOption } from './select.js';
import './define.js';

const wards: SelectOption[] = [
  { value: 'phuong-1', label: 'Phường 1' },
  { value: 'phuong-2', label: 'Phường 2' },
  { value: 'phuong-3', label: 'Phường 3' },
  { value: 'xa-tan-binh', label: 'Xã Tân Bình' },
  { value: 'xa-binh-minh', label: 'Xã Bình Minh (đã sáp nhập)', disabled: true },
];

export const examples: ComponentExample[] = [
  { name: 'Default', render: () => html`<mc-select label="Phường, xã" name="phuongXa" .options=${wards}></mc-select>` },
  {
    name: 'With value and hint',
    render: () => html`<mc-select label="Phường, xã" hint="Nơi bạn đang thường trú." name="phuongXa" value="phuong-2" .options=${wards}></mc-select>`,
  },
  { name: 'Required', render: () => html`<mc-select label="Phường, xã" name="phuongXa" required placeholder="Chọn phường, xã" .options=${wards}></mc-select>` },
  { name: 'With error', render: () => html`<mc-select label="Phường, xã" name="phuongXa" error="Vui lòng chọn phường, xã nơi nộp hồ sơ." .options=${wards}></mc-select>` },
  { name: 'Disabled', render: () => html`<mc-select label="Phường, xã" name="phuongXa" value="phuong-1" disabled .options=${wards}></mc-select>` },
  {
    name: 'Long Vietnamese text',
    render: () =>
      html`<mc-select
        label="Thủ tục"
        name="thuTuc"
        .options=${[
          { value: 'khai-sinh', label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân' },
          { value: 'ket-hon', label: 'Đăng ký kết hôn' },
        ]}
      ></mc-select>`,
  },
  {
    name: 'English',
    render: () =>
      html`<div lang="en">
        <mc-select label="Ward or commune" required .options=${wards}></mc-select>
      </div>`,
  },
];
