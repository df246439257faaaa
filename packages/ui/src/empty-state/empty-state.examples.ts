import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';

export const examples: ComponentExample[] = [
  {
    name: 'Default',
    render: () => html`
      <mc-empty-state heading="Bạn chưa có hồ sơ nào">
        <p>Hồ sơ bạn nộp trực tuyến sẽ hiện ở đây.</p>
      </mc-empty-state>
    `,
  },
  {
    name: 'With actions',
    render: () => html`
      <mc-empty-state heading="Không tìm thấy thủ tục" illustration="search">
        <p>Không có thủ tục nào khớp với “giấy phép xây dựng nhà ở riêng lẻ”. Hãy thử từ khóa ngắn hơn.</p>
        <button slot="actions" type="button">Xóa từ khóa</button>
        <a slot="actions" href="#thu-tuc">Xem tất cả thủ tục</a>
      </mc-empty-state>
    `,
  },
  {
    name: 'Documents illustration',
    render: () => html`
      <mc-empty-state heading="Chưa có giấy tờ đính kèm" heading-level="3" illustration="documents">
        <p>Đính kèm ảnh chụp hoặc bản quét giấy tờ để nộp hồ sơ.</p>
      </mc-empty-state>
    `,
  },
  {
    name: 'Inbox illustration',
    render: () => html`
      <mc-empty-state heading="Không có thông báo mới" illustration="inbox"></mc-empty-state>
    `,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`
      <mc-empty-state heading="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" illustration="documents">
        <p>
          Thủ tục này hiện chưa được cung cấp trực tuyến tại phường của bạn. Vui lòng đến Bộ phận tiếp nhận và trả kết
          quả của Ủy ban nhân dân phường để được hướng dẫn.
        </p>
      </mc-empty-state>
    `,
  },
  {
    name: 'English',
    render: () => html`
      <div lang="en">
        <mc-empty-state heading="No applications yet" illustration="inbox">
          <p>Applications you submit online will appear here.</p>
        </mc-empty-state>
      </div>
    `,
  },
];
