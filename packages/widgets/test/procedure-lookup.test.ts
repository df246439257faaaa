// <mc-procedure-lookup> in Chromium against the real seeded apps/api server (and the fault proxy in
// front of it for errors, outages and slow answers) started by the web-test-runner plugin.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/procedure-lookup/define.js';
import type { McProcedureLookup } from '../src/procedure-lookup/procedure-lookup.js';
import { examples } from '../src/procedure-lookup/procedure-lookup.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { scenario, testEnv } from '@motcua/sdk/testing/helpers';

const SETTLED = '[part~="results"],[part~="empty"],[part~="error"],[part~="offline"],[part~="config-error"],[part~="detail"],[part~="not-found"]';
const WAIT = { timeout: 12000, interval: 25 };

let api = '';
before(async () => {
  api = (await testEnv()).api;
  exampleEnv.api = api;
});

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const statusText = (el: Element) => q(el, '[part~="status"]')?.textContent?.trim() ?? '';
const resultNames = (el: Element) => qa(el, '[part~="result-link"]').map((b) => b.textContent!.trim());

async function settle(el: Element, selector = SETTLED): Promise<void> {
  await waitUntil(() => q(el, selector), `no ${selector} in <${el.localName}>`, WAIT);
  await (el as McProcedureLookup).updateComplete;
}

async function render(template: TemplateResult, selector = SETTLED): Promise<McProcedureLookup> {
  const el = await fixture<McProcedureLookup>(template);
  await settle(el, selector);
  return el;
}

