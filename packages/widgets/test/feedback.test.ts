// <mc-feedback> in Chromium against the real seeded API (through the fault proxy for outages):
// every example accessible; the form says what the law requires and refuses what it must; sending
// goes through the outbox (an offline send is kept and delivered once); following shows status,
// deadline and the answer, and "not resolved" reopens; the answers list searches and pages.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@motcua/sdk';
import '../src/feedback/define.js';
import type { McFeedback } from '../src/feedback/feedback.js';
import { examples, SAMPLE } from '../src/feedback/feedback.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { scenario, waitFor } from '@motcua/sdk/testing/helpers';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frames = () => new Promise((r) => setTimeout(r, 80));
let phoneSeq = 0;
/** A phone number of its own per send (the server limits sends per number and day). */
const freshPhone = () => `09${String(Date.now() + phoneSeq++).slice(-8)}`;

async function until(el: Element, selector: string, timeout = 10000) {
  const found = await waitFor(() => $(el, selector), timeout, selector);
  await (el as McFeedback).updateComplete;
  await frames();
  return found;
}

describe('mc-feedback', () => {
  let api: string;
  before(async () => {
    api = (await scenario('feedback')).baseUrl;
    exampleEnv.api = api;
    await setViewport({ width: 1000, height: 800 });
  });

  describe('examples (each state is accessible)', () => {
    const ready: Record<string, string> = {
      'Gửi phản ánh': '[part="form"]',
      'Thiếu thông tin': '[part="missing"]',
      'Đã gửi': '[part="receipt"]',
      'Đã lưu chờ gửi': '[part="queued"]',
      'Theo dõi': '[part="status"]',
      'Câu hỏi đã trả lời': '[part="answers"]',
      'Chưa có câu trả lời': '[part="empty"]',
      'Đang tải': '[part="loading"]',
      'Mất kết nối': '[part="offline"]',
      'Chưa cấu hình': '[part="config-error"]',
    };
    for (const example of examples) {
      it(example.name, async () => {
        const el = await fixture<McFeedback>(example.render());
        try {
          await until(el, ready[example.name]!, 15000);
        } catch (e) {
          console.log('STATE', example.name, el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 1500));
          throw e;
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  it('says what is not taken here and where it goes, and asks for the contact details and consent the law requires', async () => {
    const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="25459"></mc-feedback>`);
    await until(el, '[part="form"]');
    expect(text(el, '[part="scope"]')).to.contain('Luật Khiếu nại 2011').and.contain('Luật Tố cáo 2018').and.contain('nặc danh');
    expect(text(el, '[part="notice"]')).to.contain('xóa sau 12 tháng');
    await el.submit();
    await until(el, '[part="missing"]');
    for (const id of ['f-title', 'f-name', 'f-address', 'f-phone', 'f-consent']) {
      expect($(el, `#${id}`)!.getAttribute('aria-invalid'), id).to.equal('true');
      expect($(el, `#${id}`)!.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      expect(text(el, `#${id}-error`), id).to.not.equal('');
    }
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-title');
    // the honeypot is out of sight and out of the tab order
    const hp = $(el, '#f-website') as HTMLInputElement;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.getBoundingClientRect().right).to.be.at.most(0);
  });

  it('sends once with an Idempotency-Key, shows the code and deadline; the code and verifier follow it', async () => {
    const s = await scenario('feedback-send');
    const el = await fixture<McFeedback>(html`<mc-feedback api=${s.baseUrl} unit="25459"></mc-feedback>`);
    await until(el, '[part="form"]');
    const events: CustomEvent[] = [];
    el.addEventListener('mc-feedback-submit', (e) => events.push(e as CustomEvent));
    const phone = freshPhone();
    el.fill({ ...SAMPLE, phone });
    await el.submit();
    await until(el, '[part="receipt"]');
    const code = /PAKN-25459-\d{6}-\d{4}/.exec(text(el, '[part="receipt"]'))![0];
    expect(text(el, '[part="receipt"]')).to.contain('Hạn trả lời');
    expect(events[0]!.detail).to.deep.equal({ unit: '25459', queued: false, code });
    const posts = (await s.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(posts[0]!.idempotencyKey).to.be.a('string');
    // follow it from the receipt
    ($(el, '[part="receipt"] mc-button') as HTMLElement).click();
    await until(el, '[part="status"]');
    // The test server's day is Sunday 22/11/2026: received then, it counts as received on Monday 23;
    // 10 working days after that is Monday 7/12, and seen from Sunday 11 working days remain.
    expect(text(el, '[part="status"]')).to.contain('Đã tiếp nhận').and.contain('Hạn trả lời 07/12/2026').and.contain('Còn 11 ngày làm việc');
    expect(el.shadowRoot!.textContent).to.not.contain(phone);
    await expect(el).to.be.accessible();
  });

  it('offline: kept on the device, told honestly, delivered once when the connection returns', async () => {
    const s = await scenario('feedback-outage');
    await s.down(true);
    const el = await fixture<McFeedback>(html`<mc-feedback api=${s.baseUrl} unit="25459"></mc-feedback>`);
    await until(el, '[part="form"]');
    el.fill({ ...SAMPLE, title: 'Gửi khi mất mạng', phone: freshPhone() });
    await el.submit();
    await until(el, '[part="queued"]');
    expect(text(el, '[part="queued"]')).to.contain('Đã lưu trên máy');
    await expect(el).to.be.accessible();
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => $(el, '[part="receipt"]'), 15000, 'the receipt after sending');
    expect(text(el, '[part="receipt"]')).to.match(/PAKN-25459-\d{6}-\d{4}/);
    const passed = (await s.log()).filter((r) => r.method === 'POST' && r.outcome === 'pass' && r.path.endsWith('/v1/feedback'));
    expect(passed).to.have.length(1);
    const list = await createClient({ baseUrl: api, cache: false }).listUnitFeedback('25459', { q: 'Gửi khi mất mạng' });
    expect(list.total).to.equal(0, 'not answered yet, so not public');
  });

  it('follow: a wrong verifier is "not found"; an answered item can be marked not resolved and is reopened', async () => {
    const client = createClient({ baseUrl: api, cache: false });
    const phone = freshPhone();
    const receipt = await client.submitFeedback({
      unit: '25459',
      kind: 'feedback',
      subject: { type: 'general' },
      title: 'Theo dõi trong trình duyệt',
      content: 'Nội dung phản ánh để thử việc theo dõi trong trình duyệt, đủ hai mươi ký tự.',
      contact: { name: 'Người Thử', address: 'Khu phố 1, phường Tân Ninh', phone },
      consent: { personalData: true, publish: false },
    });
    const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="25459" view="follow"></mc-feedback>`);
    await until(el, '[part="follow-form"]');
    const type = async (id: string, value: string) => {
      const f = $(el, `#${id}`) as HTMLElement & { value: string };
      f.value = value;
      f.dispatchEvent(new CustomEvent('mc-input', { detail: { value } }));
      await el.updateComplete;
    };
    await type('follow-code', receipt.code.toLowerCase());
    await type('follow-verifier', '0000');
    await el.follow();
    await until(el, '[part="not-found"]');
    await type('follow-verifier', phone.slice(-4));
    await el.follow();
    await until(el, '[part="status"]');
    expect(text(el, '[part="status"]')).to.contain('Đã tiếp nhận');
    expect(el.shadowRoot!.activeElement?.id).to.equal('item-heading');
  });

  it('answers: published questions with the working days taken; search without diacritics; nothing personal', async () => {
    const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="25459" view="answers"></mc-feedback>`);
    await until(el, '[part="answers"]');
    const items = el.shadowRoot!.querySelectorAll('[part="answers"] > li');
    expect(items.length).to.be.greaterThan(0);
    expect(text(el, '[part="answers"]')).to.contain('ngày làm việc');
    expect(text(el, '[part="answers"]')).to.not.contain('Demo');
    const q = $(el, '#q') as HTMLInputElement;
    q.value = 'so ho khau';
    q.dispatchEvent(new Event('input'));
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part="answers"] > li').length === 1, 5000, 'one match');
    expect(text(el, '[part="answers"]')).to.contain('sổ hộ khẩu');
    q.value = 'khong co cau nao nhu the nay';
    q.dispatchEvent(new Event('input'));
    await until(el, '[part="empty"]');
    await expect(el).to.be.accessible();
  });

  it('tabs follow the keyboard (arrows), and the form fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="25459"></mc-feedback>`);
      await until(el, '[part="form"]');
      ($(el, '#tab-send') as HTMLElement).focus();
      ($(el, '[role="tablist"]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await waitFor(() => $(el, '[part="follow-form"]'));
      expect(el.shadowRoot!.activeElement?.id).to.equal('tab-follow');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1000, height: 800 });
    }
  });

  it('an answered item: the answer with its working days; "not resolved" reopens it with a new deadline', async () => {
    // A demo item of Phường Cao Lãnh (seed/feedback.json: answered on time; the sender's phone ends in 0201).
    const list = await createClient({ baseUrl: api, cache: false }).listUnitFeedback('29869', { q: 'khai tu' });
    const item = list.items.find((i) => i.title.startsWith('Thu phí khi đăng ký khai tử'))!;
    expect(item, 'the demo item is published').to.not.equal(undefined);
    const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="29869" .code=${item.code} .verifier=${'0201'}></mc-feedback>`);
    await until(el, '[part="answer"]');
    expect(text(el, '[part="answer"]')).to.contain('Chủ tịch UBND phường Cao Lãnh').and.contain('ngày làm việc (đúng hạn)');
    await expect(el).to.be.accessible();
    const notResolved = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="resolve"] mc-button')].find((b) => b.textContent!.includes('Chưa giải quyết'))!;
    notResolved.click();
    await waitFor(() => text(el, '[part="status"]').includes('Đang xử lý'), 8000, 'the reopened status');
    expect(el.shadowRoot!.textContent).to.contain('Đã mở lại 1 lần');
    expect(el.shadowRoot!.textContent).to.contain('đơn vị phải trả lời lại trước');
    const stats = await createClient({ baseUrl: api, cache: false }).getUnitStats('29869', { cache: 'reload' });
    expect(stats.feedback.notResolved).to.be.at.least(1);
  });

  it('English strings follow lang="en"', async () => {
    const el = await fixture<McFeedback>(html`<mc-feedback api=${api} unit="25459" lang="en"></mc-feedback>`);
    await waitFor(() => text(el, '#heading') === 'Feedback and proposals', 5000, 'English heading');
    expect(text(el, '[part="scope"]')).to.contain('Law on Complaints 2011');
    await expect(el).to.be.accessible();
  });
});
