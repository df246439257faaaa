// Examples of <mc-satisfaction-survey>: the same list feeds Storybook, the tests and the a11y
// checks. They render against the API in `exampleEnv`; states after a submission are reached by
// presetting `answers` and calling the public `submit()`.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ComponentExample } from '@motcua/ui';
import { getClient } from '@motcua/sdk';
import { exampleEnv } from '../shared/example-env.js';
import type { McSatisfactionSurvey } from './satisfaction-survey.js';

export const GENERAL_ANSWERS = { access: '5', procedure: '4', official: '5', result: '4', feedback: '3' };
/** The seven indicators a citizen answers (1 and 2 are measured) and the satisfaction rating. */
export const DOSSIER_ANSWERS = {
  contacts: '2',
  agencies: '2',
  'one-stop-desk': '2',
  publication: '2',
  attitude: '2',
  feedback: '2',
  'online-service': '2',
  satisfaction: 'satisfied',
};

/** Runs `then` once per element, after it has rendered. */
function once(then: (el: McSatisfactionSurvey) => Promise<unknown> | void) {
  const seen = new WeakSet<Element>();
  return ref((el) => {
    if (!el || seen.has(el)) return;
    seen.add(el);
    void (el as McSatisfactionSurvey).updateComplete.then(() => then(el as McSatisfactionSurvey));
  });
}

export const examples: ComponentExample[] = [
  {
    name: 'Khảo sát chung',
    description: 'mode="general": the five SIPAS factors on the five-point scale and a comment, anonymous, for unit 25459. All questions on wide screens.',
    render: () => html`<mc-satisfaction-survey api=${exampleEnv.api} unit="25459" layout="all"
      ><a href="https://dichvucong.gov.vn/">Góp ý trên Cổng Dịch vụ công quốc gia</a></mc-satisfaction-survey
    >`,
  },
  {
    name: 'Từng câu một',
    description: 'layout="paged" (automatic under 480 px): one question per screen with "Câu 1/5", next and back.',
    render: () => html`<mc-satisfaction-survey api=${exampleEnv.api} unit="25459" layout="paged"></mc-satisfaction-survey>`,
  },
  {
    name: 'Thiếu câu trả lời',
    description: 'Sent with questions unanswered: a message at each, a summary, and the focus on the first.',
    render: () =>
      html`<mc-satisfaction-survey
        api=${exampleEnv.api}
        unit="25459"
        layout="all"
        ${once((el) => {
          el.answers = { access: '4', procedure: '4' };
          return el.submit();
        })}
      ></mc-satisfaction-survey>`,
  },
  {
    name: 'Đánh giá hồ sơ',
    description: 'mode="dossier" opened on its own: the nine indicators of Circular 01/2018/TT-VPCP come from the API; the citizen answers the seven not measured from the record (three levels each) and the overall satisfaction, and types the code and verifier.',
    render: () => html`<mc-satisfaction-survey api=${exampleEnv.api} mode="dossier" layout="all"></mc-satisfaction-survey>`,
  },
  {
    name: 'Đánh giá từ trang tra cứu',
    description: 'As <mc-status-tracker> opens it: code and verifier passed as properties (never attributes).',
    render: () =>
      html`<mc-satisfaction-survey api=${exampleEnv.api} mode="dossier" unit="29869" layout="all" .code=${'000.00.30.H20-261110-0019'} .verifier=${'8873'}></mc-satisfaction-survey>`,
  },
  {
    name: 'Cảm ơn',
    description: 'Sent: the thank-you state says what the province does with the answers.',
    render: () =>
      html`<mc-satisfaction-survey
        api=${exampleEnv.api}
        unit="25459"
        layout="all"
        ${once((el) => {
          el.answers = { ...GENERAL_ANSWERS };
          return el.submit();
        })}
      ></mc-satisfaction-survey>`,
  },
  {
    name: 'Đã lưu chờ gửi',
    description: 'No connection: the answers are kept on the device and sent later; the citizen is told so honestly.',
    render: () =>
      html`<mc-satisfaction-survey
        api=${exampleEnv.unreachable}
        unit="25459"
        layout="all"
        ${once((el) => {
          el.answers = { ...GENERAL_ANSWERS };
          return el.submit();
        })}
      ></mc-satisfaction-survey>`,
  },
  {
    name: 'Đã đánh giá',
    description: 'A second evaluation of the same dossier (409) is refused politely.',
    render: () =>
      html`<mc-satisfaction-survey
        api=${exampleEnv.api}
        mode="dossier"
        layout="all"
        .code=${'000.00.25.H53-261120-0012'}
        .verifier=${'4821'}
        ${once(async (el) => {
          // Make sure the dossier has its one evaluation already, then try a second one.
          await getClient(exampleEnv.api)
            .submitEvaluation({
              code: '000.00.25.H53-261120-0012',
              verifier: '4821',
              answers: Object.fromEntries(Object.entries(DOSSIER_ANSWERS).filter(([k]) => k !== 'satisfaction').map(([k, v]) => [k, Number(v)])) as never,
              satisfaction: 'satisfied',
            })
            .catch(() => undefined);
          await new Promise((r) => setTimeout(r, 0));
          for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('mc-rating-scale'); i++) await new Promise((r) => setTimeout(r, 100));
          el.answers = { ...DOSSIER_ANSWERS };
          return el.submit();
        })}
      ></mc-satisfaction-survey>`,
  },
  {
    name: 'Mất kết nối',
    description: 'Dossier mode cannot load its criteria: says so, with a retry.',
    render: () => html`<mc-satisfaction-survey api=${exampleEnv.unreachable} mode="dossier"></mc-satisfaction-survey>`,
  },
  {
    name: 'Chưa cấu hình',
    description: 'General mode without unit: a short message for the page author.',
    render: () => html`<mc-satisfaction-survey api=${exampleEnv.api}></mc-satisfaction-survey>`,
  },
];
