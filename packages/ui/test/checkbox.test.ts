import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/checkbox/checkbox.examples.js';
import type { McCheckbox } from '../src/checkbox/checkbox.js';
import '../src/checkbox/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility, expectFitsSmallScreen } from './support/checks.js';

const box = (el: Element) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('mc-checkbox', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('renders a native checkbox inside its label, with description and a 44px target', async () => {
    const el = await mount<McCheckbox>(html`<mc-checkbox label="Nhận SMS" description="Miễn phí" checked></mc-checkbox>`);
    const i = box(el);
    expect(i.type).to.equal('checkbox');
    expect(i.checked).to.be.true;
    expect(i.closest('label')!.textContent).to.contain('Nhận SMS');
    expect(i.getAttribute('aria-describedby')).to.equal('description');
    expect(el.shadowRoot!.querySelector('[part="control"]')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('shows the indeterminate state until toggled', async () => {
    const el = await mount<McCheckbox>(html`<mc-checkbox label="Tất cả" indeterminate></mc-checkbox>`);
    expect(box(el).indeterminate).to.be.true;
    box(el).click();
    await el.updateComplete;
    expect(el.indeterminate).to.be.false;
    expect(box(el).indeterminate).to.be.false;
    expect(el.checked).to.be.true;
  });

  it('toggles with Space and fires mc-change { checked, value } (bubbling, composed)', async () => {
    const el = await mount<McCheckbox>(html`<mc-checkbox label="Nhận SMS" value="co"></mc-checkbox>`);
    el.focus();
    setTimeout(() => sendKeys({ press: 'Space' }));
    const ev = await oneEvent(document.body, 'mc-change');
    expect(ev.detail).to.deep.equal({ checked: true, value: 'co' });
    expect(ev.composed).to.be.true;
    expect(el.checked).to.be.true;
    setTimeout(() => sendKeys({ press: 'Space' }));
    const ev2 = await oneEvent(el, 'mc-change');
    expect(ev2.detail.checked).to.be.false;
  });

  it('clicking the label text toggles it', async () => {
    const el = await mount<McCheckbox>(html`<mc-checkbox label="Nhận SMS"></mc-checkbox>`);
    (el.shadowRoot!.querySelector('[part="label"]') as HTMLElement).click();
    await el.updateComplete;
    expect(el.checked).to.be.true;
  });

  it('submits its value when checked, validates required, resets to the checked attribute, follows a fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <fieldset>
          <mc-checkbox label="Cam đoan" name="camDoan" value="dong-y" required></mc-checkbox>
          <mc-checkbox label="SMS" name="sms" checked></mc-checkbox>
        </fieldset>
      </form>`,
    );
    const [req, sms] = [...form.querySelectorAll('mc-checkbox')];
    expect(new FormData(form).get('sms')).to.equal('on');
    expect(new FormData(form).has('camDoan')).to.be.false;
    expect(form.checkValidity()).to.be.false;
    await req!.updateComplete;
    expect(errorText(req!)).to.contain('Vui lòng đánh dấu');
    box(req!).click();
    box(sms!).click();
    await req!.updateComplete;
    expect(errorText(req!)).to.equal('');
    expect(form.checkValidity()).to.be.true;
    expect(new FormData(form).get('camDoan')).to.equal('dong-y');
    expect(new FormData(form).has('sms')).to.be.false;
    form.reset();
    await sms!.updateComplete;
    expect(req!.checked).to.be.false;
    expect(sms!.checked).to.be.true;
    expect(box(sms!).checked).to.be.true;
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await sms!.updateComplete;
    expect(box(sms!).disabled).to.be.true;
    expect(new FormData(form).has('sms')).to.be.false;
  });

  it('fits 320px and 200% text size', async () => {
    await expectFitsSmallScreen<McCheckbox>(
      html`<mc-checkbox label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" description="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"></mc-checkbox>`,
    );
  });

  it('follows lang="en" and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-checkbox label="I agree" required></mc-checkbox></div>`);
    const el = wrap.querySelector('mc-checkbox')!;
    expect(el.shadowRoot!.querySelector('[part="required"]')!.textContent).to.contain('required');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Please tick this box');
    el.messages = { 'checkbox.valueMissing': 'Tick to agree.' };
    await el.updateComplete;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Tick to agree.');
  });
});
