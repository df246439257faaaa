// <mc-satisfaction-survey> in Chromium against the real seeded API through the fault proxy
// (outages, lost answers); submissions go through the SDK's outbox.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@motcua/sdk';
import '../src/satisfaction-survey/define.js';
import type { McSatisfactionSurvey } from '../src/satisfaction-survey/satisfaction-survey.js';
import { DOSSIER_ANSWERS, examples, GENERAL_ANSWERS } from '../src/satisfaction-survey/satisfaction-survey.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { scenario, waitFor } from '@motcua/sdk/testing/helpers';

type Survey = McSatisfactionSurvey;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement & { error: string; value: string }>(selector)];
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frames = () => new Promise((r) => setTimeout(r, 80));

/** A unit of province 80 of its own for survey counts (no other test file posts to it). */
const COUNT_UNIT = '25480';

async function surveyCount(api: string, unit: string): Promise<number> {
  return (await createClient({ baseUrl: api, cache: false }).getUnitStats(unit, { cache: 'reload' })).surveyResponses;
}

/** Picks a level in a question as a citizen would (clicking its radio). */
async function answer(el: Survey, id: string, value: string) {
  const scale = $(el, `#q-${id}`)!;
  const radio = scale.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
  radio.click();
  await el.updateComplete;
}

async function until(el: Survey, selector: string, timeout = 10000) {
  const found = await waitFor(() => $(el, selector), timeout, selector);
  await el.updateComplete;
  await frames();
  return found;
}

