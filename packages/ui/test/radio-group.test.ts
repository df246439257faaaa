import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/radio-group/radio-group.examples.js';
import type { McRadioGroup, RadioOption } from '../src/radio-group/radio-group.js';
import '../src/radio-group/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility, expectFitsSmallScreen } from './support/checks.js';

const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const options: RadioOption[] = [
  { value: 'a', label: 'Trực tiếp' },
  { value: 'b', label: 'Bưu điện', description: 'Phí do người nhận trả' },
  { value: 'c', label: 'Bản điện tử' },
];

describe('mc-radio-group', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('renders a fieldset with legend, hint and native radios with descriptions', async () => {
    const el = await mount<McRadioGroup>(html`<mc-radio-group label="Nhận kết quả" hint="Chọn một" value="b" required .options=${options}></mc-radio-group>`);
    const fs = el.shadowRoot!.querySelector('fieldset')!;
    expect(fs.querySelector('legend')!.textContent).to.contain('Nhận kết quả').and.contain('(bắt buộc)');
    expect(fs.getAttribute('aria-describedby')).to.equal('hint');
    const r = radios(el);
    expect(r).to.have.length(3);
    expect(r.map((x) => x.checked)).to.deep.equal([false, true, false]);
    expect(r[1]!.getAttribute('aria-describedby')).to.equal('description-1');
    expect(el.shadowRoot!.getElementById('description-1')!.textContent).to.equal('Phí do người nhận trả');
    expect(el.shadowRoot!.querySelector('[part="option"]')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('arrow keys move and select (native radio behaviour), firing mc-change', async () => {
    const el = await mount<McRadioGroup>(html`<mc-radio-group label="Nhận kết quả" .options=${options}></mc-radio-group>`);
    const before = document.createElement('button');
    before.textContent = 'trước';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    setTimeout(() => sendKeys({ press: 'ArrowDown' }));
    const ev = await oneEvent(document.body, 'mc-change');
    expect(ev.detail).to.deep.equal({ value: 'b', label: 'Bưu điện' });
    expect(ev.composed).to.be.true;
    expect(el.value).to.equal('b');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('c');
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('b');
    before.remove();
  });

  it('Space selects the focused option when none is chosen', async () => {
    const el = await mount<McRadioGroup>(html`<mc-radio-group label="Nhận kết quả" .options=${options}></mc-radio-group>`);
    el.focus();
    setTimeout(() => sendKeys({ press: 'Space' }));
    const ev = await oneEvent(el, 'mc-change');
    expect(ev.detail.value).to.equal('a');
  });

  it('submits the value, validates required with a message, resets, follows a fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><fieldset><mc-radio-group label="Nhận kết quả" name="nhan" required .options=${options}></mc-radio-group></fieldset></form>`,
    );
    const el = form.querySelector('mc-radio-group')!;
    expect(new FormData(form).has('nhan')).to.be.false;
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Vui lòng chọn một lựa chọn');
    expect(radios(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('error');
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(errorText(el)).to.equal('');
    expect(new FormData(form).get('nhan')).to.equal('c');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(radios(el).some((r) => r.checked)).to.be.false;
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(radios(el).every((r) => r.disabled)).to.be.true;
  });

  it('disabled options are skipped', async () => {
    const el = await mount<McRadioGroup>(
      html`<mc-radio-group label="Lệ phí" .options=${[{ value: 'a', label: 'A' }, { value: 'b', label: 'B', disabled: true }, { value: 'c', label: 'C' }]}></mc-radio-group>`,
    );
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('c');
  });

  it('horizontal orientation wraps within 320px, and 200% text size fits', async () => {
    await expectFitsSmallScreen<McRadioGroup>(
      html`<mc-radio-group
        label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"
        orientation="horizontal"
        .options=${[...options, { value: 'd', label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân' }]}
      ></mc-radio-group>`,
    );
  });

  it('warns about an invalid orientation', async () => {
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (m: string) => messages.push(m);
    try {
      await mount(html`<mc-radio-group label="X" orientation="diagonal" .options=${options}></mc-radio-group>`);
      expect(messages.join()).to.contain('orientation="diagonal"');
    } finally {
      console.warn = warn;
    }
  });

  it('follows lang="en" and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-radio-group label="Delivery" required .options=${options}></mc-radio-group></div>`);
    const el = wrap.querySelector('mc-radio-group')!;
    el.checkValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Please choose an option.');
    el.messages = { en: { 'radio-group.valueMissing': 'Choose how to receive it.' } };
    await el.updateComplete;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Choose how to receive it.');
  });
});
