// Examples of <mc-status-tracker>: the same list feeds Storybook, the tests and the a11y checks.
// They render against the API in `exampleEnv` with the seeded demo dossiers
// (apps/api/seed/DOSSIERS.md); results are reached through the public `check(code, verifier)`.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ComponentExample } from '@motcua/ui';
import { getClient } from '@motcua/sdk';
import { exampleEnv } from '../shared/example-env.js';
import type { McStatusTracker } from './status-tracker.js';

const fallback = html`<a href="https://dichvucong.gov.vn/">Tra cứu hồ sơ trên Cổng Dịch vụ công quốc gia</a>`;

/** A tracker that looks `code` up with `verifier` as soon as it is on the page. */
function checked(code: string, verifier: string, before?: () => Promise<unknown>) {
  const done = new WeakSet<Element>();
  return html`<mc-status-tracker
    api=${exampleEnv.api}
    ${ref((el) => {
      if (!el || done.has(el)) return;
      done.add(el);
      void (before ? before() : Promise.resolve()).then(() => (el as McStatusTracker).check(code, verifier));
    })}
  ></mc-status-tracker>`;
}

/** Unknown code used to show the rate limit: wrong verifiers make this address wait before trying again. */
const LOCKED_CODE = '000.00.25.H53-200101-0001';

export const examples: ComponentExample[] = [
  {
    name: 'Biểu mẫu',
    description: 'The lookup form: dossier code (format shown, checked as typed) and the 4-digit verifier.',
    render: () => html`<mc-status-tracker api=${exampleEnv.api}>${fallback}</mc-status-tracker>`,
  },
  {
    name: 'Mã từ giấy biên nhận',
    description: 'code="…" (or ?ma-ho-so=… in the page URL, e.g. from the QR code on a receipt): only the verifier is left to type. Nothing is shown for the code alone.',
    render: () => html`<mc-status-tracker api=${exampleEnv.api} code="000.00.25.H53-261120-0012"></mc-status-tracker>`,
  },
  {
    name: 'Đang xử lý',
    description: 'In progress, on time: what happens next, appointment date, working days left, the hand-offs.',
    render: () => checked('000.00.25.H53-261026-0008', '5537'),
  },
  {
    name: 'Trễ hạn có thư xin lỗi',
    description: 'Late: the apology and the new appointment date, shown prominently.',
    render: () => checked('000.00.25.H53-261102-0003', '6072'),
  },
  {
    name: 'Quá hạn chưa có thư xin lỗi',
    description: 'Overdue without an apology yet: says so and what the office owes the citizen.',
    render: () => checked('000.00.25.H53-261112-0021', '3318'),
  },
  {
    name: 'Cần bổ sung giấy tờ',
    description: 'Supplement requested: the missing papers listed; the time limit is paused.',
    render: () => checked('000.00.25.H53-261118-0009', '7405'),
  },
  {
    name: 'Cần nộp phí',
    description: 'Financial obligation: the amount to pay.',
    render: () => checked('000.00.30.H20-261119-0027', '6648'),
  },
  {
    name: 'Chờ bưu điện',
    description: 'Result sent by public postal service, with its tracking number.',
    render: () => checked('000.00.25.H53-261116-0031', '2764'),
  },
  {
    name: 'Có kết quả và mời đánh giá',
    description: 'Resolved: come to collect, and the invitation to evaluate (opens the survey for this dossier).',
    render: () => checked('000.00.25.H53-261119-0047', '1593'),
  },
  {
    name: 'Không được tiếp nhận',
    description: 'Not accepted: what to do now.',
    render: () => checked('000.00.25.H53-261117-0016', '9150'),
  },
  {
    name: 'Không tìm thấy',
    description: 'An unknown code and a wrong verifier read the same: no hint of which was wrong.',
    render: () => checked('000.00.25.H53-261120-9999', '1234'),
  },
  {
    name: 'Thử quá nhiều lần',
    description: 'After a few wrong verifiers on a code, this address must wait, longer each time (others are not affected): "thử lại sau N giây", counting down.',
    render: () =>
      checked(LOCKED_CODE, '0000', async () => {
        const client = getClient(exampleEnv.api);
        for (let i = 0; i < 10; i++) await client.lookupDossier({ code: LOCKED_CODE, verifier: '0000' }, { retries: 0 }).catch(() => undefined);
      }),
  },
  {
    name: 'Mất kết nối',
    description: 'The API cannot be reached: says so, with a retry (and retries when the device is back online).',
    render: () => html`<mc-status-tracker
      api=${exampleEnv.unreachable}
      ${ref((el) => {
        if (el && !(el as McStatusTracker & { tried?: boolean }).tried) {
          (el as McStatusTracker & { tried?: boolean }).tried = true;
          void (el as McStatusTracker).check('000.00.25.H53-261026-0008', '5537');
        }
      })}
    ></mc-status-tracker>`,
  },
  {
    name: 'Chưa cấu hình',
    description: 'No api attribute: a short message for the page author; the fallback link stays visible.',
    render: () => html`<mc-status-tracker>${fallback}</mc-status-tracker>`,
  },
];
