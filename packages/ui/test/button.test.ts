import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { examples } from '../src/button/button.examples.js';
import type { McButton } from '../src/button/button.js';
import '../src/button/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility } from './support/checks.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('button')!;
const submits = (form: HTMLFormElement) => {
  let count = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    count++;
  });
  return () => count;
};

describe('mc-button', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('renders a native button with its variant, size and slotted text', async () => {
    const el = await mount<McButton>(html`<mc-button variant="danger" size="lg">Huỷ hồ sơ</mc-button>`);
    const b = inner(el);
    expect(b.getAttribute('part')).to.equal('button');
    expect(b.dataset['variant']).to.equal('danger');
    expect(b.dataset['size']).to.equal('lg');
    expect(el.textContent).to.equal('Huỷ hồ sơ');
    expect(b.offsetHeight).to.be.at.least(44);
  });

  it('falls back to primary and warns for an invalid variant', async () => {
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (m: string) => messages.push(m);
    try {
      const el = await mount<McButton>(html`<mc-button variant="fancy">OK</mc-button>`);
      expect(inner(el).dataset['variant']).to.equal('primary');
      expect(messages.join()).to.contain('variant="fancy"');
    } finally {
      console.warn = warn;
    }
  });

  it('loading shows a spinner, sets aria-busy, stays focusable and swallows clicks', async () => {
    const el = await mount<McButton>(html`<mc-button loading type="button">Gửi</mc-button>`);
    const b = inner(el);
    expect(b.getAttribute('aria-busy')).to.equal('true');
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    expect(b.disabled).to.be.false;
    expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.exist;
    expect(b.textContent).to.contain('Đang xử lý');
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    document.body.addEventListener('click', () => clicks++, { once: true });
    b.click();
    el.click();
    expect(clicks).to.equal(0);
    el.loading = false;
    await el.updateComplete;
    b.click();
    expect(clicks).to.equal(2);
  });

  it('disabled swallows clicks and is not focusable', async () => {
    const el = await mount<McButton>(html`<mc-button disabled type="button">Gửi</mc-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    expect(clicks).to.equal(0);
    expect(inner(el).disabled).to.be.true;
  });

  it('is activated by Enter and Space (native click)', async () => {
    const el = await mount<McButton>(html`<mc-button type="button">Gửi</mc-button>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const e1 = await oneEvent(el, 'click');
    expect(e1.composed).to.be.true;
    setTimeout(() => sendKeys({ press: 'Space' }));
    const e2 = await oneEvent(el, 'click');
    expect(e2.bubbles).to.be.true;
  });

  it('submits its form (type=submit, the default), running validation', async () => {
    const form = await mount<HTMLFormElement>(html`<form><input name="a" required /><mc-button>Gửi</mc-button></form>`);
    const count = submits(form);
    const btn = form.querySelector('mc-button')!;
    inner(btn).click();
    await aTimeout(10);
    expect(count()).to.equal(0, 'invalid form is not submitted');
    form.querySelector('input')!.value = 'x';
    btn.focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(10);
    expect(count()).to.equal(1);
    expect(btn.form).to.equal(form);
  });

  it('resets its form with type=reset and does nothing with type=button', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><input name="a" value="mặc định" /><mc-button type="reset">Làm lại</mc-button><mc-button type="button">Khác</mc-button></form>`,
    );
    const count = submits(form);
    const input = form.querySelector('input')!;
    input.value = 'đã sửa';
    const [reset, plain] = form.querySelectorAll('mc-button');
    inner(plain!).click();
    await aTimeout(10);
    expect(count()).to.equal(0);
    expect(input.value).to.equal('đã sửa');
    inner(reset!).click();
    await aTimeout(10);
    expect(input.value).to.equal('mặc định');
  });

  it('a page listener can cancel the form action with preventDefault()', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-button>Gửi</mc-button></form>`);
    const count = submits(form);
    const btn = form.querySelector('mc-button')!;
    btn.addEventListener('click', (e) => e.preventDefault());
    inner(btn).click();
    await aTimeout(10);
    expect(count()).to.equal(0);
  });

  it('a disabled or loading submit button does not submit', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-button loading>Gửi</mc-button></form>`);
    const count = submits(form);
    inner(form.querySelector('mc-button')!).click();
    await aTimeout(10);
    expect(count()).to.equal(0);
  });

  it('wraps long text at 320px and at 200% text size without overflowing', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount<McButton>(html`<mc-button>Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân</mc-button>`);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(inner(el).scrollWidth).to.be.at.most(inner(el).clientWidth + 1);
    document.documentElement.style.fontSize = '200%';
    await aTimeout(0);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    expect(inner(el).scrollWidth).to.be.at.most(inner(el).clientWidth + 1);
    expect(inner(el).scrollHeight).to.be.at.most(inner(el).clientHeight + 1);
  });

  it('follows lang="en" on an ancestor and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-button loading>Send</mc-button></div>`);
    const el = wrap.querySelector('mc-button')!;
    expect(inner(el).textContent).to.contain('Working, please wait');
    wrap.setAttribute('lang', 'vi');
    await aTimeout(0);
    await el.updateComplete;
    expect(inner(el).textContent).to.contain('Đang xử lý');
    el.messages = { 'button.loading': 'Đang gửi…' };
    await el.updateComplete;
    expect(inner(el).textContent).to.contain('Đang gửi…');
  });
});
