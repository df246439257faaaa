import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { examples } from '../src/link-button/link-button.examples.js';
import type { McLinkButton } from '../src/link-button/link-button.js';
import '../src/link-button/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility } from './support/checks.js';

const anchor = (el: Element) => el.shadowRoot!.querySelector('a')!;

describe('mc-link-button', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('renders an <a> with href, variant and size', async () => {
    const el = await mount<McLinkButton>(html`<mc-link-button href="/ho-so" variant="secondary" size="lg">Hồ sơ của tôi</mc-link-button>`);
    const a = anchor(el);
    expect(a.getAttribute('href')).to.equal('/ho-so');
    expect(a.getAttribute('part')).to.equal('link');
    expect(a.dataset['variant']).to.equal('secondary');
    expect(a.dataset['size']).to.equal('lg');
    expect(a.hasAttribute('target')).to.be.false;
    expect(a.hasAttribute('rel')).to.be.false;
    expect(el.shadowRoot!.querySelector('.visually-hidden')).to.be.null;
    expect(a.offsetHeight).to.be.at.least(44);
  });

  it('target=_blank adds rel=noopener noreferrer, an icon and "(mở trong thẻ mới)"', async () => {
    const el = await mount<McLinkButton>(html`<mc-link-button href="https://dichvucong.gov.vn" target="_blank" rel="external">Cổng DVC</mc-link-button>`);
    const a = anchor(el);
    expect(a.target).to.equal('_blank');
    expect(a.rel.split(' ')).to.have.members(['external', 'noopener', 'noreferrer']);
    expect(el.shadowRoot!.querySelector('[part="new-tab-icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('(mở trong thẻ mới)');
  });

  it('passes download through', async () => {
    const el = await mount<McLinkButton>(html`<mc-link-button href="/mau.pdf" download="mau.pdf">Tải mẫu</mc-link-button>`);
    expect(anchor(el).getAttribute('download')).to.equal('mau.pdf');
  });

  it('warns in development when href is missing', async () => {
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (m: string) => messages.push(m);
    try {
      await mount(html`<mc-link-button>Không có địa chỉ</mc-link-button>`);
      expect(messages.join()).to.contain('needs an href');
    } finally {
      console.warn = warn;
    }
  });

  it('is reached with Tab and followed with Enter', async () => {
    const el = await mount<McLinkButton>(html`<mc-link-button href="#dich">Đi tới</mc-link-button>`);
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(anchor(el));
    anchor(el).addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const click = await oneEvent(el, 'click');
    expect(click.composed).to.be.true;
    before.remove();
  });

  it('wraps long text at 320px and at 200% text size', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount<McLinkButton>(html`<mc-link-button href="#">Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân</mc-link-button>`);
    expect(el.scrollWidth).to.be.at.most(320);
    document.documentElement.style.fontSize = '200%';
    await aTimeout(0);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(anchor(el).scrollWidth).to.be.at.most(anchor(el).clientWidth + 1);
  });

  it('follows lang="en" on an ancestor and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-link-button href="#" target="_blank">Portal</mc-link-button></div>`);
    const el = wrap.querySelector('mc-link-button')!;
    const hidden = () => el.shadowRoot!.querySelector('.visually-hidden')!.textContent;
    expect(hidden()).to.equal('(opens in a new tab)');
    el.messages = { en: { 'link-button.newTab': '(new window)' } };
    await el.updateComplete;
    expect(hidden()).to.equal('(new window)');
  });
});
