// <mc-status-tracker> in Chromium against the real seeded API (and the fault proxy) started by the
// web-test-runner plugin; demo dossiers from apps/api/seed/DOSSIERS.md.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/status-tracker/define.js';
import type { McStatusTracker } from '../src/status-tracker/status-tracker.js';
import { examples } from '../src/status-tracker/status-tracker.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { scenario, waitFor } from '@motcua/sdk/testing/helpers';

const FORM_ONLY = new Set(['Biểu mẫu', 'Mã từ giấy biên nhận', 'Chưa cấu hình']);
const SAVED_KEY = 'motcua.status-tracker.saved';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a lookup has finished (something in the outcome area, no skeleton). */
async function settled(el: McStatusTracker): Promise<void> {
  await waitFor(() => {
    const outcome = $(el, '.outcome');
    return outcome && !outcome.querySelector('mc-skeleton') && outcome.children.length > 0;
  }, 12000, 'the lookup to finish');
  await el.updateComplete;
  // mc-alert fills its live region a couple of frames after it renders.
  await new Promise((r) => setTimeout(r, 80));
}

async function tracker(api: string, extra = html``) {
  return fixture<McStatusTracker>(html`<mc-status-tracker api=${api}>${extra}</mc-status-tracker>`);
}

/** Types into an mc-text-field (inside the tracker's shadow root) and leaves it. */
async function typeInto(el: McStatusTracker, id: string, value: string) {
  const field = $(el, `#${id}`)!;
  const input = field.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('mc-status-tracker', () => {
  let api: string;
  before(async () => {
    // Through a pass-through lane of the fault proxy (it answers CORS itself).
    api = (await scenario('tracker')).baseUrl;
    exampleEnv.api = api;
    localStorage.removeItem(SAVED_KEY);
  });
  afterEach(() => localStorage.removeItem(SAVED_KEY));

  describe('examples (each state is accessible)', () => {
    for (const example of examples) {
      it(example.name, async () => {
        const el = await fixture<McStatusTracker>(example.render());
        await el.updateComplete;
        if (!FORM_ONLY.has(example.name)) await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows the code format and checks it as typed, on leaving the field and on submit', async () => {
    const el = await tracker(api);
    expect(text(el, '#code')).to.be.empty; // the hint lives in the field's shadow root
    const field = $(el, '#code') as HTMLElement & { hint: string; error: string };
    expect(field.hint).to.contain('000.00.25.H53-261120-0012');
    await typeInto(el, 'code', '000.00/25');
    expect(field.error).to.contain('chỉ gồm chữ, chữ số');
    await typeInto(el, 'code', '000.00.25.H53-2611');
    expect(field.error).to.equal('');
    field.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(field.error).to.contain('chưa đúng dạng');
    await typeInto(el, 'code', '000.00.25.h53-261120-0012');
    expect(field.error).to.equal('');
  });

  it('refuses to look up without both values and moves the focus to the first problem', async () => {
    const el = await tracker(api);
    await el.lookup();
    const code = $(el, '#code') as HTMLElement & { error: string };
    const verifier = $(el, '#verifier') as HTMLElement & { error: string; inputmode: string };
    expect(code.error).to.contain('Vui lòng nhập mã hồ sơ');
    expect(verifier.error).to.contain('4 số xác minh');
    expect(el.shadowRoot!.activeElement).to.equal(code);
    expect(verifier.inputmode).to.equal('numeric');
    expect(verifier.shadowRoot!.querySelector('input')!.getAttribute('inputmode')).to.equal('numeric');
    await typeInto(el, 'verifier', '12a');
    expect(verifier.error).to.contain('chữ số');
  });

  it('takes the code from the code attribute or from ?ma-ho-so= in the page URL, and shows nothing for it alone', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?ma-ho-so=000.00.25.h53-261120-0012`);
    try {
      const el = await tracker(api);
      expect(($(el, '#code') as HTMLElement & { value: string }).value).to.equal('000.00.25.H53-261120-0012');
      expect($(el, '[part="result"]')).to.equal(null);
      const el2 = await fixture<McStatusTracker>(html`<mc-status-tracker api=${api} code="000.00.25.H53-261119-0047"></mc-status-tracker>`);
      expect(($(el2, '#code') as HTMLElement & { value: string }).value).to.equal('000.00.25.H53-261119-0047');
      await new Promise((r) => setTimeout(r, 200));
      expect($(el2, '[part="result"]')).to.equal(null);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('says the status and what happens next in plain words, with the days left and the hand-offs as an ordered list', async () => {
    const el = await tracker(api);
    const events: CustomEvent[] = [];
    el.addEventListener('mc-dossier-status', (e) => events.push(e as CustomEvent));
    await el.check('000.00.25.H53-261026-0008', '5537');
    await settled(el);
    expect(text(el, '[part="summary"]')).to.contain('Đang xử lý');
    expect(text(el, '[part="summary"]')).to.contain('Bạn chưa cần làm gì');
    expect(text(el, '[part="deadline"]')).to.contain('30/11/2026');
    expect(text(el, '[part="deadline"]')).to.match(/Còn \d+ ngày làm việc/);
    const timeline = $(el, 'mc-timeline')!;
    await (timeline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const ol = timeline.shadowRoot!.querySelector('ol')!;
    expect(ol.getAttribute('aria-label')).to.equal('Quá trình xử lý hồ sơ');
    expect(ol.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ status: 'in-progress', paused: false, overdue: false });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('shows the apology and the new appointment date when late', async () => {
    const el = await tracker(api);
    const events: CustomEvent[] = [];
    el.addEventListener('mc-dossier-status', (e) => events.push(e as CustomEvent));
    await el.check('000.00.25.H53-261102-0003', '6072');
    await settled(el);
    const apology = $(el, '[part="apology"]')!;
    expect(apology.getAttribute('heading')).to.contain('trễ hạn');
    expect(apology.textContent).to.contain('25/11/2026');
    expect(events[0]!.detail).to.deep.equal({ status: 'in-progress', paused: false, overdue: true });
    const late = await tracker(api);
    await late.check('000.00.25.H53-261112-0021', '3318');
    await settled(late);
    expect($(late, '[part="apology"]')).to.equal(null);
    expect($(late, '[part="late"]')!.getAttribute('heading')).to.match(/quá hạn \d+ ngày làm việc/);
    expect(text(late, '[part="deadline"]')).to.match(/Đã quá hạn \d+ ngày làm việc/);
  });

  it('lists the missing papers, the amount to pay and the postal tracking number', async () => {
    const supplement = await tracker(api);
    await supplement.check('000.00.25.H53-261118-0009', '7405');
    await settled(supplement);
    expect(supplement.shadowRoot!.querySelectorAll('[part="papers"] li')).to.have.length(2);
    expect(text(supplement, '[part="deadline"]')).to.contain('tạm dừng');

    const fee = await tracker(api);
    await fee.check('000.00.30.H20-261119-0027', '6648');
    await settled(fee);
    expect(text(fee, '[part="summary"]')).to.match(/nộp 50\.000\s?đ/);

    const postal = await tracker(api);
    await postal.check('000.00.25.H53-261116-0031', '2764');
    await settled(postal);
    expect(text(postal, '[part="summary"]')).to.contain('EL284615937VN');
    expect(text(postal, '[part="summary"]')).to.contain('bưu chính');
  });

  it('words a stopped dossier as the office\u2019s decision, not as waiting for the citizen', async () => {
    const stopped = await tracker(api);
    await stopped.check('000.00.30.H20-261109-0014', '3562');
    await settled(stopped);
    expect(text(stopped, '[part="deadline"]')).to.contain('Cơ quan giải quyết đã quyết định dừng xử lý hồ sơ');
    expect(text(stopped, '[part="deadline"]')).not.to.contain('cho tới khi bạn thực hiện yêu cầu');
    expect(stopped.shadowRoot!.querySelector('[part="late"]')).to.be.null;
  });

  it('shows no appointment for a dossier submitted but not yet received', async () => {
    const submitted = await tracker(api);
    await submitted.check('000.00.25.H53-261121-0001', '8206');
    await settled(submitted);
    expect(submitted.shadowRoot!.querySelector('[part="deadline"]')).to.be.null;
    expect(submitted.shadowRoot!.querySelector('[part="late"]')).to.be.null;
  });

  it('reads the same for a wrong verifier and an unknown code, and shows no dossier data', async () => {
    const wrong = await tracker(api);
    await wrong.check('000.00.25.H53-261121-0001', '0000');
    await settled(wrong);
    const unknown = await tracker(api);
    await unknown.check('000.00.25.H53-261121-9998', '8206');
    await settled(unknown);
    expect(text(wrong, '.outcome')).to.contain('Không tìm thấy hồ sơ khớp');
    expect(text(wrong, '.outcome')).to.equal(text(unknown, '.outcome'));
    expect($(wrong, '[part="result"]')).to.equal(null);
  });

  it('explains rate limiting with the seconds from the 429, counting down', async () => {
    const s = await scenario('tracker-429');
    await s.faults({ type: 'status', status: 429, retryAfter: 45 });
    const el = await tracker(s.baseUrl);
    const errors: CustomEvent[] = [];
    el.addEventListener('mc-error', (e) => errors.push(e as CustomEvent));
    await el.check('000.00.25.H53-261026-0008', '5537');
    await settled(el);
    expect(text(el, '[part="rate-limited"]')).to.contain('thử lại sau 45 giây');
    expect(($(el, '[part="submit"]') as HTMLElement & { disabled: boolean }).disabled).to.equal(true);
    await waitFor(() => text(el, '[part="rate-limited"]').includes('44 giây'), 3000, 'the countdown');
    expect(errors[0]!.detail.code).to.equal('rate-limited');
    await expect(el).to.be.accessible();
  });

  it('says when the device is offline, offers a retry and fires mc-error', async () => {
    const el = await tracker(exampleEnv.unreachable);
    const errors: CustomEvent[] = [];
    el.addEventListener('mc-error', (e) => errors.push(e as CustomEvent));
    await el.check('000.00.25.H53-261026-0008', '5537');
    await settled(el);
    expect($(el, '[part="offline"]')).to.not.equal(null);
    expect($(el, '[part="retry"]')).to.not.equal(null);
    expect(errors[0]!.detail).to.include({ code: 'network' });
    expect(JSON.stringify(errors[0]!.detail)).to.not.contain('5537');
  });

  it('remembers the code (never the verifier) on this device, lists it and forgets it', async () => {
    const el = await tracker(api);
    ($(el, '[part="remember"]') as HTMLElement & { checked: boolean }).checked = true;
    $(el, '[part="remember"]')!.dispatchEvent(new CustomEvent('mc-change', { detail: { checked: true } }));
    await el.check('000.00.25.H53-261121-0001', '8206');
    await settled(el);
    const stored = localStorage.getItem(SAVED_KEY)!;
    expect(JSON.parse(stored)).to.deep.equal(['000.00.25.H53-261121-0001']);
    expect(stored).to.not.contain('8206');

    const again = await tracker(api);
    const item = again.shadowRoot!.querySelector('[part="saved"] li')!;
    expect(item.textContent).to.contain('000.00.25.H53-261121-0001');
    await expect(again).to.be.accessible();
    (item.querySelector('mc-button') as HTMLElement).click();
    await waitFor(() => ($(again, '#code') as HTMLElement & { value: string }).value === '000.00.25.H53-261121-0001');
    (item.querySelectorAll('mc-button')[1] as HTMLElement).click();
    await waitFor(() => !$(again, '[part="saved"]'));
    expect(localStorage.getItem(SAVED_KEY)).to.equal(null);
  });

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await tracker(api);
      await el.check('000.00.25.H53-261102-0003', '6072');
      await settled(el);
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1000, height: 800 });
    }
  });

  it('keeps the fallback content visible only until the widget works', async () => {
    const broken = await fixture<McStatusTracker>(html`<mc-status-tracker><a href="#x">Cổng DVC</a></mc-status-tracker>`);
    expect($(broken, 'slot')).to.not.equal(null);
    const working = await tracker(api, html`<a href="#x">Cổng DVC</a>`);
    await working.updateComplete;
    expect($(working, 'slot')).to.equal(null);
  });

  it('invites an evaluation of a resolved dossier and opens the survey with code and verifier as properties', async () => {
    const el = await tracker(api);
    await el.check('000.00.25.H53-261119-0047', '1593');
    await settled(el);
    const invitation = $(el, '[part="invitation"]')!;
    expect(invitation.textContent).to.contain('Bạn được phục vụ thế nào?');
    (invitation.querySelector('mc-button') as HTMLElement).click();
    const survey = await waitFor(() => $(el, 'mc-satisfaction-survey') as (HTMLElement & { code: string; verifier: string; updateComplete: Promise<unknown> }) | null);
    expect(survey.getAttribute('mode')).to.equal('dossier');
    expect(survey.code).to.equal('000.00.25.H53-261119-0047');
    expect(survey.verifier).to.equal('1593');
    expect(survey.hasAttribute('verifier')).to.equal(false);
    expect(survey.outerHTML).to.not.contain('1593');
    // Indicators 3–9 and the overall satisfaction (1 and 2 are measured from the dossier's record).
    await waitFor(() => survey.shadowRoot!.querySelectorAll('mc-rating-scale').length === 8, 8000, 'the criteria');
    expect(el.shadowRoot!.activeElement).to.equal(survey);
    await expect(el).to.be.accessible();
  });

  it('follows the page language: the form\u2019s checks and the result in English', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><mc-status-tracker api=${api}></mc-status-tracker></div>`);
    const el = wrap.querySelector('mc-status-tracker') as McStatusTracker;
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Check the status of a dossier');
    await el.lookup();
    expect(($(el, '#code') as HTMLElement & { error: string }).error).to.equal('Please enter the dossier code.');
    await el.check('000.00.25.H53-261026-0008', '5537');
    await settled(el);
    expect(text(el, '#result-heading')).to.equal('Dossier 000.00.25.H53-261026-0008');
    expect(text(el, '[part="summary"]')).to.contain('What happens next');
    expect(text(el, '[part="summary"]')).to.contain('In progress');
    expect(text(el, '[part="summary"]')).to.not.contain('Đang xử lý');
    expect(text(el, '[part="facts"]')).to.contain('Received on');
    await expect(el).to.be.accessible();
  });
});
