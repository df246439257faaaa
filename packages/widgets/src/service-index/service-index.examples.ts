// Examples of <mc-service-index>: the same list feeds Storybook, the tests and the a11y checks.
import { html } from 'lit';
import type { ComponentExample } from '@motcua/ui';
import { exampleEnv } from '../shared/example-env.js';

const fallback = html`<a href="https://dichvucong.gov.vn/p/home/dvc-danh-gia-chat-luong-phuc-vu.html">Xem đánh giá chất lượng phục vụ trên Cổng Dịch vụ công</a>`;

export const examples: ComponentExample[] = [
  {
    name: 'Phường Tân Ninh',
    description: 'unit="25459": on time, late, online share and satisfaction for the last 12 months, with a column chart.',
    render: () => html`<mc-service-index api=${exampleEnv.api} unit="25459">${fallback}</mc-service-index>`,
  },
  {
    name: 'Bảng số liệu',
    description: 'show-table: the chart’s text alternative, a data table (citizens open it with "Xem bảng số liệu").',
    render: () => html`<mc-service-index api=${exampleEnv.api} unit="29869" show-table></mc-service-index>`,
  },
  {
    name: 'Chưa có số liệu',
    description: 'A unit with no dossier in the period: "no data yet", never 0 %.',
    render: () => html`<mc-service-index api=${exampleEnv.api} unit="00004"></mc-service-index>`,
  },
  {
    name: 'Không có đơn vị',
    description: 'An unknown unit code (404).',
    render: () => html`<mc-service-index api=${exampleEnv.api} unit="99999">${fallback}</mc-service-index>`,
  },
  {
    name: 'Mất kết nối',
    description: 'The API cannot be reached: says so, with a retry; the fallback link stays visible.',
    render: () => html`<mc-service-index api=${exampleEnv.unreachable} unit="25459">${fallback}</mc-service-index>`,
  },
  {
    name: 'Chưa cấu hình',
    description: 'Missing unit: a short message for the page author.',
    render: () => html`<mc-service-index api=${exampleEnv.api}></mc-service-index>`,
  },
];
