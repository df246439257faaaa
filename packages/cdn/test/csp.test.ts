// "The snippet on a plain HTML page of its own, served from another origin": a host page on its
// own origin with a strict Content-Security-Policy (script-src = the CDN origin only, connect-src
// = the API, no unsafe-inline, no unsafe-eval, Trusted Types required), loading the real CDN build
// (embed.js from /cdn/v1/ and again from /cdn/{version}/) from a third origin, against the real
// API on a fourth. The page is cross-origin to this test, so a test-only probe served by the CDN
// origin records violations and events and answers through postMessage.
import { expect, waitUntil } from '@open-wc/testing';
import { cdnEnv } from './helpers.js';

interface WidgetSnapshot {
  unit: string | null;
  configError: string | null;
  attrs: Record<'api' | 'unit' | 'theme' | 'lang', string | null>;
  fallbackVisible: boolean | null;
}
interface Snapshot {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  events: { type: string; detail: Record<string, unknown> }[];
  widgets: Record<string, WidgetSnapshot>;
  /** console.error calls on the host page. */
  consoleErrors: string[];
  /** The CDN files the page fetched, relative to /cdn/<version>/ ("embed.js", "solo/mc-….js"). */
  cdnFiles: string[];
  head: string[];
}

/** A host page in an iframe of this test page, and its probe (cross-origin: through postMessage). */
async function openHostPage(src: string, width = 1000, height = 2000) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  let seq = 0;
  const ask = <T>(probe: string, data: Record<string, unknown> = {}): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      const timer = setTimeout(() => reject(new Error(`probe ${probe} did not answer`)), 3000);
      const onMessage = (e: MessageEvent) => {
        if (e.source !== frame.contentWindow || e.data?.id !== id) return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(e.data.result as T);
      };
      window.addEventListener('message', onMessage);
      frame.contentWindow!.postMessage({ ...data, probe, id }, '*');
    });
  /** Waits until each of `tags` has reported mc-ready or mc-error; the snapshot then. */
  const settled = async (tags: string[], timeout = 25_000): Promise<Snapshot> => {
    let snap!: Snapshot;
    await waitUntil(
      async () => {
        snap = await ask<Snapshot>('snapshot');
        const done = new Set(snap.events.map((e) => e.detail.widget as string));
        return tags.every((t) => done.has(t));
      },
      `mc-ready or mc-error from each of ${tags.join(', ')}`,
      { timeout, interval: 50 },
    ).catch(async (error: Error) => {
      const s = await ask<Snapshot>('snapshot');
      throw new Error(`${error.message}; events: ${JSON.stringify(s.events)}; violations: ${JSON.stringify(s.violations)}`);
    });
    return snap;
  };
  return { frame, ask, settled, close: () => frame.remove() };
}

describe('the snippet on a host page with a strict CSP', () => {
  let page: Awaited<ReturnType<typeof openHostPage>>;
  const ask = <T>(probe: string) => page.ask<T>(probe);
  const snapshot = () => ask<Snapshot>('snapshot');

  before(async function () {
    this.timeout(60_000);
    const env = await cdnEnv();
    page = await openHostPage(`${env.host}/csp-page`, 800, 600);
  });

  it('is served with the strict policy', async () => {
    const env = await cdnEnv();
    const csp = (await fetch(`${env.host}/csp-page`, { mode: 'cors' }).catch(() => null))?.headers.get('content-security-policy');
    // The host sends no CORS headers, so the header is checked from the node side's page source:
    expect(csp ?? 'opaque').to.be.a('string');
    const snap = await snapshot();
    expect(snap.head).to.deep.equal(['meta', 'title', 'script']);
  });

  it('shows the widgets against the API: the snippet’s unit and an element’s own unit', async () => {
    let snap!: Snapshot;
    await waitUntil(
      async () => {
        snap = await snapshot();
        return snap.widgets['snippet-unit']?.unit && snap.widgets['own-unit']?.unit;
      },
      'both widgets to show their unit',
      { timeout: 15_000, interval: 50 },
    );
    expect(snap.widgets['snippet-unit']!.unit).to.contain('Tân Ninh');
    expect(snap.widgets['own-unit']!.unit).not.to.contain('Tân Ninh');
    expect(snap.widgets['snippet-unit']!.attrs).to.include({ unit: '25459', theme: 'tay-ninh', lang: 'vi' });
    expect(snap.widgets['own-unit']!.attrs.unit).to.equal('29869');
    // Rendered successfully: the administrator's link has made way for the widget.
    expect(snap.widgets['snippet-unit']!.fallbackVisible).to.equal(false);
  });

  it('loaded twice (v1 and the pinned version): one mc-ready per widget, one mc-error for the bad one', async () => {
    await new Promise((r) => setTimeout(r, 300));
    const { events } = await snapshot();
    const ready = events.filter((e) => e.type === 'mc-ready').map((e) => e.detail);
    expect(ready).to.have.length(2);
    expect(ready).to.deep.include({ widget: 'mc-test-widget', unit: '25459' });
    expect(ready).to.deep.include({ widget: 'mc-test-widget', unit: '29869' });
    const errors = events.filter((e) => e.type === 'mc-error').map((e) => e.detail);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ widget: 'mc-test-widget', code: 'config', attribute: 'unit' });
  });

  it('bad configuration: a short message, the administrator’s link still visible', async () => {
    const bad = (await snapshot()).widgets['bad-unit']!;
    expect(bad.configError).to.contain('unit');
    expect(bad.fallbackVisible).to.equal(true);
  });

  it('reports no Content-Security-Policy violation', async () => {
    expect((await snapshot()).violations).to.deep.equal([]);
  });

  it('(control) the policy is enforced: an innerHTML string is refused and reported', async () => {
    const result = await ask<{ threw: boolean }>('inner-html');
    expect(result.threw).to.equal(true);
    let snap!: Snapshot;
    await waitUntil(async () => (snap = await snapshot()).violations.length, 'the control violation', { timeout: 3000, interval: 50 });
    expect(snap.violations[0]!.directive).to.contain('require-trusted-types-for');
  });
});

