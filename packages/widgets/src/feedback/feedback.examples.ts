// Examples of <mc-feedback>: the same list feeds Storybook, the tests and the a11y checks. They
// render against the API in `exampleEnv` (the demo data of unit 25459 hold answered items); states
// after sending are reached with the public `fill()` and `submit()`.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ComponentExample } from '@motcua/ui';
import { getClient } from '@motcua/sdk';
import { exampleEnv } from '../shared/example-env.js';
import type { FeedbackDraft, McFeedback } from './feedback.js';

/** A complete send form (invented person). */
export const SAMPLE: Partial<FeedbackDraft> = {
  kind: 'feedback',
  subject: 'general',
  title: 'Bộ phận Một cửa mở cửa muộn',
  content: 'Sáng thứ Hai tuần này Bộ phận Một cửa mở cửa lúc 8 giờ 15, muộn hơn giờ niêm yết, nhiều người phải chờ.',
  name: 'Nguyễn Thị Mẫu',
  address: 'Khu phố 1, phường Tân Ninh',
  phone: '0900 000 321',
  consent: true,
  publish: true,
};

function once(then: (el: McFeedback) => Promise<unknown> | void) {
  const seen = new WeakSet<Element>();
  return ref((el) => {
    if (!el || seen.has(el)) return;
    seen.add(el);
    void (el as McFeedback).updateComplete.then(() => then(el as McFeedback));
  });
}

export const examples: ComponentExample[] = [
  {
    name: 'Gửi phản ánh',
    description: 'The send form: kind, subject, title and text, the contact details the decree requires, the personal data notice and two separate consents; what is not taken here and where it goes.',
    render: () => html`<mc-feedback api=${exampleEnv.api} unit="25459"><a href="tel:1022">Tổng đài 1022</a></mc-feedback>`,
  },
  {
    name: 'Thiếu thông tin',
    description: 'Sent with fields missing: a message at each, a summary, the focus on the first.',
    render: () => html`<mc-feedback api=${exampleEnv.api} unit="25459" ${once((el) => el.submit())}></mc-feedback>`,
  },
  {
    name: 'Đã gửi',
    description: 'Sent: the code, the answer deadline in working days, and how to follow it.',
    render: () =>
      html`<mc-feedback
        api=${exampleEnv.api}
        unit="25459"
        ${once((el) => {
          el.fill({ ...SAMPLE, phone: `09${String(Date.now()).slice(-8)}` });
          return el.submit();
        })}
      ></mc-feedback>`,
  },
  {
    name: 'Đã lưu chờ gửi',
    description: 'No connection: the feedback is kept on the device and sent once when the connection returns.',
    render: () =>
      html`<mc-feedback
        api=${exampleEnv.unreachable}
        unit="25459"
        ${once((el) => {
          el.fill(SAMPLE);
          return el.submit();
        })}
      ></mc-feedback>`,
  },
  {
    name: 'Theo dõi',
    description: 'Following an item with its code and the last 4 digits of the phone: status, deadline, steps.',
    render: () =>
      html`<mc-feedback
        api=${exampleEnv.api}
        unit="25459"
        view="follow"
        ${once(async (el) => {
          const phone = `09${String(Date.now()).slice(-8)}`;
          const receipt = await getClient(exampleEnv.api).submitFeedback({
            unit: '25459',
            kind: 'proposal',
            subject: { type: 'general' },
            title: 'Đề nghị thêm ghế chờ',
            content: 'Khu vực chờ của Bộ phận Một cửa có ít ghế, người cao tuổi phải đứng chờ lâu.',
            contact: { name: 'Trần Văn Mẫu', address: 'Khu phố 2, phường Tân Ninh', phone },
            consent: { personalData: true, publish: false },
          });
          el.verifier = phone.slice(-4);
          el.code = receipt.code;
        })}
      ></mc-feedback>`,
  },
  {
    name: 'Câu hỏi đã trả lời',
    description: 'The unit’s answered questions whose senders agreed to publish them: question, answer, dates and working days taken; searchable and paged.',
    render: () => html`<mc-feedback api=${exampleEnv.api} unit="25459" view="answers"></mc-feedback>`,
  },
  {
    name: 'Chưa có câu trả lời',
    description: 'A unit with no published answer yet.',
    render: () => html`<mc-feedback api=${exampleEnv.api} unit="25480" view="answers"></mc-feedback>`,
  },
  {
    name: 'Đang tải',
    description: 'The answers while they load.',
    render: () => html`<mc-feedback api=${exampleEnv.loading} unit="25459" view="answers"></mc-feedback>`,
  },
  {
    name: 'Mất kết nối',
    description: 'The answers cannot load: says so, with a retry (and retries when the device is back online).',
    render: () => html`<mc-feedback api=${exampleEnv.unreachable} unit="25459" view="answers"></mc-feedback>`,
  },
  {
    name: 'Chưa cấu hình',
    description: 'Without unit: a short message for the page author.',
    render: () => html`<mc-feedback api=${exampleEnv.api}></mc-feedback>`,
  },
];