/** Types into the search field as a person does (keystrokes in the inner input). */
async function type(el: Element, text: string): Promise<void> {
  const field = q(el, '[part~="search-input"]')!;
  const input = field.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

async function waitForStatus(el: Element, pattern: RegExp): Promise<void> {
  await waitUntil(() => pattern.test(statusText(el)), `status "${statusText(el)}" never matched ${pattern}`, WAIT);
}

describe('mc-procedure-lookup: every example renders, accessibly', () => {
  for (const example of examples) {
    it(example.name, async () => {
      const el = example.name === 'Đang tải' ? await render(example.render(), '[part~="loading"]') : await render(example.render());
      await expect(el).to.be.accessible();
    });
  }
});

describe('mc-procedure-lookup: first load', () => {
  it('shows a skeleton with reserved height, then the first page, and fires mc-ready once', async () => {
    const s = await scenario('lookup-first');
    await s.faults({ type: 'delay', ms: 600 }, { type: 'delay', ms: 600 }, { type: 'delay', ms: 600 });
    let ready = 0;
    const el = await fixture<McProcedureLookup>(html`<mc-procedure-lookup api=${s.baseUrl} unit="25459" @mc-ready=${() => ready++}></mc-procedure-lookup>`);
    const skeleton = q(el, 'mc-skeleton[part~="loading"]');
    expect(skeleton, 'skeleton while loading').to.exist;
    expect(skeleton!.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    await settle(el);
    expect(resultNames(el).length).to.equal(10);
    await waitForStatus(el, /Tìm thấy 44 thủ tục/);
    await aTimeout(50);
    expect(ready).to.equal(1);
  });

  it('keeps the administrator\u2019s fallback link until results render, then hides it', async () => {
    const el = await fixture<McProcedureLookup>(html`<mc-procedure-lookup api=${api} unit="25459"><a id="fb" href="https://dichvucong.gov.vn/">Dịch vụ công</a></mc-procedure-lookup>`);
    const slot = q(el, 'slot:not([name])');
    if (slot) expect((slot as HTMLSlotElement).assignedElements()[0]?.id).to.equal('fb');
    await settle(el);
    expect(q(el, 'slot:not([name])'), 'slot gone after success').to.be.null;
  });
});

describe('mc-procedure-lookup: search', () => {
  it('searches as you type, without diacritics, and announces the count', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459"></mc-procedure-lookup>`);
    await type(el, 'dang ky tam tru');
    await waitForStatus(el, /dang ky tam tru/);
    expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
    const status = q(el, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(statusText(el)).to.match(/^Tìm thấy \d+ thủ tục cho “dang ky tam tru”/);
    await expect(el).to.be.accessible();
  });

  it('understands everyday names ("lam giay khai sinh")', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="lam giay khai sinh"></mc-procedure-lookup>`);
    expect(resultNames(el)[0]).to.equal('Đăng ký khai sinh');
  });

  it('debounces typing: one request for a burst of keystrokes', async () => {
    const s = await scenario('lookup-debounce');
    const el = await render(html`<mc-procedure-lookup api=${s.baseUrl} unit="25459"></mc-procedure-lookup>`);
    const before = (await s.log()).filter((r) => r.path.includes('/v1/procedures?')).length;
    await type(el, 'chung thuc');
    await waitForStatus(el, /chung thuc/);
    const searches = (await s.log()).filter((r) => r.path.includes('/v1/procedures?')).slice(before);
    expect(searches.length, searches.map((r) => r.path).join('\n')).to.equal(1);
    expect(searches[0]!.path).to.contain('q=chung+thuc');
  });

  it('drops a stale answer: a slow earlier search never replaces a newer one', async () => {
    const s = await scenario('lookup-stale');
    const el = await render(html`<mc-procedure-lookup api=${s.baseUrl} unit="25459"></mc-procedure-lookup>`);
    await s.faults({ type: 'delay', ms: 1500 });
    await type(el, 'khai sinh');
    await aTimeout(400); // the slow request is on its way
    await type(el, 'tam tru');
    await waitUntil(() => resultNames(el)[0] === 'Đăng ký tạm trú', 'newer results', WAIT);
    await aTimeout(1600); // the slow "khai sinh" answer has arrived by now
    expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
    expect(statusText(el)).to.contain('tam tru');
  });

  it('filters by field and by online availability', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" page-size="50"></mc-procedure-lookup>`);
    await waitUntil(() => (q(el, '[part~="field-filter"]') as unknown as { options: unknown[] }).options.length > 2, 'fields', WAIT);
    const fieldSelect = q(el, '[part~="field-filter"]')!.shadowRoot!.querySelector('select')!;
    fieldSelect.value = 'chung-thuc';
    fieldSelect.dispatchEvent(new Event('change', { bubbles: true }));
    await waitForStatus(el, /Tìm thấy 8 thủ tục/);
    const onlineSelect = q(el, '[part~="online-filter"]')!.shadowRoot!.querySelector('select')!;
    onlineSelect.value = 'any';
    onlineSelect.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => !/Tìm thấy 8 /.test(statusText(el)), 'online filter applied', WAIT);
    const badges = qa(el, '[part~="result"]').map((r) => r.querySelector('mc-badge')?.textContent?.trim());
    expect(badges.length).to.be.greaterThan(0);
    for (const b of badges) expect(b).to.match(/Trực tuyến (toàn trình|một phần)/);
    onlineSelect.value = 'full';
    onlineSelect.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => qa(el, '[part~="result"]').every((r) => r.querySelector('mc-badge')?.textContent?.trim() === 'Trực tuyến toàn trình') || q(el, '[part~="empty"]'), 'full only', WAIT);
    await expect(el).to.be.accessible();
  });

  it('shows results with name, field, time limit, fee and an online badge', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="đăng ký khai sinh"></mc-procedure-lookup>`);
    const first = q(el, '[part~="result"]')!;
    expect(first.querySelector('[part~="result-link"]')!.textContent!.trim()).to.equal('Đăng ký khai sinh');
    const meta = first.querySelector('[part~="result-meta"]')!.textContent!;
    expect(meta).to.contain('Hộ tịch');
    expect(meta).to.contain('Ngay trong ngày làm việc');
    expect(meta).to.contain('Miễn lệ phí');
    expect(first.querySelector('mc-badge')!.textContent!.trim()).to.equal('Trực tuyến toàn trình');
  });
});

describe('mc-procedure-lookup: no results', () => {
  it('offers suggestions, a way to clear filters and the unit\u2019s hotline', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="xyzw qqq"></mc-procedure-lookup>`);
    const empty = q(el, '[part~="empty"]')!;
    expect(statusText(el)).to.equal('Không tìm thấy thủ tục nào.');
    await waitUntil(() => empty.querySelector('[part~="hotline"]')!.textContent!.includes('1022'), 'hotline', WAIT);
    expect(empty.querySelector('a[href="tel:1022"]')).to.exist;
    const suggestion = empty.querySelector<HTMLElement>('[part~="suggestion"]')!;
    expect(suggestion.textContent!.trim()).to.equal('khai sinh');
    suggestion.shadowRoot!.querySelector('button')!.click();
    await settle(el, '[part~="results"]');
    expect(resultNames(el)).to.include('Đăng ký khai sinh');
    await waitUntil(() => document.activeElement === el && el.shadowRoot!.activeElement?.id === 'results-heading', 'focus on the count', WAIT);
  });
});

