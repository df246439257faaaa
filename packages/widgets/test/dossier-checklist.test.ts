// <mc-dossier-checklist> in Chromium against the real seeded apps/api server (fault proxy for
// outages) started by the web-test-runner plugin.
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/dossier-checklist/define.js';
import type { McDossierChecklist, ChecklistChangeDetail } from '../src/dossier-checklist/dossier-checklist.js';
import { examples } from '../src/dossier-checklist/dossier-checklist.examples.js';
import { exampleEnv } from '../src/shared/example-env.js';
import { formatDate } from '@motcua/ui/i18n/format';
import { scenario, testEnv } from '@motcua/sdk/testing/helpers';

const SETTLED = '[part~="list"],[part~="case-prompt"],[part~="error"],[part~="offline"],[part~="not-found"],[part~="config-error"]';
const WAIT = { timeout: 12000, interval: 25 };

let api = '';
before(async () => {
  api = (await testEnv()).api;
  exampleEnv.api = api;
});
beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('motcua.checklist')) localStorage.removeItem(key);
});

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const progress = (el: Element) => q(el, '[part~="progress"] [role="status"]')?.textContent?.trim() ?? '';

async function render(template: TemplateResult, selector = SETTLED): Promise<McDossierChecklist> {
  const el = await fixture<McDossierChecklist>(template);
  await waitUntil(() => q(el, selector), `no ${selector}`, WAIT);
  await el.updateComplete;
  return el;
}

function tick(el: Element, id: string): void {
  const box = q(el, `[part~="component"][data-id="${id}"] mc-checkbox`)!;
  box.shadowRoot!.querySelector('input')!.click();
}

function chooseCase(el: Element, id: string): void {
  const group = q(el, '[part~="case-picker"]')!;
  group.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
}

describe('mc-dossier-checklist: every example renders, accessibly', () => {
  for (const example of examples) {
    it(example.name, async () => {
      const el = example.name === 'Đang tải' ? await render(example.render(), '[part~="loading"]') : await render(example.render());
      await expect(el).to.be.accessible();
    });
  }
});

