// The embed loader in source form with small real Lit elements registered into its registry:
// several widgets and units on one page, widgets added later, a double load, configuration
// precedence, the window.motcua queue, bad configuration and a widget whose code fails to load.
import { expect } from '@open-wc/testing';
import { themeIds } from '@motcua/tokens';
// The loader module itself: importing ../src/embed/index.js would start a loader with the CDN registry.
import { startLoader, type WidgetImport, type ReadyDetail, type ErrorDetail, type Loader } from '../src/embed/loader.js';
import { testEnv, waitFor } from './support/helpers.js';
import type { McTestWidget } from './fixtures/test-widget.js';

const imported: Record<string, number> = {};
const fixtureImport = (tag: string): WidgetImport => async () => {
  imported[tag] = (imported[tag] ?? 0) + 1;
  (await import('./fixtures/test-widget.js')).defineAs(tag);
};

const ready: ReadyDetail[] = [];
const errors: ErrorDetail[] = [];
let loader: Loader;
let consoleErrors: string[] = [];
const originalError = console.error;

/** Appends markup to the page (no fixture(): it waits for a frame and for upgrades that may never come). */
function mount<T extends Element = HTMLElement>(markup: string): T {
  const box = document.createElement('div');
  box.innerHTML = markup.trim();
  document.body.append(box);
  return (box.childElementCount === 1 ? box.firstElementChild : box) as T;
}

const shown = (el: Element | null) => !!el && (el as HTMLElement).getClientRects().length > 0;
const readyFor = (id: string) => waitFor(() => document.getElementById(id)?.shadowRoot?.querySelector('[part=unit]')?.textContent, 10_000, `#${id} to show its unit`);