describe('mc-procedure-lookup: large catalogs', () => {
  it('pages through the server\u2019s results and announces the page', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" page-size="5"></mc-procedure-lookup>`);
    await waitForStatus(el, /Trang 1 trên 9/);
    const firstPage = resultNames(el);
    expect(firstPage).to.have.length(5);
    const pagination = q(el, '[part~="pagination"]')!;
    // <mc-pagination> is imported when a search has more than one page: its tag waits for it.
    await customElements.whenDefined('mc-pagination');
    await (pagination as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const next = pagination.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!;
    next.click();
    await waitForStatus(el, /Trang 2 trên 9/);
    expect(resultNames(el)).to.have.length(5);
    expect(resultNames(el)).to.not.deep.equal(firstPage);
    await expect(el).to.be.accessible();
  });
});

describe('mc-procedure-lookup: detail', () => {
  it('opens a procedure inside the widget, with every section and the checklist, and Back returns focus', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai sinh"></mc-procedure-lookup>`);
    const button = q(el, '[part~="result-link"][data-code="1.001193"]')!;
    const selected = oneEvent(el, 'mc-procedure-select');
    button.click();
    expect((await selected).detail).to.deep.equal({ code: '1.001193', name: 'Đăng ký khai sinh' });
    await settle(el, '[part~="detail"]');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-heading', 'focus on the heading', WAIT);
    const detail = q(el, '[part~="detail"]')!;
    const text = detail.textContent!;
    for (const section of ['Cách thức thực hiện', 'Các bước thực hiện', 'Ai được nộp', 'Kết quả nhận được', 'Căn cứ pháp lý', 'Nơi nộp hồ sơ']) {
      expect(text).to.contain(section);
    }
    const rows = [...detail.querySelectorAll('table[part~="channels"] tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).to.deep.equal(['Trực tiếp', 'Trực tuyến', 'Qua bưu chính công ích']);
    expect(rows[0]!.querySelectorAll('td')).to.have.length(2);
    expect(text).to.contain('Số 1 đường Cách Mạng Tháng Tám');
    const online = detail.querySelector('[part~="online-button"]')!;
    expect(online.getAttribute('href')).to.equal('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193');
    const checklist = detail.querySelector('mc-dossier-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('[part~="case-picker"]'), 'embedded checklist', WAIT);
    await expect(el).to.be.accessible();
    q(el, '[part~="back"]')!.click();
    await settle(el, '[part~="results"]');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-code') === '1.001193', 'focus back on the result', WAIT);
  });

  it('has no submit-online button for a procedure that is not offered online', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai sinh lưu động"></mc-procedure-lookup>`);
    q(el, '[part~="result-link"][data-code="1.003583"]')!.click();
    await settle(el, '[part~="detail"]');
    expect(q(el, '[part~="online-button"]')).to.be.null;
  });

  it('works with the keyboard alone', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai tu"></mc-procedure-lookup>`);
    q(el, '[part~="result-link"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, '[part~="detail"]');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-heading', 'focus on the heading', WAIT);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('back');
    await sendKeys({ press: 'Enter' });
    await settle(el, '[part~="results"]');
  });

  it('link-template turns results into links to the host site and still fires mc-procedure-select', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai sinh" link-template="/thu-tuc/{code}"></mc-procedure-lookup>`);
    const link = q<HTMLAnchorElement>(el, 'a[part~="result-link"][data-code="1.001193"]')!;
    expect(link.getAttribute('href')).to.equal('/thu-tuc/1.001193');
    el.addEventListener('click', (e) => e.preventDefault(), { once: true }); // stay on the test page
    const selected = oneEvent(el, 'mc-procedure-select');
    link.click();
    expect((await selected).detail).to.deep.equal({ code: '1.001193', name: 'Đăng ký khai sinh', href: '/thu-tuc/1.001193' });
    expect(q(el, '[part~="detail"]')).to.be.null;
  });
});

