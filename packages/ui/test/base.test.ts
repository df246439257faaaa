import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { McElement } from '../src/base/mc-element.js';
import { resetDevWarnings } from '../src/base/dev.js';
import { findLang, toLocale } from '../src/i18n/locale.js';
import { translate } from '../src/i18n/catalog.js';

class McTestGreeting extends McElement {
  static override tagName = 'mc-test-greeting';
  static override messages = {
    vi: { 'greeting.hello': 'Xin chào {name}', 'greeting.count': 'Có {count} kết quả' },
    en: { 'greeting.hello': 'Hello {name}', 'greeting.count': (p: Record<string, string | number>) => (p.count === 1 ? '1 result' : `${p.count} results`) },
  };
  static override properties = { size: { type: String } };
  size = 'md';
  override render() {
    const size = this.oneOf('size', this.size, ['sm', 'md'] as const, 'md');
    return litHtml`<p part="text" data-size=${size}>${this.msg('greeting.hello', { name: 'An' })}</p>`;
  }
}
McTestGreeting.define();

class OtherGreeting extends McElement {}

// A plain Lit host that renders the greeting inside its own shadow root, to prove `lang` crosses it.
class McTestShell extends LitElement {
  override render() {
    return litHtml`<mc-test-greeting></mc-test-greeting>`;
  }
}
customElements.define('mc-test-shell', McTestShell);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

// English strings loaded on demand (static lazyMessages): every render is recorded, to prove that
// no Vietnamese text is ever rendered on an English page while they load.
let releaseEnglish: () => void = () => {};
let englishLoads = 0;
const lazyRenders: string[] = [];
class McTestLazy extends McElement {
  static override tagName = 'mc-test-lazy';
  static override messages = { vi: { 'lazy.hello': 'Xin chào', 'lazy.only-vi': 'Chỉ tiếng Việt' }, en: {} };
  static override lazyMessages = {
    en: () => {
      englishLoads++;
      return new Promise<Record<string, string>>((resolve) => {
        releaseEnglish = () => resolve({ 'lazy.hello': 'Hello' });
      });
    },
  };
  override render() {
    const out = `${this.msg('lazy.hello')} / ${this.msg('lazy.only-vi')}`;
    lazyRenders.push(out);
    return litHtml`<p>${out}</p>`;
  }
}
McTestLazy.define();

class McTestLazyBroken extends McElement {
  static override tagName = 'mc-test-lazy-broken';
  static override messages = { vi: { 'lazy.hello': 'Xin chào' }, en: {} };
  static override lazyMessages = { en: () => Promise.reject(new Error('offline')) };
  override render() {
    return litHtml`<p>${this.msg('lazy.hello')}</p>`;
  }
}
McTestLazyBroken.define();