describe('mc-satisfaction-survey', () => {
  let api: string;
  before(async () => {
    api = (await scenario('survey')).baseUrl;
    exampleEnv.api = api;
    await setViewport({ width: 1000, height: 800 });
  });

  describe('examples (each state is accessible)', () => {
    const ready: Record<string, string> = {
      'Khảo sát chung': 'mc-rating-scale',
      'Từng câu một': 'mc-rating-scale',
      'Thiếu câu trả lời': '[part="missing"]',
      'Đánh giá hồ sơ': 'mc-rating-scale',
      'Đánh giá từ trang tra cứu': 'mc-rating-scale',
      'Cảm ơn': '[part="thanks"]',
      'Đã lưu chờ gửi': '[part="queued"]',
      'Đã đánh giá': '[part="already"]',
      'Mất kết nối': '[part="offline"]',
      'Chưa cấu hình': '[part="config-error"]',
    };
    for (const example of examples) {
      it(example.name, async () => {
        const el = await fixture<Survey>(example.render());
        try {
          await until(el, ready[example.name]!);
        } catch (e) {
          console.log('STATE', example.name, (el as unknown as { phase: string }).phase, el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 1500));
          throw e;
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  it('general: five SIPAS factors on the labelled five-point scale, progress, and an optional comment', async () => {
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${api} unit="25459" layout="all"></mc-satisfaction-survey>`);
    await until(el, 'mc-rating-scale');
    const scales = $$(el, 'mc-rating-scale');
    expect(scales).to.have.length(5);
    const labels = [...scales[0]!.shadowRoot!.querySelectorAll('[part="option-label"]')].map((n) => n.textContent);
    expect(labels).to.deep.equal(['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']);
    expect(scales[0]!.shadowRoot!.querySelector('legend')!.textContent).to.contain('Tiếp cận dịch vụ');
    expect(text(el, '[part="progress"]')).to.equal('Đã trả lời 0/5 câu');
    await answer(el, 'access', '4');
    expect(text(el, '[part="progress"]')).to.equal('Đã trả lời 1/5 câu');
    expect($(el, 'label[for="comment"]')).to.not.equal(null);
  });

  it('marks each unanswered question and moves the focus to the first', async () => {
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${api} unit="25459" layout="all"></mc-satisfaction-survey>`);
    await until(el, 'mc-rating-scale');
    await answer(el, 'access', '5');
    await answer(el, 'official', '4');
    const sent: Event[] = [];
    el.addEventListener('mc-survey-submit', (e) => sent.push(e));
    await el.submit();
    const errors = $$(el, 'mc-rating-scale').map((s) => Boolean(s.error));
    expect(errors).to.deep.equal([false, true, false, true, true]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('q-procedure');
    expect(text(el, '[part="missing"]')).to.contain('Còn 3 câu chưa trả lời');
    expect(sent).to.have.length(0);
    await frames();
    await expect(el).to.be.accessible();
  });

  it('one question per screen on a narrow phone, with "Câu n/5", next and back', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${api} unit="25459"></mc-satisfaction-survey>`);
      await until(el, 'mc-rating-scale');
      expect($$(el, 'mc-rating-scale')).to.have.length(1);
      expect(text(el, '[part="progress"]')).to.equal('Câu 1/5');
      expect($(el, '[part="submit"]')).to.equal(null);
      const next = () => ($(el, '[part="nav"] mc-button:last-child') as HTMLElement).click();
      next();
      await waitFor(() => $$(el, 'mc-rating-scale')[0]!.error);
      expect(text(el, '[part="progress"]')).to.equal('Câu 1/5');
      await answer(el, 'access', '5');
      next();
      await waitFor(() => text(el, '[part="progress"]') === 'Câu 2/5');
      await waitFor(() => el.shadowRoot!.activeElement?.id === 'q-procedure');
      ($(el, '[part="nav"] mc-button') as HTMLElement).click(); // back
      await waitFor(() => text(el, '[part="progress"]') === 'Câu 1/5');
      expect(($$(el, 'mc-rating-scale')[0] as HTMLElement & { value: string }).value).to.equal('5');
      await frames();
      await expect(el).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await frames();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1000, height: 800 });
    }
  });

  it('general: sent once, thanks with what the province does, mc-survey-submit without personal data', async () => {
    const s = await scenario('survey-sent');
    const before = await surveyCount(s.baseUrl, COUNT_UNIT);
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${s.baseUrl} unit=${COUNT_UNIT} layout="all"></mc-satisfaction-survey>`);
    await until(el, 'mc-rating-scale');
    for (const [id, v] of Object.entries(GENERAL_ANSWERS)) await answer(el, id, v);
    ($(el, '#comment') as HTMLTextAreaElement).value = 'Cán bộ hướng dẫn tận tình';
    $(el, '#comment')!.dispatchEvent(new Event('input'));
    const events: CustomEvent[] = [];
    el.addEventListener('mc-survey-submit', (e) => events.push(e as CustomEvent));
    await Promise.all([el.submit(), el.submit()]); // a double tap
    await until(el, '[part="thanks"]');
    expect(text(el, '[part="thanks"]')).to.contain('Phiếu của bạn đã được gửi');
    expect(text(el, '[part="thanks"]')).to.contain('công bố kết quả');
    expect(events.map((e) => e.detail)).to.deep.equal([{ mode: 'general', unit: COUNT_UNIT, queued: false }]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    expect(await surveyCount(s.baseUrl, COUNT_UNIT)).to.equal(before + 1);
    const posts = (await s.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('during an outage: kept on the device, told honestly, sent once when the connection returns', async () => {
    const s = await scenario('survey-outage');
    const before = await surveyCount(s.baseUrl, COUNT_UNIT);
    await s.down(true);
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${s.baseUrl} unit=${COUNT_UNIT} layout="all"></mc-satisfaction-survey>`);
    await until(el, 'mc-rating-scale');
    for (const [id, v] of Object.entries(GENERAL_ANSWERS)) await answer(el, id, v);
    const events: CustomEvent[] = [];
    el.addEventListener('mc-survey-submit', (e) => events.push(e as CustomEvent));
    await el.submit();
    await until(el, '[part="queued"]');
    expect(($(el, '[part="queued"]') as HTMLElement).getAttribute('heading')).to.equal('Đã lưu trên máy này, sẽ tự gửi khi có mạng');
    expect(text(el, '[part="thanks"]')).to.not.contain('đã được gửi');
    expect(events[0]!.detail).to.deep.equal({ mode: 'general', unit: COUNT_UNIT, queued: true });
    await expect(el).to.be.accessible();
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => text(el, '[part="thanks"]').includes('Đã gửi xong'), 10000, 'the sent-later notice');
    expect(await surveyCount(s.baseUrl, COUNT_UNIT)).to.equal(before + 1);
    const keys = (await s.log()).filter((r) => r.method === 'POST' && r.outcome === 'pass').map((r) => r.idempotencyKey);
    expect(keys).to.have.length(1);
  });

  it('dossier: the seven indicators not measured from the record and the satisfaction rating; code and verifier typed; one evaluation only', async () => {
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${api} mode="dossier" layout="all"></mc-satisfaction-survey>`);
    await until(el, 'mc-rating-scale');
    const scales = $$(el, 'mc-rating-scale');
    // Indicators 3–9 of Circular 01/2018/TT-VPCP, then the overall satisfaction (not an indicator).
    expect(scales.map((s) => s.getAttribute('name'))).to.deep.equal([
      'contacts',
      'agencies',
      'one-stop-desk',
      'publication',
      'attitude',
      'feedback',
      'online-service',
      'satisfaction',
    ]);
    expect(el.shadowRoot!.textContent).to.not.contain('Tổng thời gian giải quyết');
    expect(el.shadowRoot!.textContent).to.not.contain('thuận tiện');
    expect(el.shadowRoot!.querySelector('form > p')!.textContent).to.contain('Chỉ số 1 và 2 (thời gian giải quyết) được tính từ hồ sơ');
    expect([...scales[0]!.shadowRoot!.querySelectorAll('[part="option-label"]')].map((n) => n.textContent)).to.deep.equal([
      'Liên hệ thêm từ hai lần trở lên',
      'Liên hệ thêm một lần',
      'Không phải liên hệ thêm',
    ]);
    expect([...scales[7]!.shadowRoot!.querySelectorAll('[part="option-label"]')].map((n) => n.textContent)).to.deep.equal([
      'Không hài lòng',
      'Hài lòng',
      'Rất hài lòng',
    ]);
    for (const [id, v] of Object.entries(DOSSIER_ANSWERS)) await answer(el, id, v);
    // identity missing: focus goes to the code field
    await el.submit();
    expect(el.shadowRoot!.activeElement?.id).to.equal('code');
    const code = $(el, '#code') as HTMLElement & { value: string };
    const verifier = $(el, '#verifier') as HTMLElement & { value: string; inputmode: string };
    expect(verifier.inputmode).to.equal('numeric');
    // wrong verifier: 404, said without telling which part was wrong
    code.dispatchEvent(new CustomEvent('mc-input', { detail: { value: '000.00.30.H20-261120-0005' } }));
    verifier.dispatchEvent(new CustomEvent('mc-input', { detail: { value: '0000' } }));
    await el.updateComplete;
    await el.submit();
    await until(el, '[part="submit-error"]');
    expect(text(el, '[part="submit-error"]')).to.contain('Không tìm thấy hồ sơ khớp');
    verifier.dispatchEvent(new CustomEvent('mc-input', { detail: { value: '4019' } }));
    await el.updateComplete;
    const events: CustomEvent[] = [];
    el.addEventListener('mc-survey-submit', (e) => events.push(e as CustomEvent));
    await el.submit();
    await until(el, '[part="thanks"]');
    expect(text(el, '[part="thanks"]')).to.contain('đã được ghi nhận');
    expect(events[0]!.detail).to.deep.equal({ mode: 'dossier', unit: undefined, queued: false });
    expect(JSON.stringify(events[0]!.detail)).to.not.contain('4019');

    const again = await fixture<Survey>(html`<mc-satisfaction-survey api=${api} mode="dossier" layout="all"></mc-satisfaction-survey>`);
    again.code = '000.00.30.H20-261120-0005';
    again.verifier = '4019';
    await until(again, 'mc-rating-scale');
    again.answers = { ...DOSSIER_ANSWERS };
    await again.submit();
    await until(again, '[part="already"]');
    expect(($(again, '[part="already"]') as HTMLElement).getAttribute('heading')).to.equal('Hồ sơ này đã được đánh giá');
    await expect(again).to.be.accessible();
  });

  it('dossier: an evaluation queued during an outage is sent once later', async () => {
    const s = await scenario('survey-eval-outage');
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${s.baseUrl} mode="dossier" layout="all"></mc-satisfaction-survey>`);
    el.code = '000.00.30.H20-261113-0004';
    el.verifier = '5870';
    await until(el, 'mc-rating-scale');
    el.answers = { ...DOSSIER_ANSWERS };
    await s.down(true);
    await el.submit();
    await until(el, '[part="queued"]');
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => text(el, '[part="thanks"]').includes('Đã gửi xong'), 15000, 'the retry');
    const view = await createClient({ baseUrl: s.baseUrl, cache: false }).lookupDossier({ code: '000.00.30.H20-261113-0004', verifier: '5870' });
    expect(view.evaluated).to.equal(true);
    const keys = new Set((await s.log()).filter((r) => r.method === 'POST' && r.path.includes('evaluations')).map((r) => r.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('dossier: says so when the criteria cannot be loaded, and retries', async () => {
    const s = await scenario('survey-criteria-down');
    await s.down(true);
    const el = await fixture<Survey>(html`<mc-satisfaction-survey api=${s.baseUrl} mode="dossier"></mc-satisfaction-survey>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('mc-error', (e) => errors.push(e as CustomEvent));
    await until(el, '[part="offline"]', 15000);
    await s.down(false);
    ($(el, '[part="retry"]') as HTMLElement).click();
    await until(el, 'mc-rating-scale');
    expect(errors.length).to.be.greaterThan(0);
  });

  it('in English: the typed dossier code is checked in English, and the thanks are English', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <mc-satisfaction-survey api=${api} mode="dossier" layout="all"></mc-satisfaction-survey>
      <mc-satisfaction-survey api=${api} unit=${COUNT_UNIT} layout="all"></mc-satisfaction-survey>
    </div>`);
    const [dossier, general] = [...wrap.querySelectorAll('mc-satisfaction-survey')] as Survey[];
    await until(dossier!, '[part="identity"]');
    expect(text(dossier!, '#heading')).to.equal('Evaluate how your dossier was handled');
    await dossier!.submit();
    expect(($(dossier!, '#code') as HTMLElement & { error: string }).error).to.equal('Please enter the dossier code.');
    expect(($(dossier!, '#verifier') as HTMLElement & { label: string }).label).to.equal('Last 4 digits of your personal identification number or phone number');
    await until(general!, 'mc-rating-scale');
    for (const [id, v] of Object.entries(GENERAL_ANSWERS)) await answer(general!, id, v);
    await general!.submit();
    await until(general!, '[part="thanks"]');
    expect(text(general!, '#heading')).to.equal('Thank you!');
    expect(text(general!, '[part="thanks"]')).to.contain('Your survey was sent');
    await expect(wrap).to.be.accessible();
  });

  it('follows the page language', async () => {
    const el = await fixture<Survey>(html`<div lang="en"><mc-satisfaction-survey api=${api} unit="25459" layout="all"></mc-satisfaction-survey></div>`);
    const survey = el.querySelector('mc-satisfaction-survey') as Survey;
    await until(survey, 'mc-rating-scale');
    expect(text(survey, '#heading')).to.equal('Satisfaction survey');
    expect(text(survey, '[part="progress"]')).to.equal('0 of 5 questions answered');
  });
});