describe('mc-procedure-lookup: lazily loaded parts', () => {
  it('the detail (its own chunk, started with the request) shows after a procedure is chosen, styled', async () => {
    const s = await scenario('lookup-detail-lazy');
    const el = await render(html`<mc-procedure-lookup api=${s.baseUrl} unit="25459" query="khai tu"></mc-procedure-lookup>`);
    await s.faults({ type: 'delay', ms: 400 });
    q(el, '[part~="result-link"]')!.click();
    // The existing loading state until both the procedure and the view are there.
    await waitUntil(() => q(el, '[part~="loading"]'), 'the loading state', WAIT);
    expect(q(el, '[part~="back"]'), 'the way back while loading').to.exist;
    await settle(el, '[part~="detail"]');
    const detail = q(el, '[part~="detail"]')!;
    expect(getComputedStyle(detail).display, 'the detail\u2019s own styles').to.equal('flex');
    expect(detail.textContent).to.contain('Cách thức thực hiện');
    expect(detail.querySelector('[part~="channels"] th')!.textContent!.trim()).to.equal('Cách nộp');
    await expect(el).to.be.accessible();
  });

  it('keeps the detail\u2019s styles when the theme changes or is removed', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai tu" theme="tay-ninh"></mc-procedure-lookup>`);
    q(el, '[part~="result-link"]')!.click();
    await settle(el, '[part~="detail"]');
    const detail = q(el, '[part~="detail"]')!;
    const themed = getComputedStyle(el).getPropertyValue('--mc-color-brand').trim();
    expect(themed, 'tay-ninh applied').to.not.equal('');
    el.theme = 'high-contrast';
    await waitUntil(() => getComputedStyle(el).getPropertyValue('--mc-color-brand').trim() !== themed, 'the new theme', WAIT);
    expect(getComputedStyle(detail).display).to.equal('flex');
    el.theme = '';
    await waitUntil(() => getComputedStyle(el).getPropertyValue('--mc-color-brand').trim() === '', 'no theme', WAIT);
    expect(getComputedStyle(detail).display).to.equal('flex');
    expect(getComputedStyle(q(el, '#detail-heading')!).fontSize, 'font-size-xl').to.equal('22px');
  });

  it('the empty state\u2019s element loads when a search finds nothing', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="xyzw qqq"></mc-procedure-lookup>`);
    const empty = q(el, '[part~="empty"]')!;
    expect(customElements.get('mc-empty-state'), 'defined by now').to.exist;
    await (empty as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(empty.shadowRoot!.textContent).to.contain('Không tìm thấy thủ tục phù hợp');
    await expect(el).to.be.accessible();
  });
});

describe('mc-procedure-lookup: English', () => {
  it('finds procedures typed in English and shows the English name beside the official Vietnamese one', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><mc-procedure-lookup api=${api} unit="25459" query="residence registration"></mc-procedure-lookup></div>`);
    const el = wrap.querySelector('mc-procedure-lookup')!;
    await settle(el);
    await waitForStatus(el, /procedures? found for “residence registration”/);
    const first = qa(el, '[part~="result"]')[0]!;
    expect(first.querySelector('[part~="result-link"]')!.textContent!.trim()).to.equal('Đăng ký tạm trú');
    const en = first.querySelector('[part~="result-name-en"]')!;
    expect(en.textContent!.trim()).to.equal('Temporary residence registration');
    expect(en.getAttribute('lang')).to.equal('en');
    expect((q(el, '[part~="search-input"]') as HTMLElement & { hint: string }).hint).to.contain('unofficial translations');
    await expect(el).to.be.accessible();
  });

  it('a Vietnamese page shows no English names', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="tạm trú"></mc-procedure-lookup>`);
    await waitForStatus(el, /thủ tục/);
    expect(qa(el, '[part~="result"]').length).to.be.greaterThan(0);
    expect(q(el, '[part~="result-name-en"]')).to.equal(null);
  });

  it('renders the search, the results and a procedure\u2019s detail in English', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><mc-procedure-lookup api=${api} unit="25459" query="khai sinh"></mc-procedure-lookup></div>`);
    const el = wrap.querySelector('mc-procedure-lookup')!;
    await settle(el);
    expect(q(el, '[part~="heading"]')!.textContent!.trim()).to.equal('Find an administrative procedure');
    expect((q(el, '[part~="search-input"]') as HTMLElement & { label: string }).label).to.equal('Search procedures');
    await waitForStatus(el, /^\d+ procedures? found for “khai sinh”/);
    expect(q(el, '[part~="result-meta"]')!.textContent).to.contain('Time limit');
    q(el, '[part~="result-link"][data-code="1.001193"]')!.click();
    await settle(el, '[part~="detail"]');
    const detail = q(el, '[part~="detail"]')!;
    for (const section of ['How to submit', 'Steps', 'Who may apply', 'What you receive', 'Legal basis', 'Where to submit']) {
      expect(detail.textContent).to.contain(section);
    }
    expect(detail.textContent).to.not.contain('Cách thức thực hiện');
    const rows = [...detail.querySelectorAll('table[part~="channels"] tbody th')].map((th) => th.textContent!.trim());
    expect(rows).to.deep.equal(['In person', 'Online', 'By public postal service']);
    expect(q(el, '[part~="online-button"]')!.textContent).to.contain('Submit online on the National Public Service Portal');
    expect(q(el, '[part~="back"]')!.textContent).to.contain('Back to the list of procedures');
    const checklist = detail.querySelector('mc-dossier-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('[part~="case-picker"]'), 'embedded checklist', WAIT);
    expect(checklist.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Papers to prepare');
    await expect(el).to.be.accessible();
  });
});

