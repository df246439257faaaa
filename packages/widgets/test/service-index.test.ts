// <mc-service-index> in Chromium against the real seeded API through the fault proxy.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-index/define.js';
import type { McServiceIndex } from '../src/service-index/service-index.js';
import { examples } from '../src/service-index/service-index.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { scenario, waitFor } from '@motcua/sdk/testing/helpers';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frames = () => new Promise((r) => setTimeout(r, 80));

async function settled(el: McServiceIndex, timeout = 10000) {
  await waitFor(() => $(el, '[part="base"]') && !$(el, 'mc-skeleton'), timeout, 'the figures');
  await el.updateComplete;
  await frames();
}

describe('mc-service-index', () => {
  let api: string;
  before(async () => {
    api = (await scenario('index')).baseUrl;
    exampleEnv.api = api;
  });

  describe('examples (each state is accessible)', () => {
    for (const example of examples) {
      it(example.name, async () => {
        const el = await fixture<McServiceIndex>(example.render());
        if (example.name !== 'Chưa cấu hình') await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('renders first in a task of its own, not in the task that connected it (shorter main-thread tasks on a slow phone)', async () => {
    const el = document.createElement('mc-service-index') as McServiceIndex;
    el.api = api;
    el.unit = '25459';
    document.body.append(el);
    // Microtasks of the connecting task have run: Lit would have rendered by now.
    await Promise.resolve();
    await Promise.resolve();
    expect(el.hasUpdated).to.equal(false);
    expect(el.shadowRoot!.childNodes.length).to.equal(0);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.childNodes.length).to.be.greaterThan(0);
    el.remove();
  });

  it('shows the five figures for the last 12 months, a chart with a title and its data table behind a toggle', async () => {
    const el = await fixture<McServiceIndex>(html`<mc-service-index api=${api} unit="25459"><a href="#r">Báo cáo</a></mc-service-index>`);
    const ready: Event[] = [];
    el.addEventListener('mc-ready', (e) => ready.push(e));
    await settled(el);
    expect(text(el, '[part="heading"]')).to.contain('Phường Tân Ninh');
    // Figures of its own, named as such: not the official 100-point index of Decision 766.
    expect(text(el, '[part="heading"]')).to.contain('Kết quả giải quyết hồ sơ');
    expect(text(el, '[part="heading"]')).to.not.contain('Chỉ số phục vụ');
    expect(el.shadowRoot!.textContent).to.contain('không phải Bộ chỉ số 100 điểm theo Quyết định 766/QĐ-TTg');
    const figures = el.shadowRoot!.querySelectorAll('[part="figure"]');
    expect(figures).to.have.length(5);
    expect(figures[0]!.textContent).to.contain('Giải quyết đúng hạn');
    // The demo ward's feedback: one answered on time, one late, one open and overdue (seed/feedback.json).
    expect(figures[4]!.textContent).to.contain('Phản ánh, kiến nghị trả lời đúng hạn').and.contain('50%').and.contain('(1 trễ hạn)');
    expect(figures[0]!.textContent).to.match(/\d+%/);
    expect(figures[3]!.textContent).to.contain('Người dân hài lòng');
    const svg = $(el, 'svg[role="img"]')!;
    expect(svg.querySelector('title')!.textContent).to.contain('Biểu đồ cột');
    expect(svg.getAttribute('aria-labelledby')).to.equal('chart-title');
    const toggle = $(el, '[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(el, '[part="toggle"]')).to.equal('Xem bảng số liệu');
    expect($(el, '#data-table')!.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#data-table')!.hidden).to.equal(false);
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.be.within(1, 12);
    expect(rows[rows.length - 1]!.querySelector('th')!.textContent).to.match(/^Tháng \d{1,2}\/\d{4}$/);
    expect($(el, 'slot')).to.equal(null); // the fallback link is gone once the figures are shown
    await frames();
    expect(ready).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says "no data yet" for a rate with nothing to divide by, never 0 %', async () => {
    const el = await fixture<McServiceIndex>(html`<mc-service-index api=${api} unit="25459"></mc-service-index>`);
    await settled(el);
    const stats = (el as unknown as { stats: { satisfactionRate: number | null } }).stats;
    if (stats.satisfactionRate === null) expect(el.shadowRoot!.querySelectorAll('[part="figure"]')[3]!.textContent).to.contain('Chưa có dữ liệu');
    const empty = await fixture<McServiceIndex>(html`<mc-service-index api=${api} unit="00004"></mc-service-index>`);
    await settled(empty);
    expect($(empty, '[part="empty"]')).to.not.equal(null);
    expect(text(empty, '[part="base"]')).to.not.contain('0%');
  });

  it('shows a placeholder of reserved height while loading, then the figures', async () => {
    const s = await scenario('index-slow');
    await s.faults({ type: 'delay', ms: 800 }, { type: 'delay', ms: 800 });
    const el = await fixture<McServiceIndex>(html`<mc-service-index api=${s.baseUrl} unit="29869"></mc-service-index>`);
    const skeleton = $(el, 'mc-skeleton')!;
    expect(skeleton.getAttribute('height')).to.equal('24rem');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[part="figure"]')).to.have.length(5);
  });

  it('offline: says so, keeps the fallback, fires mc-error and retries', async () => {
    const s = await scenario('index-down');
    await s.down(true);
    const el = await fixture<McServiceIndex>(html`<mc-service-index api=${s.baseUrl} unit="25459"><a href="#r">Báo cáo</a></mc-service-index>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('mc-error', (e) => errors.push(e as CustomEvent));
    await settled(el, 15000);
    expect($(el, '[part="offline"]')).to.not.equal(null);
    expect($(el, 'slot')).to.not.equal(null);
    expect(errors[0]!.detail.code).to.equal('network');
    await s.down(false);
    ($(el, '[part="retry"]') as HTMLElement).click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('[part="figure"]').length === 5, 10000, 'the figures after retry');
  });

  it('a server error shows the error state with a retry', async () => {
    const s = await scenario('index-500');
    await s.faults(...Array.from({ length: 8 }, () => ({ type: 'status' as const, status: 500 })));
    const el = await fixture<McServiceIndex>(html`<mc-service-index api=${s.baseUrl} unit="25459"></mc-service-index>`);
    await settled(el, 15000);
    expect($(el, '[part="error"]')).to.not.equal(null);
    expect($(el, '[part="retry"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('applies a theme on :host, follows lang, and page CSS on the tag still wins', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <mc-service-index api=${api} unit="25459" theme="tay-ninh"></mc-service-index>
      <mc-service-index api=${api} unit="25459" theme="tay-ninh" style="--mc-color-brand: rgb(1, 2, 3)"></mc-service-index>
    </div>`);
    const [el, styled] = [...wrap.querySelectorAll('mc-service-index')] as McServiceIndex[];
    await settled(el!);
    await settled(styled!);
    const brand = getComputedStyle(el!).getPropertyValue('--mc-color-brand').trim();
    expect(brand).to.not.equal('');
    expect(el!.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(1);
    expect(getComputedStyle(styled!).getPropertyValue('--mc-color-brand').trim()).to.equal('rgb(1, 2, 3)');
    expect(text(el!, '[part="figures"]')).to.contain('Resolved on time');
    expect(text(el!, '[part="toggle"]')).to.equal('Show the data table');
  });
});
