// Examples of <mc-dossier-checklist>: the same list feeds Storybook, the tests and the a11y checks.
// Each renders against the API in `exampleEnv` (see ../shared/example-env.ts).
import { html } from 'lit';
import type { ComponentExample } from '@motcua/ui';
import { exampleEnv } from '../shared/example-env.js';

export const examples: ComponentExample[] = [
  {
    name: 'Đang tải',
    description: 'While the first answer is on its way: a skeleton with the height of the content reserved (this example\u2019s API never answers).',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.loading} procedure="1.001193"
      ><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></mc-dossier-checklist
    >`,
  },
  {
    name: 'Nhiều trường hợp',
    description: 'Đăng ký khai sinh (1.001193) has four cases: the citizen picks theirs first.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} unit="25459" procedure="1.001193"
      ><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193">Thủ tục đăng ký khai sinh</a></mc-dossier-checklist
    >`,
  },
  {
    name: 'Đã chọn trường hợp',
    description: 'case="co-giay-chung-sinh": the list, progress, form download, reuse marks.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`,
  },
  {
    name: 'Một trường hợp',
    description: 'Cấp Giấy xác nhận tình trạng hôn nhân (1.004873): one case, no picker.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} unit="29869" procedure="1.004873"></mc-dossier-checklist>`,
  },
  {
    name: 'Tên dài',
    description: 'A procedure with a very long name (2.000884), at any width.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} unit="25459" procedure="2.000884"></mc-dossier-checklist>`,
  },
  {
    name: 'Không có đơn vị',
    description: 'No unit: the catalog\u2019s "where to submit" text and the national hotline 1022.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} procedure="1.000656"></mc-dossier-checklist>`,
  },
  {
    name: 'Không tìm thấy',
    description: 'A code that is not in the catalog.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} procedure="9.999999"></mc-dossier-checklist>`,
  },
  {
    name: 'Lỗi',
    description: 'The API refuses the request (a malformed code): message and retry; the fallback link stays.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.api} procedure="khong-hop-le"
      ><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></mc-dossier-checklist
    >`,
  },
  {
    name: 'Mất kết nối',
    description: 'The API cannot be reached: says so, retries when the connection returns.',
    render: () => html`<mc-dossier-checklist api=${exampleEnv.unreachable} procedure="1.001193"
      ><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></mc-dossier-checklist
    >`,
  },
  {
    name: 'Tiếng Anh',
    description: 'lang="en" on the tag.',
    render: () => html`<mc-dossier-checklist lang="en" api=${exampleEnv.api} unit="25459" procedure="1.004194"></mc-dossier-checklist>`,
  },
  {
    name: 'Giao diện tương phản cao',
    description: 'theme="high-contrast".',
    render: () => html`<mc-dossier-checklist theme="high-contrast" api=${exampleEnv.api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`,
  },
  {
    name: 'Giao diện Quảng Ninh',
    description: 'theme="quang-ninh".',
    render: () => html`<mc-dossier-checklist theme="quang-ninh" api=${exampleEnv.api} procedure="1.004222"></mc-dossier-checklist>`,
  },
];