describe('mc-procedure-lookup: sync-url', () => {
  let original = '';
  beforeEach(() => (original = location.href));
  afterEach(() => history.replaceState(null, '', original));

  it('reads ?q= and ?thu-tuc=, writes them, and Back closes the procedure', async () => {
    history.replaceState(null, '', `${location.pathname}?q=ket+hon`);
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" sync-url></mc-procedure-lookup>`);
    expect(resultNames(el)[0]).to.equal('Đăng ký kết hôn');
    q(el, '[part~="result-link"][data-code="1.000894"]')!.click();
    await settle(el, '[part~="detail"]');
    expect(new URL(location.href).searchParams.get('thu-tuc')).to.equal('1.000894');
    expect(new URL(location.href).searchParams.get('q')).to.equal('ket hon');
    history.back();
    await settle(el, '[part~="results"]');
    expect(new URL(location.href).searchParams.get('thu-tuc')).to.be.null;
    history.forward();
    await settle(el, '[part~="detail"]');
  });

  it('opens the procedure named in the URL on load', async () => {
    history.replaceState(null, '', `${location.pathname}?thu-tuc=1.004194`);
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" sync-url></mc-procedure-lookup>`);
    await settle(el, '[part~="detail"]');
    expect(q(el, '#detail-heading')!.textContent!.trim()).to.equal('Đăng ký tạm trú');
  });

  it('an unknown procedure in the URL says so, accessibly, with the way back', async () => {
    history.replaceState(null, '', `${location.pathname}?thu-tuc=9.999999`);
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" sync-url></mc-procedure-lookup>`, '[part~="not-found"]');
    expect(q(el, '[part~="back"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps typed text in ?q= without adding history entries', async () => {
    history.replaceState(null, '', location.pathname);
    const length = history.length;
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" sync-url></mc-procedure-lookup>`);
    await type(el, 'chung thuc');
    await waitUntil(() => new URL(location.href).searchParams.get('q') === 'chung thuc', 'q in the URL', WAIT);
    expect(history.length).to.equal(length);
  });
});

describe('mc-procedure-lookup: error and offline', () => {
  it('error: message, retry, mc-error, the fallback stays', async () => {
    const s = await scenario('lookup-error');
    const status = { type: 'status', status: 500 } as const;
    await s.faults(status, status, status, status, status, status, status, status, status, status, status, status);
    const errors: CustomEvent[] = [];
    const el = await fixture<McProcedureLookup>(
      html`<mc-procedure-lookup api=${s.baseUrl} @mc-error=${(e: CustomEvent) => errors.push(e)}><a href="https://dichvucong.gov.vn/">Dịch vụ công</a></mc-procedure-lookup>`,
    );
    await settle(el);
    expect(q(el, '[part~="error"]'), 'error state').to.exist;
    expect(q(el, 'slot:not([name])'), 'fallback still shown').to.exist;
    expect(errors[0]!.detail).to.include({ code: 'problem' });
    await expect(el).to.be.accessible();
    await fetch(`${s.env.proxy}/__control/${s.id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"reset":true}' });
    q(el, '[part~="retry"]')!.shadowRoot!.querySelector('button')!.click();
    await settle(el, '[part~="results"]');
  });

  it('offline: says so, and retries by itself when the connection returns', async () => {
    const s = await scenario('lookup-offline');
    await s.down(true);
    const el = await render(html`<mc-procedure-lookup api=${s.baseUrl} unit="25459"></mc-procedure-lookup>`);
    expect(q(el, '[part~="offline"]'), 'offline state').to.exist;
    expect(q(el, '[part~="offline"] mc-alert')!.getAttribute('heading')).to.equal('Không có kết nối mạng');
    await expect(el).to.be.accessible();
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await settle(el, '[part~="results"]');
  });
});

describe('mc-procedure-lookup: small screens and print', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('fits 320 px wide without sideways scrolling, list and detail', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="chung thuc chu ky"></mc-procedure-lookup>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    q(el, '[part~="result-link"]')!.click();
    await settle(el, '[part~="detail"]');
    const checklist = q(el, 'mc-dossier-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('[part~="list"]'), 'checklist', WAIT);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('reflows at 200% text size (320 CSS px of text room) without sideways scrolling', async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await render(html`<mc-procedure-lookup style="font-size: 200%" api=${api} unit="25459" query="chung thuc"></mc-procedure-lookup>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      q(el, '[part~="result-link"]')!.click();
      await settle(el, '[part~="detail"]');
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('hides the search form and the back button when printed', async () => {
    const el = await render(html`<mc-procedure-lookup api=${api} unit="25459" query="khai tu"></mc-procedure-lookup>`);
    q(el, '[part~="result-link"]')!.click();
    await settle(el, '[part~="detail"]');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(q(el, '[part~="back"]')!).display).to.equal('none');
  });
});
