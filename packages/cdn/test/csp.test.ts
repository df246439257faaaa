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
  head: string[];
}

describe('the snippet on a host page with a strict CSP', () => {
  let frame: HTMLIFrameElement;
  let seq = 0;
  const ask = <T>(probe: string): Promise<T> =>
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
      frame.contentWindow!.postMessage({ probe, id }, '*');
    });
  const snapshot = () => ask<Snapshot>('snapshot');

  before(async function () {
    this.timeout(60_000);
    const env = await cdnEnv();
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `${env.host}/csp-page`;
    document.body.append(frame);
    await loaded;
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
  let frame: HTMLIFrameElement;
  let widgets: string[] = [];
  let seq = 0;
  const snapshot = (): Promise<Snapshot> =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      const timer = setTimeout(() => reject(new Error('probe did not answer')), 3000);
      const onMessage = (e: MessageEvent) => {
        if (e.source !== frame.contentWindow || e.data?.id !== id) return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(e.data.result as Snapshot);
      };
      window.addEventListener('message', onMessage);
      frame.contentWindow!.postMessage({ probe: 'snapshot', id }, '*');
    });

  before(async function () {
    this.timeout(60_000);
    const env = await cdnEnv();
    widgets = env.widgets ?? [];
    if (!widgets.length) return;
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '2000px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `${env.host}/csp-widgets`;
    document.body.append(frame);
    await loaded;
  });

  it('every widget reports mc-ready or mc-error, with no CSP violation', async function () {
    if (!widgets.length) this.skip();
    this.timeout(30_000);
    let snap!: Snapshot;
    await waitUntil(
      async () => {
        snap = await snapshot();
        const settled = new Set(snap.events.map((e) => e.detail.widget as string));
        return widgets.every((w) => settled.has(w));
      },
      `mc-ready or mc-error from each of ${widgets.join(', ')}`,
      { timeout: 25_000, interval: 50 },
    ).catch(async (error: Error) => {
      const s = await snapshot();
      throw new Error(`${error.message}; events: ${JSON.stringify(s.events)}; violations: ${JSON.stringify(s.violations)}`);
    });
    const errors = snap.events.filter((e) => e.type === 'mc-error');
    const violations = snap.violations.map((v) => `${v.directive} from ${v.source}`);
    expect({ errors, violations }).to.deep.equal({ errors: [], violations: [] });
  });
});
