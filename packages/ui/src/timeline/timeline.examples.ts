import { html } from 'lit';
import type { ComponentExample } from '../base/example.js';
import type { TimelineItem } from './timeline.js';
import './define.js';

/** A dossier's processing history. */
export const dossierHistory: TimelineItem[] = [
  { title: 'Nộp hồ sơ trực tuyến', at: '2026-11-03T07:05:00Z', state: 'done', meta: 'Cổng dịch vụ công' },
  { title: 'Tiếp nhận hồ sơ', at: '2026-11-03T09:30:00+07:00', state: 'done', meta: 'Bộ phận một cửa UBND phường Bến Thành' },
  {
    title: 'Thẩm định hồ sơ',
    at: '2026-11-04T10:00:00+07:00',
    state: 'current',
    meta: 'Công chức tư pháp – hộ tịch',
    description: 'Cán bộ đang kiểm tra giấy tờ. Bạn sẽ nhận tin nhắn nếu cần bổ sung.',
  },
  { title: 'Trả kết quả', state: 'upcoming', meta: 'Hẹn trả: 05/11/2026' },
];

/** The rows of a process-control slip: each step's outcome against its deadline. */
export const processControl: TimelineItem[] = [
  { title: 'Tiếp nhận và chuyển hồ sơ', at: '2026-11-03T09:30:00+07:00', state: 'early', meta: 'Bộ phận một cửa' },
  { title: 'Thẩm định, trình ký', at: '2026-11-04T16:45:00+07:00', state: 'on-time', meta: 'Công chức tư pháp – hộ tịch' },
  { title: 'Ký duyệt', at: '2026-11-06T08:15:00+07:00', state: 'late', meta: 'Chủ tịch UBND phường', description: 'Trễ 1 ngày làm việc so với hẹn.' },
];

export const examples: ComponentExample[] = [
  {
    name: 'Dossier history',
    description: 'Done, current and upcoming steps; the current one is `aria-current="step"`.',
    render: () => html`<mc-timeline label="Quá trình xử lý hồ sơ" .items=${dossierHistory}></mc-timeline>`,
  },
  {
    name: 'Process control',
    description: 'Deadline outcomes — early, on time, late — as visible tags.',
    render: () => html`<mc-timeline label="Phiếu kiểm soát quá trình" .items=${processControl}></mc-timeline>`,
  },
  {
    name: 'From attribute',
    description: 'Items as a JSON attribute, for plain HTML pages.',
    render: () => html`<mc-timeline
      items='[{"title":"Nộp hồ sơ","at":"2026-11-03T14:05:00+07:00","state":"done"},{"title":"Trả kết quả","state":"upcoming"}]'
    ></mc-timeline>`,
  },
  {
    name: 'Long Vietnamese text',
    render: () => html`<mc-timeline
      .items=${[
        {
          title: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
          at: '2026-11-03T14:05:00+07:00',
          state: 'late',
          meta: 'Bộ phận tiếp nhận và trả kết quả thuộc Văn phòng HĐND và UBND phường',
          description: 'Hồ sơ phải bổ sung bản sao có chứng thực giấy tờ tùy thân của người yêu cầu đăng ký khai sinh.',
        },
      ] satisfies TimelineItem[]}
    ></mc-timeline>`,
  },
  {
    name: 'English',
    render: () => html`<div lang="en"><mc-timeline label="Application history" .items=${dossierHistory}></mc-timeline></div>`,
  },
];