describe('mc-dossier-checklist: cases and components', () => {
  it('asks for the case first when papers differ, then lists that case\u2019s papers', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193"></mc-dossier-checklist>`);
    expect(q(el, '[part~="case-prompt"]')).to.exist;
    expect(q(el, '[part~="list"]')).to.be.null;
    const change = oneEvent(el, 'mc-checklist-change');
    chooseCase(el, 'co-giay-chung-sinh');
    const detail = (await change).detail as ChecklistChangeDetail;
    expect(detail).to.deep.equal({ procedure: '1.001193', case: 'co-giay-chung-sinh', checked: [], ready: 0, total: 5 });
    await el.updateComplete;
    expect(qa(el, '[part~="component"]')).to.have.length(5);
    expect(progress(el)).to.equal('0 trên 5 đã sẵn sàng');
    await expect(el).to.be.accessible();
  });

  it('shows originals/copies, the form download, the e-form flag and the reuse mark', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    const form = q(el, '[part~="component"][data-id="co-giay-chung-sinh-1"]')!;
    expect(form.querySelector('mc-checkbox')!.label).to.equal('Tờ khai đăng ký khai sinh');
    expect(form.querySelector('[part~="component-meta"]')!.textContent).to.contain('1 bản chính');
    const link = form.querySelector<HTMLAnchorElement>('a[part~="form-link"]')!;
    expect(link.href).to.equal(`${api}/forms/to-khai-dang-ky-khai-sinh.pdf`);
    expect(link.textContent).to.contain('Tải mẫu TT04/2020-TKKS');
    expect(form.querySelector('mc-badge')!.textContent).to.contain('tờ khai điện tử');
    const id = q(el, '[part~="component"][data-id="co-giay-chung-sinh-3"]')!;
    const reuse = id.querySelector('[part~="reuse"]')!;
    expect(reuse.textContent).to.contain('Có thể không cần giấy này');
    expect(reuse.textContent).to.contain('Cơ sở dữ liệu quốc gia về dân cư');
    const optional = q(el, '[part~="component"][data-id="co-giay-chung-sinh-4"]')!;
    expect(optional.textContent).to.contain('Chỉ nộp nếu thuộc trường hợp này');
  });

  it('a procedure with one case needs no choice', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} procedure="1.004873"></mc-dossier-checklist>`);
    expect(q(el, '[part~="case-picker"]')).to.be.null;
    expect(qa(el, '[part~="component"]').length).to.be.greaterThan(0);
  });
});

describe('mc-dossier-checklist: ticks', () => {
  it('ticks update the progress, fire mc-checklist-change and survive a reload', async () => {
    let el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    const events: ChecklistChangeDetail[] = [];
    el.addEventListener('mc-checklist-change', (e) => events.push((e as CustomEvent<ChecklistChangeDetail>).detail));
    tick(el, 'co-giay-chung-sinh-1');
    tick(el, 'co-giay-chung-sinh-2');
    tick(el, 'co-giay-chung-sinh-3');
    await el.updateComplete;
    expect(progress(el)).to.equal('3 trên 5 đã sẵn sàng');
    expect(events.at(-1)).to.deep.equal({
      procedure: '1.001193',
      case: 'co-giay-chung-sinh',
      checked: ['co-giay-chung-sinh-1', 'co-giay-chung-sinh-2', 'co-giay-chung-sinh-3'],
      ready: 3,
      total: 5,
    });
    expect(JSON.parse(localStorage.getItem('motcua.checklist.v1:1.001193:co-giay-chung-sinh')!)).to.have.length(3);
    tick(el, 'co-giay-chung-sinh-2');
    await el.updateComplete;
    expect(progress(el)).to.equal('2 trên 5 đã sẵn sàng');

    // "Reload": a new element on the page reads the same storage.
    fixtureCleanup();
    el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193"></mc-dossier-checklist>`, '[part~="list"]');
    expect(progress(el)).to.equal('2 trên 5 đã sẵn sàng');
    const checked = qa(el, '[part~="component"] mc-checkbox').map((c) => (c as unknown as { checked: boolean }).checked);
    expect(checked).to.deep.equal([true, false, true, false, false]);
  });

  it('ticks with the keyboard (Space)', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} procedure="2.000635"></mc-dossier-checklist>`);
    const input = q(el, '[part~="component"] mc-checkbox')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(progress(el)).to.match(/^1 trên \d+ đã sẵn sàng$/);
  });

  it('keeps ticks per case', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    tick(el, 'co-giay-chung-sinh-1');
    await el.updateComplete;
    const other = (q(el, '[part~="case-picker"]') as unknown as { options: { value: string }[] }).options[1]!.value;
    chooseCase(el, other);
    await el.updateComplete;
    expect(progress(el)).to.match(/^0 trên \d+ đã sẵn sàng$/);
    chooseCase(el, 'co-giay-chung-sinh');
    await el.updateComplete;
    expect(progress(el)).to.equal('1 trên 5 đã sẵn sàng');
  });

  it('says so when everything is ready', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} procedure="2.000635"></mc-dossier-checklist>`);
    for (const c of qa(el, '[part~="component"]')) tick(el, c.dataset['id']!);
    await el.updateComplete;
    expect(progress(el)).to.match(/^Đã chuẩn bị đủ \d+ giấy tờ\.$/);
  });
});

describe('mc-dossier-checklist: due date, rights, address', () => {
  it('"Nếu nộp hôm nay…": the server\u2019s date for the in-person channel (7 working days, filed on a Sunday)', async () => {
    // The test server's clock is Sunday 2026-11-22 10:00 (SEED_TODAY): received Monday 23/11, and
    // 7 working days after it is Wednesday 2/12/2026 (counted by hand).
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.004222"></mc-dossier-checklist>`);
    const text = q(el, '[part~="due"]')!.textContent!;
    expect(text).to.contain(`Nếu nộp hôm nay, ngày hẹn trả kết quả dự kiến là ${formatDate('2026-12-02T12:00:00+07:00', 'vi')}`);
    expect(text).to.contain(`tính từ ngày làm việc tiếp theo (${formatDate('2026-11-23T12:00:00+07:00', 'vi')})`);
  });

  it('states the citizen\u2019s rights with the feedback page and the unit\u2019s hotline', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    const rights = q(el, '[part~="rights"]')!;
    // The notice names the catalog it paraphrases (the publishing decision) and the rule it cites.
    expect(rights.textContent).to.contain('Danh mục theo Quyết định 1872/QĐ-BTP');
    expect(rights.textContent).to.contain('(Điều 5 Nghị định 118/2025/NĐ-CP)');
    expect(rights.textContent).to.not.contain('Không ai được đòi thêm');
    expect(rights.textContent).to.contain('không được đòi giấy tờ ngoài danh mục này');
    expect(rights.querySelector('a[href="https://dichvucong.gov.vn/p/home/dvc-phan-anh-kien-nghi.html"]')).to.exist;
    expect(rights.querySelector('a[href="tel:1022"]')).to.exist;
    expect(q(el, '[part~="where"]')!.textContent).to.contain('Số 1 đường Cách Mạng Tháng Tám');
  });
});