describe('McElement', () => {
  it('define() is guarded: same class twice is a no-op, another class warns and keeps the first', () => {
    resetDevWarnings();
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      McTestGreeting.define();
      expect(warnings).to.have.length(0);
      OtherGreeting.define('mc-test-greeting');
      expect(customElements.get('mc-test-greeting')).to.equal(McTestGreeting);
      expect(String(warnings[0])).to.contain('<mc-test-greeting> is already defined');
    } finally {
      console.warn = original;
    }
  });

  it('define() under a name the page already gave its own element: a clear [motcua] console error, no throw', () => {
    customElements.define('mc-test-foreign', class extends HTMLElement {});
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      expect(() => OtherGreeting.define('mc-test-foreign')).not.to.throw();
      expect(errors).to.have.length(1);
      expect(String(errors[0])).to.match(/^\[motcua\] <mc-test-foreign> is already defined by another script/);
    } finally {
      console.error = original;
    }
  });

  it('emit() sends a bubbling, composed mc-* event with its detail', async () => {
    const shell = await fixture<McTestShell>(html`<mc-test-shell></mc-test-shell>`);
    const inner = shell.shadowRoot!.querySelector('mc-test-greeting') as McTestGreeting;
    setTimeout(() => inner.emit('mc-test', { ok: true }));
    const event = (await oneEvent(shell, 'mc-test')) as CustomEvent<{ ok: boolean }>;
    expect(event.detail).to.deep.equal({ ok: true });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('defaults to Vietnamese', async () => {
    const el = await fixture<McTestGreeting>(html`<mc-test-greeting></mc-test-greeting>`);
    expect(el.locale).to.equal('vi');
    expect(text(el)).to.equal('Xin chào An');
  });

  it('follows the nearest lang attribute, across a shadow root, and its later changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><mc-test-shell></mc-test-shell></div>`);
    const shell = wrapper.querySelector('mc-test-shell')!;
    await (shell as McTestShell).updateComplete;
    const inner = shell.shadowRoot!.querySelector('mc-test-greeting') as McTestGreeting;
    await inner.updateComplete;
    expect(text(inner)).to.equal('Hello An');
    wrapper.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r));
    await inner.updateComplete;
    expect(text(inner)).to.equal('Xin chào An');
  });

  it('lazyMessages: English is loaded once, only for English, and no Vietnamese is rendered meanwhile', async () => {
    const vi = await fixture<McTestLazy>(html`<mc-test-lazy></mc-test-lazy>`);
    expect(text(vi)).to.equal('Xin chào / Chỉ tiếng Việt');
    expect(englishLoads).to.equal(0);
    lazyRenders.length = 0;
    const box = document.createElement('div');
    box.lang = 'en';
    box.innerHTML = '<mc-test-lazy></mc-test-lazy><mc-test-lazy></mc-test-lazy>';
    document.body.append(box);
    const [a, b] = [...box.querySelectorAll('mc-test-lazy')] as McTestLazy[];
    await new Promise((r) => setTimeout(r, 50));
    expect(lazyRenders, 'nothing rendered while English loads').to.deep.equal([]);
    expect(englishLoads).to.equal(1);
    releaseEnglish();
    await a!.updateComplete;
    await b!.updateComplete;
    expect(text(a!)).to.equal('Hello / Chỉ tiếng Việt');
    expect(text(b!)).to.equal('Hello / Chỉ tiếng Việt');
    expect(lazyRenders.every((r) => r.startsWith('Hello'))).to.equal(true);
    // Switching the page language uses the loaded strings at once.
    box.lang = 'vi';
    await new Promise((r) => setTimeout(r));
    await a!.updateComplete;
    expect(text(a!)).to.equal('Xin chào / Chỉ tiếng Việt');
    box.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await a!.updateComplete;
    expect(text(a!)).to.equal('Hello / Chỉ tiếng Việt');
    expect(englishLoads).to.equal(1);
    box.remove();
  });

  it('addMessages() adds strings to a class at run time (a lazily loaded part), from the next update', async () => {
    class McTestLater extends McElement {
      static override messages = { vi: { 'later.a': 'A' }, en: {} };
      override render() {
        return litHtml`<p>${this.msg('later.a')} ${this.msg('later.b')}</p>`;
      }
    }
    customElements.define('mc-test-later', McTestLater);
    const el = await fixture<McTestLater>(html`<mc-test-later></mc-test-later>`);
    expect(text(el)).to.equal('A later.b');
    McTestLater.addMessages({ vi: { 'later.b': 'B' }, en: { 'later.b': 'Bee' } });
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('A B');
    expect(McElement.messages.vi['later.b']).to.equal(undefined);
  });

  it('lazyMessages: a load that fails renders the Vietnamese fallback', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"><mc-test-lazy-broken></mc-test-lazy-broken></div>`);
    const el = box.querySelector('mc-test-lazy-broken') as McTestLazyBroken;
    await el.updateComplete;
    expect(text(el)).to.equal('Xin chào');
  });

  it('takes per-instance overrides, per language or flat, from the messages attribute', async () => {
    const el = await fixture<McTestGreeting>(
      html`<div lang="en"><mc-test-greeting messages='{"en":{"greeting.hello":"Hi {name}!"}}'></mc-test-greeting></div>`,
    );
    const greeting = el.querySelector('mc-test-greeting') as McTestGreeting;
    await greeting.updateComplete;
    expect(text(greeting)).to.equal('Hi An!');
    greeting.messages = { 'greeting.hello': 'Chào {name}' };
    await greeting.updateComplete;
    expect(text(greeting)).to.equal('Chào An');
  });

  it('warns once in development about an invalid attribute value, naming the accepted values', async () => {
    resetDevWarnings();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<McTestGreeting>(html`<mc-test-greeting size="huge"></mc-test-greeting>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('size="huge"').and.contain('sm, md');
      expect(el.shadowRoot!.querySelector('p')!.dataset.size).to.equal('md');
    } finally {
      console.warn = original;
    }
  });

  it('is accessible', async () => {
    const el = await fixture(html`<mc-test-greeting></mc-test-greeting>`);
    await expect(el).to.be.accessible();
  });
});

describe('i18n helpers', () => {
  it('toLocale maps tags and falls back to Vietnamese', () => {
    expect(toLocale('en-US')).to.equal('en');
    expect(toLocale('VI')).to.equal('vi');
    expect(toLocale('fr')).to.equal('vi');
    expect(toLocale('')).to.equal('vi');
  });

  it('findLang returns the nearest lang or empty', async () => {
    const el = await fixture(html`<section lang="en"><span></span></section>`);
    expect(findLang(el.querySelector('span')!)).to.equal('en');
  });

  it('translate: English falls back to Vietnamese, numbers are formatted, unknown keys stay visible', () => {
    const catalog = { vi: { a: 'Phí {fee} đồng', b: 'Chỉ tiếng Việt' }, en: { a: 'Fee {fee} dong' } };
    expect(translate(catalog, 'vi', 'a', { fee: 20000 })).to.equal('Phí 20.000 đồng');
    expect(translate(catalog, 'en', 'a', { fee: 20000 })).to.equal('Fee 20,000 dong');
    expect(translate(catalog, 'en', 'b')).to.equal('Chỉ tiếng Việt');
    expect(translate(catalog, 'vi', 'missing.key')).to.equal('missing.key');
  });
});

describe('cspStyle', () => {
  it('sets and removes inline styles through the CSSOM', async () => {
    const { cspStyle } = await import('../src/base/csp-style.js');
    const { render, html: h } = await import('lit');
    const host = document.createElement('div');
    document.body.append(host);
    const view = (width: string | null) => h`<p ${cspStyle({ width, 'min-height': '2rem' })}>x</p>`;
    render(view('50%'), host);
    const p = host.querySelector('p')!;
    expect(p.style.width).to.equal('50%');
    expect(p.style.minHeight).to.equal('2rem');
    render(view(null), host);
    expect(p.style.width).to.equal('');
    host.remove();
  });
});