describe('embed loader', () => {
  before(async function () {
    this.timeout(60_000);
    const env = await testEnv();
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args.join(' '));
    };
    // The page: widgets placed by the administrator, before the loader runs.
    const host = document.createElement('div');
    host.id = 'host';
    host.innerHTML = `
      <mc-test-a id="a1"><a href="https://dichvucong.gov.vn/">Tra cứu thủ tục</a></mc-test-a>
      <mc-test-a id="a2" unit="29869"></mc-test-a>
      <mc-test-b id="b1" theme="quang-ninh"></mc-test-b>`;
    document.body.append(host);
    // The command queue, filled before the script has loaded.
    window.motcua = window.motcua || [];
    (window.motcua as unknown[]).push(
      ['config', { api: 'https://ignored.example', unit: '25459', theme: 'dong-thap' }],
      ['on', 'mc-ready', (e: CustomEvent<ReadyDetail>) => ready.push(e.detail)],
      ['on', 'mc-error', (e: CustomEvent<ErrorDetail>) => errors.push(e.detail)],
    );
    // The snippet's <script data-*> (not executed here: the loader runs from source).
    const script = document.createElement('script');
    script.dataset.api = env.api;
    script.dataset.theme = 'tay-ninh';
    loader = startLoader({
      script,
      registry: [
        ['mc-test-a', fixtureImport('mc-test-a')],
        ['mc-test-b', fixtureImport('mc-test-b')],
        ['mc-test-c', fixtureImport('mc-test-c')],
        ['mc-test-broken', () => Promise.reject(new Error('chunk failed'))],
        // Only ever placed with a bad configuration: never defined, so the loader's message shows.
        ['mc-test-e', fixtureImport('mc-test-e')],
        ['mc-test-f', fixtureImport('mc-test-f')],
      ],
    });
  });
  after(() => {
    console.error = originalError;
  });

  it('defines only the widgets on the page, each imported once', async () => {
    await readyFor('a1');
    await readyFor('a2');
    await readyFor('b1');
    expect(imported).to.deep.equal({ 'mc-test-a': 1, 'mc-test-b': 1 });
    expect(customElements.get('mc-test-c')).to.equal(undefined);
  });

  it('several units on one page: each widget shows its own', async () => {
    const a1 = (await readyFor('a1')) as string;
    const a2 = (await readyFor('a2')) as string;
    expect(a1).to.contain('Tân Ninh');
    expect(a2).not.to.equal(a1);
  });

  it('configuration precedence: element attributes > script data-* > window.motcua', async () => {
    const env = await testEnv();
    const a1 = document.getElementById('a1')!;
    expect(a1.getAttribute('api')).to.equal(env.api); // data-api beats the queue's api
    expect(a1.getAttribute('unit')).to.equal('25459'); // only the queue has a unit
    expect(a1.getAttribute('theme')).to.equal('tay-ninh'); // data-theme beats the queue's theme
    expect(document.getElementById('a2')!.getAttribute('unit')).to.equal('29869'); // own attribute
    expect(document.getElementById('b1')!.getAttribute('theme')).to.equal('quang-ninh');
  });

  it('fires mc-ready per widget with { widget, unit }, seen through the queue', async () => {
    await waitFor(() => ready.length >= 3, 10_000, 'three mc-ready events');
    expect(ready).to.deep.include({ widget: 'mc-test-a', unit: '25459' });
    expect(ready).to.deep.include({ widget: 'mc-test-a', unit: '29869' });
    expect(ready).to.deep.include({ widget: 'mc-test-b', unit: '25459' });
  });

  it('the fallback link is replaced only once the widget has rendered data', async () => {
    await readyFor('a1');
    const a1 = document.getElementById('a1') as McTestWidget;
    expect(a1.shadowRoot!.querySelector('slot')).to.equal(null);
    await expect(a1).to.be.accessible();
  });

  it('defines widgets added later (single-page sites), also nested ones', async () => {
    const later = document.createElement('section');
    later.innerHTML = '<div><mc-test-c id="c1" unit="29869"></mc-test-c></div>';
    document.getElementById('host')!.append(later);
    await readyFor('c1');
    expect(imported['mc-test-c']).to.equal(1);
  });

  it('commands pushed after the load run at once', async () => {
    window.motcua!.push(['config', { unit: '29869' }]);
    expect(loader.config.unit).to.equal('29869');
    const el = mount<McTestWidget>(`<mc-test-c id="c2"></mc-test-c>`);
    await readyFor('c2');
    expect(el.getAttribute('unit')).to.equal('29869');
    window.motcua!.push(['config', { unit: '25459' }]);
  });

  it('loading twice is harmless: the first loader serves, nothing is defined or announced twice', async () => {
    const readyBefore = ready.length;
    const second = startLoader({ registry: [['mc-test-d', fixtureImport('mc-test-d')]] });
    expect(second).to.equal(loader);
    expect(Symbol.for('motcua.embed') in globalThis).to.equal(true);
    const d = mount(`<mc-test-d id="d1"></mc-test-d>`);
    await readyFor('d1');
    expect(d.shadowRoot).to.exist;
    await new Promise((r) => setTimeout(r, 100));
    expect(ready.length).to.equal(readyBefore + 1);
    expect(imported['mc-test-a']).to.equal(1);
  });

  it('bad configuration of a tag already defined: the error is reported, the widget keeps its own shadow root', async () => {
    consoleErrors = [];
    const el = mount(`<mc-test-a unit="4"></mc-test-a>`);
    await waitFor(() => consoleErrors.length >= 1, 2000, 'a console error');
    expect(el.shadowRoot!.querySelector('[part=config-error]')).to.equal(null);
  });

  it('bad configuration: one console error naming the attribute and the accepted values, a message in the widget, the fallback kept', async () => {
    consoleErrors = [];
    const errorsBefore = errors.length;
    const box = mount(`<div>
      <mc-test-e id="bad1" unit="123"><a id="fb1" href="https://dichvucong.gov.vn/">Dịch vụ công</a></mc-test-e>
      <mc-test-b id="bad2" unit="123"></mc-test-b>
    </div>`);
    await waitFor(() => errors.length >= errorsBefore + 2, 2000, 'two mc-error events');
    expect(consoleErrors).to.have.length(1);
    expect(consoleErrors[0]).to.contain('unit="123"').and.contain('5-digit');
    expect(errors.at(-1)).to.include({ widget: 'mc-test-b', code: 'config', attribute: 'unit' });
    const bad1 = box.querySelector('#bad1')!;
    const message = bad1.shadowRoot!.querySelector('[part=config-error]')!;
    expect(message.textContent).to.contain('unit');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(shown(box.querySelector('#fb1'))).to.equal(true);
    await expect(bad1).to.be.accessible();
  });

  it('an unknown theme and an invalid api are reported with the accepted values', async () => {
    consoleErrors = [];
    mount(`<div><mc-test-a theme="purple"></mc-test-a><mc-test-a api="not a url"></mc-test-a></div>`);
    await waitFor(() => consoleErrors.length >= 2, 2000, 'two console errors');
    // The accepted themes are the theme files of @motcua/tokens, listed by its build.
    expect(consoleErrors[0]).to.contain('theme="purple"').and.contain(themeIds.join(', '));
    expect(themeIds).to.include.members(['default', 'high-contrast', 'tay-ninh', 'dong-thap', 'quang-ninh']);
    expect(consoleErrors[1]).to.contain('api="not a url"').and.contain('http');
  });

  it('a path such as "/" is an API on this site: resolved against the page to an absolute URL', async () => {
    const el = mount(`<mc-test-c api="/" unit="25459"></mc-test-c>`);
    await waitFor(() => el.getAttribute('api') !== '/', 2000, 'the resolved api attribute');
    expect(el.getAttribute('api')).to.equal(location.origin);
  });

  it('a missing data-api is reported as data-api', async () => {
    consoleErrors = [];
    const env = await testEnv();
    const savedApi = loader.scriptConfig.api;
    delete loader.scriptConfig.api;
    delete loader.config.api;
    const el = mount(`<mc-test-f></mc-test-f>`);
    await waitFor(() => consoleErrors.length >= 1, 2000, 'a console error');
    expect(consoleErrors[0]).to.contain('data-api is missing');
    expect(el.shadowRoot!.textContent).to.contain('data-api');
    loader.scriptConfig.api = savedApi ?? env.api;
  });

  it('a widget whose code fails to load: mc-error "load", the fallback link stays visible', async () => {
    const errorsBefore = errors.length;
    const el = mount(`<mc-test-broken><a id="fb2" href="https://dichvucong.gov.vn/">Tra cứu hồ sơ</a></mc-test-broken>`);
    await waitFor(() => errors.length > errorsBefore, 2000, 'mc-error');
    expect(errors.at(-1)).to.include({ widget: 'mc-test-broken', code: 'load' });
    expect(el.shadowRoot).to.equal(null);
    expect(shown(el.querySelector('#fb2'))).to.equal(true);
  });

  it('writes nothing into <head>', () => {
    const added = [...document.head.children].filter((n) => /motcua|mc-/i.test(n.outerHTML));
    expect(added).to.have.length(0);
  });
});