describe('mc-dossier-checklist: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('the print button calls window.print()', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      q(el, '[part~="print-button"]')!.shadowRoot!.querySelector('button')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('prints a clean page: no buttons or picker; case, fees, address and link back shown', async () => {
    const el = await render(html`<mc-dossier-checklist compact api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    expect(getComputedStyle(q(el, '[part~="fees"]')!).display, 'compact hides fees on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(q(el, '[part~="print-button"]')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '[part~="case-picker"]')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '[part~="fees"]')!).display).to.not.equal('none');
    expect(getComputedStyle(q(el, '[part~="where"]')!).display).to.not.equal('none');
    const link = q(el, '[part~="print-link"]')!;
    expect(getComputedStyle(link).display).to.not.equal('none');
    expect(link.textContent).to.contain(location.href);
    expect(getComputedStyle(q(el, '.case-name')!).display).to.not.equal('none');
    expect(q(el, '.case-name')!.textContent).to.contain('Có giấy chứng sinh');
  });
});

describe('mc-dossier-checklist: English', () => {
  it('renders in English (strings loaded on demand), with the counts of originals and copies', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><mc-dossier-checklist api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist></div>`,
    );
    const el = wrap.querySelector('mc-dossier-checklist') as McDossierChecklist;
    await waitUntil(() => q(el, '[part~="list"]'), 'the list', WAIT);
    await el.updateComplete;
    expect(q(el, '[part~="heading"]')!.textContent!.trim()).to.equal('Papers to prepare');
    expect(progress(el)).to.match(/^0 of \d+ ready$/);
    const metas = qa(el, '[part~="component-meta"]').map((m) => m.textContent!.replace(/\s+/g, ' '));
    expect(metas.some((m) => /\d+ (original|cop(y|ies))/.test(m) || m.includes('Bring it to show'))).to.equal(true);
    expect(metas.join(' ')).to.not.match(/\d+ bản (chính|sao)/);
    expect(q(el, '[part~="rights"]')!.textContent).to.contain('Your rights');
    expect(q(el, '[part~="print-button"]')!.textContent!.trim()).to.equal('Print the list');
    await expect(el).to.be.accessible();
  });
});

describe('mc-dossier-checklist: failures', () => {
  it('not found', async () => {
    const el = await render(html`<mc-dossier-checklist api=${api} procedure="9.999999"></mc-dossier-checklist>`);
    expect(q(el, '[part~="not-found"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('offline: says so, keeps the fallback, retries when the connection returns', async () => {
    const s = await scenario('checklist-offline');
    await s.down(true);
    const errors: CustomEvent[] = [];
    const el = await render(
      html`<mc-dossier-checklist api=${s.baseUrl} procedure="1.001193" @mc-error=${(e: CustomEvent) => errors.push(e)}
        ><a href="https://dichvucong.gov.vn/">Cổng</a></mc-dossier-checklist
      >`,
    );
    expect(q(el, '[part~="offline"]')).to.exist;
    expect(q(el, 'slot:not([name])')).to.exist;
    expect(errors[0]!.detail).to.include({ code: 'network' });
    await s.down(false);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => q(el, '[part~="case-prompt"]'), 'loaded after coming back online', WAIT);
    expect(q(el, 'slot:not([name])')).to.be.null;
  });
});

describe('mc-dossier-checklist: 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits 320 px wide with a long name', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(html`<mc-dossier-checklist api=${api} unit="25459" procedure="2.000884"></mc-dossier-checklist>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('reflows at 200% text size', async () => {
    await setViewport({ width: 640, height: 800 });
    await render(html`<mc-dossier-checklist style="font-size: 200%" api=${api} unit="25459" procedure="1.001193" case="co-giay-chung-sinh"></mc-dossier-checklist>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
  });
});
