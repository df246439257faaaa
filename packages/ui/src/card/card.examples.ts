import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import './define.js';
import '../badge/define.js';

export const examples: ComponentExample[] = [
  {
    name: 'Default',
    description: 'A heading, a body and a footer.',
    render: () => html`
      <mc-card heading="Đăng ký khai sinh">
        <p>Cấp giấy khai sinh cho trẻ em sinh ra tại phường.</p>
        <span slot="footer">Thời hạn giải quyết: 1 ngày làm việc</span>
      </mc-card>
    `,
  },
  {
    name: 'Link card',
    description: 'With `href` the whole card is one link: one tab stop, named by the heading.',
    render: () => html`
      <mc-card heading="Cấp bản sao trích lục hộ tịch" href="#thu-tuc/trich-luc">
        <p>Nộp hồ sơ trực tuyến, nhận kết quả qua bưu điện.</p>
        <mc-badge slot="footer" status="success">Toàn trình</mc-badge>
      </mc-card>
    `,
  },
  {
    name: 'Outlined',
    render: () => html`
      <mc-card variant="outlined" heading="Chứng thực bản sao từ bản chính" heading-level="2">
        <p>Lệ phí: 2.000 đ/trang.</p>
      </mc-card>
    `,
  },
  {
    name: 'Subtle',
    render: () => html`
      <mc-card variant="subtle" heading="Lưu ý">
        <p>Mang theo căn cước khi đến nhận kết quả.</p>
      </mc-card>
    `,
  },
  {
    name: 'Heading slot',
    description: 'Inline content in the heading (here a status tag next to the title).',
    render: () => html`
      <mc-card href="#ho-so/000.00.12.H55-261103-0001">
        <span slot="heading">Hồ sơ 000.00.12.H55-261103-0001 <mc-badge status="danger">Quá hạn</mc-badge></span>
        <p>Đăng ký thường trú — đang xử lý tại Công an phường.</p>
      </mc-card>
    `,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`
      <mc-card heading="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" href="#thu-tuc/khai-sinh-lai">
        <p>
          Áp dụng cho người đã có hồ sơ, giấy tờ cá nhân như bản sao giấy khai sinh, sổ hộ khẩu, giấy chứng minh
          nhân dân, thẻ căn cước công dân hoặc hộ chiếu còn giá trị sử dụng.
        </p>
        <mc-badge slot="footer" status="info">Một phần</mc-badge>
      </mc-card>
    `,
  },
  {
    name: 'English',
    render: () => html`
      <div lang="en">
        <mc-card heading="Birth registration" href="#services/birth">
          <p>Get a birth certificate for a child born in the ward.</p>
        </mc-card>
      </div>
    `,
  },
];
