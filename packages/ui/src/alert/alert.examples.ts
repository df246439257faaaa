import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  {
    name: 'Info',
    description: 'A polite live region (role="status").',
    render: () => html`
      <mc-alert status="info" heading="Hệ thống bảo trì">
        Từ 22:00 đến 23:00 hôm nay, việc nộp hồ sơ trực tuyến tạm dừng.
      </mc-alert>
    `,
  },
  {
    name: 'Success',
    render: () => html`
      <mc-alert status="success" heading="Đã nộp hồ sơ">
        Mã hồ sơ của bạn: <strong>000.00.12.H55-261103-0001</strong>. Bạn sẽ nhận tin nhắn khi có kết quả.
      </mc-alert>
    `,
  },
  {
    name: 'Warning',
    description: 'An assertive live region (role="alert").',
    render: () => html`
      <mc-alert status="warning" heading="Hồ sơ sắp đến hạn">Hồ sơ cần bổ sung giấy tờ trước 17:00, 05/11/2026.</mc-alert>
    `,
  },
  {
    name: 'Danger',
    render: () => html`
      <mc-alert status="danger" heading="Không gửi được hồ sơ" heading-level="2">
        Mất kết nối mạng. Vui lòng kiểm tra kết nối và thử lại.
      </mc-alert>
    `,
  },
  {
    name: 'Dismissible',
    render: () => html`
      <mc-alert status="info" dismissible heading="Mẹo">Bạn có thể lưu hồ sơ và tiếp tục sau.</mc-alert>
    `,
  },
  {
    name: 'Without heading',
    render: () => html`<mc-alert status="success">Đã lưu thay đổi.</mc-alert>`,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`
      <mc-alert status="warning" dismissible heading="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân">
        Thủ tục này yêu cầu bản sao giấy tờ tùy thân có chứng thực. Nếu chưa có, hãy chứng thực tại Ủy ban nhân dân
        phường trước khi nộp hồ sơ trực tuyến.
      </mc-alert>
    `,
  },
  {
    name: 'English',
    render: () => html`
      <div lang="en">
        <mc-alert status="danger" dismissible heading="Could not send the application">
          Check your connection and try again.
        </mc-alert>
      </div>
    `,
  },
];