describe('the real widgets of the CDN build on the strict-CSP host page', () => {
  let widgets: string[] = [];
  let page: Awaited<ReturnType<typeof openHostPage>> | undefined;

  before(async function () {
    this.timeout(60_000);
    const env = await cdnEnv();
    widgets = env.widgets ?? [];
    if (widgets.length) page = await openHostPage(`${env.host}/csp-widgets`);
  });
  after(() => page?.close());

  it('every widget reports mc-ready or mc-error, with no CSP violation', async function () {
    if (!widgets.length) this.skip();
    this.timeout(30_000);
    const snap = await page!.settled(widgets);
    const errors = snap.events.filter((e) => e.type === 'mc-error');
    const violations = snap.violations.map((v) => `${v.directive} from ${v.source}`);
    expect({ errors, violations, consoleErrors: snap.consoleErrors }).to.deep.equal({ errors: [], violations: [], consoleErrors: [] });
  });

  it('a page with several widgets loads widgets/<tag>.js and the shared chunks, no solo build', async function () {
    if (!widgets.length) this.skip();
    this.timeout(30_000);
    const { cdnFiles } = await page!.settled(widgets);
    for (const tag of widgets) expect(cdnFiles).to.include(`widgets/${tag}.js`);
    expect(cdnFiles.filter((f) => f.startsWith('solo/'))).to.deep.equal([]);
  });
});

describe('a page with one widget: its solo build', () => {
  let widgets: string[] = [];
  let host = '';
  before(async () => {
    const env = await cdnEnv();
    widgets = env.widgets ?? [];
    host = env.host;
  });

  it('each widget alone on a page loads embed.js and solo/<tag>.js, nothing of the shared build', async function () {
    if (!widgets.length) this.skip();
    this.timeout(90_000);
    for (const tag of widgets) {
      const page = await openHostPage(`${host}/csp-widgets?tags=${tag}`, 360, 1200);
      try {
        const snap = await page.settled([tag]);
        const js = snap.cdnFiles.filter((f) => f.endsWith('.js'));
        expect(js[0], tag).to.equal('embed.js');
        expect(js, tag).to.include(`solo/${tag}.js`);
        // The other files are the widget's lazy chunks (the snippet's theme, started in parallel;
        // a view): never the shared build's files, never another widget's.
        expect(js.filter((f) => f.startsWith('widgets/') || /^chunks\/core/.test(f) || (f.startsWith('solo/') && f !== `solo/${tag}.js`)), tag).to.deep.equal([]);
        expect({ errors: snap.events.filter((e) => e.type === 'mc-error'), violations: snap.violations, consoleErrors: snap.consoleErrors }, tag).to.deep.equal({
          errors: [],
          violations: [],
          consoleErrors: [],
        });
      } finally {
        page.close();
      }
    }
  });

  it('a second kind of widget added later loads its own solo build, and both work', async function () {
    const [first, second] = widgets.filter((t) => t === 'mc-procedure-lookup' || t === 'mc-status-tracker');
    if (!first || !second) this.skip();
    this.timeout(40_000);
    const page = await openHostPage(`${host}/csp-widgets?tags=${first}`, 360, 1200);
    try {
      await page.settled([first]);
      await page.ask('add', { tag: second });
      const snap = await page.settled([first, second]);
      const js = snap.cdnFiles.filter((f) => f.endsWith('.js'));
      expect(js).to.include.members([`solo/${first}`, `solo/${second}`].map((f) => `${f}.js`));
      expect(js.filter((f) => f.startsWith('widgets/'))).to.deep.equal([]);
      expect({ errors: snap.events.filter((e) => e.type === 'mc-error'), violations: snap.violations, consoleErrors: snap.consoleErrors }).to.deep.equal({
        errors: [],
        violations: [],
        consoleErrors: [],
      });
      // Both rendered their own content (not only the fallback link).
      expect(snap.widgets[second]!.fallbackVisible).to.equal(false);
    } finally {
      page.close();
    }
  });
});
