import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/select/select.examples.js';
import type { McSelect, SelectOption } from '../src/select/select.js';
import '../src/select/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility, expectFitsSmallScreen } from './support/checks.js';

const sel = (el: Element) => el.shadowRoot!.querySelector('select')!;
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const options: SelectOption[] = [
  { value: 'p1', label: 'Phường 1' },
  { value: 'p2', label: 'Phường 2' },
  { value: 'p3', label: 'Phường 3', disabled: true },
];

describe('mc-select', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('renders a labelled native select with a placeholder option and the options', async () => {
    const el = await mount<McSelect>(html`<mc-select label="Phường, xã" hint="Nơi thường trú" value="p2" .options=${options}></mc-select>`);
    const s = sel(el);
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(s.id);
    expect([...s.options].map((o) => o.textContent)).to.deep.equal(['Chọn một mục', 'Phường 1', 'Phường 2', 'Phường 3']);
    expect(s.options[3]!.disabled).to.be.true;
    expect(s.value).to.equal('p2');
    expect(el.selectedLabel).to.equal('Phường 2');
    expect(s.getAttribute('aria-describedby')).to.equal('hint');
    el.value = 'p1';
    await el.updateComplete;
    expect(s.value).to.equal('p1');
  });

  it('sets the value once options arrive after the value', async () => {
    const el = await mount<McSelect>(html`<mc-select label="Phường" value="p2"></mc-select>`);
    el.options = options;
    await el.updateComplete;
    expect(sel(el).value).to.equal('p2');
  });

  it('changes with the keyboard and fires mc-change (bubbling, composed)', async () => {
    const el = await mount<McSelect>(html`<mc-select label="Phường, xã" .options=${options}></mc-select>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(sel(el));
    setTimeout(() => sendKeys({ press: 'ArrowDown' }));
    const ev = await oneEvent(document.body, 'mc-change');
    expect(ev.detail).to.deep.equal({ value: 'p1' });
    expect(ev.composed).to.be.true;
    expect(el.value).to.equal('p1');
  });

  it('submits with the form, validates required, resets and follows a disabled fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><fieldset><mc-select label="Phường" name="phuong" required .options=${options}></mc-select></fieldset></form>`,
    );
    const el = form.querySelector('mc-select')!;
    expect(new FormData(form).has('phuong')).to.be.false;
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Vui lòng chọn một mục');
    expect(sel(el).getAttribute('aria-invalid')).to.equal('true');
    const s = sel(el);
    s.value = 'p2';
    s.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(errorText(el)).to.equal('');
    expect(new FormData(form).get('phuong')).to.equal('p2');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(sel(el).value).to.equal('');
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(sel(el).disabled).to.be.true;
  });

  it('fits 320px and 200% text size', async () => {
    await expectFitsSmallScreen<McSelect>(
      html`<mc-select label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" .options=${[{ value: 'a', label: 'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân' }]} value="a"></mc-select>`,
    );
  });

  it('follows lang="en" and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-select label="Ward" .options=${options}></mc-select></div>`);
    const el = wrap.querySelector('mc-select')!;
    expect(sel(el).options[0]!.textContent).to.equal('Choose one');
    el.messages = { en: { 'select.placeholder': 'Pick a ward' } };
    await el.updateComplete;
    expect(sel(el).options[0]!.textContent).to.equal('Pick a ward');
    el.placeholder = 'Your ward';
    await el.updateComplete;
    expect(sel(el).options[0]!.textContent).to.equal('Your ward');
  });
});
