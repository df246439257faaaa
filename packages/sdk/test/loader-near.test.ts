// The loader's work for a fast first view (its own page: the loader is one per page): space kept
// for each widget until it is ready (inline style through the CSSOM, which a strict CSP allows),
// widgets far below the fold imported only when they come near, and the prefetch of a widget's
// chunks and theme started once per tag as its import starts.
import { expect } from '@open-wc/testing';
import { startLoader, type WidgetImport } from '../src/embed/loader.js';
import { testEnv, waitFor } from './support/helpers.js';

const imported: Record<string, number> = {};
const fixtureImport = (tag: string): WidgetImport => async () => {
  imported[tag] = (imported[tag] ?? 0) + 1;
  (await import('./fixtures/test-widget.js')).defineAs(tag);
};
const prefetched: [string, string | undefined][] = [];

function mount(markup: string, parent: Element = document.body): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup.trim();
  parent.append(box);
  return box.firstElementChild as HTMLElement;
}
const unitShown = (el: Element) => el.shadowRoot?.querySelector('[part=unit]')?.textContent;

describe('embed loader: reserved space, widgets near the viewport, prefetch', () => {
  let near: HTMLElement;
  let far: HTMLElement;
  let own: HTMLElement;

  before(async function () {
    this.timeout(60_000);
    const env = await testEnv();
    const style = document.createElement('style');
    style.textContent = 'mc-near-own { display: block; min-height: 7rem; }';
    document.body.append(style);
    near = mount(`<mc-near-a theme="tay-ninh"><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục</a></mc-near-a>`);
    own = mount(`<mc-near-own></mc-near-own>`);
    // Far below the fold: four screens down.
    mount(`<div style="height: ${innerHeight * 4}px"></div>`);
    far = mount(`<mc-near-b></mc-near-b>`);
    const script = document.createElement('script');
    script.dataset.api = env.api;
    script.dataset.unit = '25459';
    startLoader({
      script,
      registry: [
        ['mc-near-a', fixtureImport('mc-near-a')],
        ['mc-near-b', fixtureImport('mc-near-b')],
        ['mc-near-c', fixtureImport('mc-near-c')],
        ['mc-near-own', fixtureImport('mc-near-own')],
        ['mc-near-broken', () => Promise.reject(new Error('chunk failed'))],
      ],
      prefetch: (tag, theme) => prefetched.push([tag, theme]),
      nearScreens: 1,
      reserve: { 'mc-near-a': '20rem', 'mc-near-b': '20rem', 'mc-near-c': '12rem', 'mc-near-own': '30rem', 'mc-near-broken': '25rem' },
    });
  });

  it('keeps the reserved height as an inline style (display: block until defined), removed at mc-ready', async () => {
    // Synchronously, as the loader ran: before the widget's code could arrive.
    expect(far.style.minHeight).to.equal('20rem');
    expect(far.style.display).to.equal('block');
    expect(far.getBoundingClientRect().height).to.be.closeTo(20 * parseFloat(getComputedStyle(document.documentElement).fontSize), 1);
    await waitFor(() => unitShown(near), 10_000, 'the near widget to render its unit');
    await waitFor(() => near.style.minHeight === '', 2000, 'the reservation to be removed at mc-ready');
    expect(near.style.display).to.equal('');
  });

  it('gives the space back when the widget reports an error instead (its code failed to load)', async () => {
    const styles: string[] = [];
    const box = document.createElement('div');
    // Records every inline style the element gets (set and removed within a few microtasks).
    new MutationObserver((records) => records.forEach((r) => styles.push((r.target as HTMLElement).style.minHeight))).observe(box, {
      subtree: true,
      attributeFilter: ['style'],
    });
    near.parentElement!.append(box);
    box.innerHTML = `<mc-near-broken><a href="https://dichvucong.gov.vn/">Dịch vụ công</a></mc-near-broken>`;
    const broken = box.firstElementChild as HTMLElement;
    const error = new Promise((r) => broken.addEventListener('mc-error', r, { once: true }));
    await error;
    await waitFor(() => styles.length >= 2, 2000, 'the style changes');
    expect(styles[0]).to.equal('25rem');
    expect(broken.style.minHeight).to.equal('');
  });

  it("leaves a page's own reservation alone", () => {
    expect(own.style.minHeight).to.equal('');
    expect(getComputedStyle(own).minHeight).to.equal(`${7 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
  });

  it('imports a widget far below the fold only when it comes within a screen of the viewport', async () => {
    expect(imported['mc-near-a']).to.equal(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(imported['mc-near-b']).to.equal(undefined);
    expect(far.shadowRoot).to.equal(null);
    // Scrolled to a screen above it: near enough.
    scrollTo(0, far.getBoundingClientRect().top + scrollY - innerHeight * 1.5);
    await waitFor(() => unitShown(far), 10_000, 'the far widget to load once near');
    expect(imported['mc-near-b']).to.equal(1);
    scrollTo(0, 0);
  });

  it('a widget inserted later in view loads at once; one whose tag is defined upgrades without waiting', async () => {
    const later = mount(`<mc-near-c></mc-near-c>`, near.parentElement!);
    await waitFor(() => unitShown(later), 10_000, 'the inserted widget to render');
    // Another far below, of a tag already defined: upgraded by the browser, no import needed.
    const again = mount(`<mc-near-b></mc-near-b>`);
    await waitFor(() => unitShown(again), 10_000, 'the second far widget to render');
    expect(imported['mc-near-b']).to.equal(1);
  });

  it('starts the prefetch once per tag, with the resolved theme, as the import starts', () => {
    expect(prefetched).to.deep.include(['mc-near-a', 'tay-ninh']);
    expect(prefetched.filter(([tag]) => tag === 'mc-near-b')).to.have.length(1);
    expect(prefetched.findIndex(([tag]) => tag === 'mc-near-b')).to.be.greaterThan(prefetched.findIndex(([tag]) => tag === 'mc-near-a'));
  });

  it('under a CSP without unsafe-inline styles, a CSSOM style applies where a style attribute is blocked (Chromium)', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'none'"><p id="markup" style="min-height: 50px">x</p><p id="cssom">y</p>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const cssom = doc.getElementById('cssom')!;
    cssom.style.minHeight = '40px';
    expect(frame.contentWindow!.getComputedStyle(cssom).minHeight).to.equal('40px');
    expect(frame.contentWindow!.getComputedStyle(doc.getElementById('markup')!).minHeight).to.equal('0px');
    frame.remove();
  });
});
