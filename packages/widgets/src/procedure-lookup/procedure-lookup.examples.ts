// Examples of <mc-procedure-lookup>: the same list feeds Storybook, the tests and the a11y checks.
// Each renders against the API in `exampleEnv` (see ../shared/example-env.ts).
import { html } from 'lit';
import type { ComponentExample } from '@motcua/ui';
import { exampleEnv } from '../shared/example-env.js';

export const examples: ComponentExample[] = [
  {
    name: 'Đang tải',
    description: 'While the first answer is on its way: a skeleton with the height of the content reserved (this example\u2019s API never answers).',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.loading} unit="25459"
      ><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup
    >`,
  },
  {
    name: 'Theo phường',
    description: 'The catalog of Phường Tân Ninh (unit 25459), first page; type to search.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} unit="25459"
      ><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục trên Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup
    >`,
  },
  {
    name: 'Tìm không dấu',
    description: 'A search typed without diacritics ("tam tru") finds "Đăng ký tạm trú".',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} unit="25459" query="tam tru"></mc-procedure-lookup>`,
  },
  {
    name: 'Lọc lĩnh vực và trực tuyến',
    description: 'Started with the field "Hộ tịch" and "available online" filters.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} unit="25459" field="ho-tich" online-only></mc-procedure-lookup>`,
  },
  {
    name: 'Không có kết quả',
    description: 'No procedure matches: suggestions, clearing the filters and the unit hotline.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} unit="25459" query="xyzw qqq"></mc-procedure-lookup>`,
  },
  {
    name: 'Danh mục lớn',
    description: 'Five results a page: the server pages the catalog, the widget never loads it whole.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} province="80" page-size="5"></mc-procedure-lookup>`,
  },
  {
    name: 'Liên kết tới trang riêng',
    description: 'link-template="/thu-tuc/{code}": each result links to the host site\u2019s own page.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.api} unit="25459" link-template="/thu-tuc/{code}" page-size="5"></mc-procedure-lookup>`,
  },
  {
    name: 'Lỗi máy chủ',
    // Under /v1/ so that the API's error answer carries its CORS headers: outside /v1/ the browser
    // would block the answer and the widget would rightly show the offline state instead.
    description: 'The API answers with an error (a path it does not serve): message and retry; the fallback link stays visible.',
    render: () => html`<mc-procedure-lookup api="${exampleEnv.api}/v1/khong-ton-tai" unit="25459"
      ><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục trên Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup
    >`,
  },
  {
    name: 'Mất kết nối',
    description: 'The API cannot be reached: says so, retries when the connection returns.',
    render: () => html`<mc-procedure-lookup api=${exampleEnv.unreachable} unit="25459"
      ><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục trên Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup
    >`,
  },
  {
    name: 'Tiếng Anh',
    description: 'lang="en" on the tag.',
    render: () => html`<mc-procedure-lookup lang="en" api=${exampleEnv.api} unit="29869" page-size="5"></mc-procedure-lookup>`,
  },
  {
    name: 'Giao diện tương phản cao',
    description: 'theme="high-contrast".',
    render: () => html`<mc-procedure-lookup theme="high-contrast" api=${exampleEnv.api} unit="25459" page-size="3"></mc-procedure-lookup>`,
  },
  {
    name: 'Giao diện Tây Ninh',
    description: 'theme="tay-ninh".',
    render: () => html`<mc-procedure-lookup theme="tay-ninh" api=${exampleEnv.api} unit="25459" page-size="3"></mc-procedure-lookup>`,
  },
  {
    name: 'Giao diện Đồng Tháp',
    description: 'theme="dong-thap".',
    render: () => html`<mc-procedure-lookup theme="dong-thap" api=${exampleEnv.api} unit="29869" page-size="3"></mc-procedure-lookup>`,
  },
  {
    name: 'Giao diện Quảng Ninh',
    description: 'theme="quang-ninh" (catalog of the whole province).',
    render: () => html`<mc-procedure-lookup theme="quang-ninh" api=${exampleEnv.api} province="22" page-size="3"></mc-procedure-lookup>`,
  },
  {
    name: 'Chưa cấu hình',
    description: 'No api attribute: a short message instead of nothing; the fallback link stays.',
    render: () => html`<mc-procedure-lookup unit="25459"><a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a></mc-procedure-lookup>`,
  },
];
