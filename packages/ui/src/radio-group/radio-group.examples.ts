import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { RadioOption } from './radio-group.js';
import './define.js';

const delivery: RadioOption[] = [
  { value: 'truc-tiep', label: 'Nhận trực tiếp tại bộ phận một cửa' },
  { value: 'buu-dien', label: 'Nhận qua bưu điện', description: 'Phí do người nhận trả khi nhận kết quả.' },
  { value: 'truc-tuyen', label: 'Nhận bản điện tử', description: 'Tải về từ tài khoản dịch vụ công của bạn.' },
];

export const examples: ComponentExample[] = [
  { name: 'Default', render: () => html`<mc-radio-group label="Hình thức nhận kết quả" name="nhanKetQua" .options=${delivery}></mc-radio-group>` },
  {
    name: 'With value and hint',
    render: () =>
      html`<mc-radio-group label="Hình thức nhận kết quả" hint="Bạn có thể đổi lại trước khi hồ sơ được duyệt." name="nhanKetQua" value="buu-dien" .options=${delivery}></mc-radio-group>`,
  },
  {
    name: 'Horizontal',
    render: () =>
      html`<mc-radio-group
        label="Giới tính"
        name="gioiTinh"
        orientation="horizontal"
        .options=${[
          { value: 'nam', label: 'Nam' },
          { value: 'nu', label: 'Nữ' },
        ]}
      ></mc-radio-group>`,
  },
  { name: 'Required', render: () => html`<mc-radio-group label="Hình thức nhận kết quả" name="nhanKetQua" required .options=${delivery}></mc-radio-group>` },
  {
    name: 'With error',
    render: () => html`<mc-radio-group label="Hình thức nhận kết quả" name="nhanKetQua" required error="Vui lòng chọn cách nhận kết quả." .options=${delivery}></mc-radio-group>`,
  },
  { name: 'Disabled', render: () => html`<mc-radio-group label="Hình thức nhận kết quả" value="truc-tiep" disabled .options=${delivery}></mc-radio-group>` },
  {
    name: 'Disabled option',
    render: () =>
      html`<mc-radio-group
        label="Hình thức nộp lệ phí"
        .options=${[
          { value: 'tien-mat', label: 'Tiền mặt tại quầy' },
          { value: 'chuyen-khoan', label: 'Chuyển khoản' },
          { value: 'vi-dien-tu', label: 'Ví điện tử (chưa hỗ trợ)', disabled: true },
        ]}
      ></mc-radio-group>`,
  },
  {
    name: 'Long Vietnamese text',
    render: () =>
      html`<mc-radio-group
        label="Thủ tục bạn muốn thực hiện"
        .options=${[
          { value: 'khai-sinh', label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân' },
          { value: 'khai-tu', label: 'Đăng ký khai tử' },
        ]}
      ></mc-radio-group>`,
  },
  {
    name: 'English',
    render: () =>
      html`<div lang="en">
        <mc-radio-group
          label="How do you want to receive the result?"
          required
          .options=${[
            { value: 'counter', label: 'At the one-stop counter' },
            { value: 'post', label: 'By post' },
          ]}
        ></mc-radio-group>
      </div>`,
  },
];
