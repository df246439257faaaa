import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { RatingLevel } from './rating-scale.js';
import './define.js';

/** The three levels of the evaluation criteria (0 = not met … 2 = fully met). */
const criteria: RatingLevel[] = [
  { value: '0', label: 'Không đạt' },
  { value: '1', label: 'Đạt một phần' },
  { value: '2', label: 'Đạt' },
];

export const examples: ComponentExample[] = [
  { name: 'Default', description: 'Five labelled levels from the catalog.', render: () => html`<mc-rating-scale label="Bạn hài lòng thế nào với thái độ của cán bộ tiếp nhận?" name="thaiDo"></mc-rating-scale>` },
  { name: 'With value', render: () => html`<mc-rating-scale label="Mức độ hài lòng chung" name="chung" value="4"></mc-rating-scale>` },
  {
    name: 'Three levels',
    description: 'Custom levels, as used by the nine 0/1/2 evaluation criteria.',
    render: () => html`<mc-rating-scale label="Cán bộ hướng dẫn đầy đủ, dễ hiểu" name="tieuChi1" .levels=${criteria}></mc-rating-scale>`,
  },
  {
    name: 'Required',
    render: () => html`<mc-rating-scale label="Thời gian giải quyết hồ sơ" hint="Chọn một mức từ 1 đến 5." name="thoiGian" required></mc-rating-scale>`,
  },
  { name: 'With error', render: () => html`<mc-rating-scale label="Thời gian giải quyết hồ sơ" name="thoiGian" required error="Vui lòng chọn một mức"></mc-rating-scale>` },
  { name: 'Disabled', render: () => html`<mc-rating-scale label="Mức độ hài lòng chung" value="5" disabled></mc-rating-scale>` },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-rating-scale label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân: bạn đánh giá thế nào về thủ tục này?"></mc-rating-scale>`,
  },
  { name: 'English', render: () => html`<div lang="en"><mc-rating-scale label="How satisfied are you overall?" required></mc-rating-scale></div>` },
];
