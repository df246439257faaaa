import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/text-field/text-field.examples.js';
import type { McTextField } from '../src/text-field/text-field.js';
import '../src/text-field/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility, expectFitsSmallScreen } from './support/checks.js';

const input = (el: Element) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('mc-text-field', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('wires label, hint and error to the input', async () => {
    const el = await mount<McTextField>(
      html`<mc-text-field label="Họ và tên" hint="Như trên giấy tờ" error="Chưa nhập họ tên" required autocomplete="name" inputmode="text" maxlength="50"></mc-text-field>`,
    );
    const i = input(el);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(i.id);
    expect(label.textContent).to.contain('Họ và tên').and.contain('(bắt buộc)');
    expect(i.getAttribute('aria-describedby')).to.equal('hint error');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Như trên giấy tờ');
    expect(errorText(el)).to.contain('Chưa nhập họ tên');
    expect(i.getAttribute('aria-invalid')).to.equal('true');
    expect(i.autocomplete).to.equal('name');
    expect(i.maxLength).to.equal(50);
    el.error = '';
    el.hint = '';
    await el.updateComplete;
    expect(i.hasAttribute('aria-describedby')).to.be.false;
    expect(i.hasAttribute('aria-invalid')).to.be.false;
  });

  it('types with the keyboard, firing mc-input per edit and mc-change on commit', async () => {
    const el = await mount<McTextField>(html`<mc-text-field label="Họ và tên"></mc-text-field>`);
    const values: string[] = [];
    el.addEventListener('mc-input', (e) => values.push((e as CustomEvent<{ value: string }>).detail.value));
    el.focus();
    await sendKeys({ type: 'An' });
    expect(values).to.deep.equal(['A', 'An']);
    expect(el.value).to.equal('An');
    setTimeout(() => sendKeys({ press: 'Tab' }));
    const change = await oneEvent(el, 'mc-change');
    expect(change.detail).to.deep.equal({ value: 'An' });
    expect(change.bubbles && change.composed).to.be.true;
  });

  it('Enter in a form commits (mc-change) and submits, like a native input', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-text-field label="Mã hồ sơ" name="ma"></mc-text-field></form>`);
    const el = form.querySelector('mc-text-field')!;
    const seen: string[] = [];
    el.addEventListener('mc-change', () => seen.push('change'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      seen.push('submit');
    });
    el.focus();
    await sendKeys({ type: 'H56' });
    await sendKeys({ press: 'Enter' });
    expect(seen).to.deep.equal(['change', 'submit']);
  });

  it('mc-input bubbles and is composed', async () => {
    const el = await mount<McTextField>(html`<mc-text-field label="Tên"></mc-text-field>`);
    el.focus();
    setTimeout(() => sendKeys({ type: 'x' }));
    const ev = await oneEvent(document.body, 'mc-input');
    expect(ev.composed).to.be.true;
    expect(ev.detail).to.deep.equal({ value: 'x' });
  });

  it('submits its value with the form and restores the value attribute on reset', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-text-field label="Họ và tên" name="hoTen" value="Nguyễn Văn A"></mc-text-field></form>`);
    const el = form.querySelector('mc-text-field')!;
    expect(new FormData(form).get('hoTen')).to.equal('Nguyễn Văn A');
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'n' });
    expect(new FormData(form).get('hoTen')).to.equal('Nguyễn Văn An');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('Nguyễn Văn A');
    expect(input(el).value).to.equal('Nguyễn Văn A');
    expect(new FormData(form).get('hoTen')).to.equal('Nguyễn Văn A');
  });

  it('required: invalid until filled, error shown after submit, localized', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-text-field label="Số điện thoại" name="sdt" required></mc-text-field></form>`);
    const el = form.querySelector('mc-text-field')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(form.checkValidity()).to.be.false;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Vui lòng điền thông tin này');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    form.requestSubmit();
    expect(submitted).to.equal(0);
    el.focus();
    await sendKeys({ type: '0912345678' });
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(errorText(el)).to.equal('');
    // Enter submits the form (implicit submission).
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(1);
    form.reset();
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
  });

  it('mirrors pattern, type=email and maxlength validity with localized messages', async () => {
    const el = await mount<McTextField>(html`<mc-text-field label="CCCD" pattern="[0-9]{12}" value="12ab"></mc-text-field>`);
    expect(el.validity.patternMismatch).to.be.true;
    expect(el.validationMessage).to.contain('định dạng');
    el.value = '012345678901';
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    const mail = await mount<McTextField>(html`<mc-text-field label="Email" type="email" value="a@"></mc-text-field>`);
    expect(mail.validity.typeMismatch).to.be.true;
    expect(mail.validationMessage).to.contain('email');
  });

  it('a page-set error is shown but does not block resubmission', async () => {
    const el = await mount<McTextField>(html`<mc-text-field label="Mã hồ sơ" value="abc" error="Không tìm thấy hồ sơ"></mc-text-field>`);
    expect(errorText(el)).to.contain('Không tìm thấy hồ sơ');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.checkValidity()).to.be.true;
    el.error = '';
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
  });

  it('setCustomValidity() works like the native method', async () => {
    const el = await mount<McTextField>(html`<mc-text-field label="Số CCCD" value="001"></mc-text-field>`);
    el.setCustomValidity('Số CCCD đã được dùng cho một hồ sơ khác');
    expect(el.checkValidity()).to.be.false;
    expect(el.validity.customError).to.be.true;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Số CCCD đã được dùng');
    el.setCustomValidity('');
    expect(el.checkValidity()).to.be.true;
  });

  it('is disabled by a disabled fieldset and then not submitted', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><fieldset><mc-text-field label="Họ và tên" name="hoTen" value="A"></mc-text-field></fieldset></form>`,
    );
    const el = form.querySelector('mc-text-field')!;
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(input(el).disabled).to.be.true;
    expect(new FormData(form).has('hoTen')).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await aTimeout(0);
    await el.updateComplete;
    expect(input(el).disabled).to.be.false;
    expect(new FormData(form).get('hoTen')).to.equal('A');
  });

  it('fits 320px and 200% text size', async () => {
    await expectFitsSmallScreen<McTextField>(
      html`<mc-text-field label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" hint="Ghi rõ họ, chữ đệm và tên theo giấy tờ tuỳ thân" required></mc-text-field>`,
      (el) => {
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        expect(input(el).getBoundingClientRect().height).to.be.at.least(44);
      },
    );
  });

  it('follows lang="en" on an ancestor and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-text-field label="Phone" required></mc-text-field></div>`);
    const el = wrap.querySelector('mc-text-field')!;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('(required)');
    el.checkValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Please fill in this field.');
    el.messages = { 'form.valueMissing': 'Phone number, please.' };
    await el.updateComplete;
    await el.updateComplete;
    expect(errorText(el)).to.contain('Phone number, please.');
  });
});
