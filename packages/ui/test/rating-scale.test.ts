import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { examples } from '../src/rating-scale/rating-scale.examples.js';
import type { McRatingScale } from '../src/rating-scale/rating-scale.js';
import '../src/rating-scale/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility } from './support/checks.js';

const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="option-label"]')].map((l) => l.textContent);
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const tops = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="option"]')].map((o) => Math.round(o.getBoundingClientRect().top));

describe('mc-rating-scale', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('shows five labelled levels by default, visibly, with their numbers', async () => {
    const el = await mount<McRatingScale>(html`<mc-rating-scale label="Mức độ hài lòng"></mc-rating-scale>`);
    expect(radios(el).map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(labels(el)).to.deep.equal(['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng']);
    const label = el.shadowRoot!.querySelector('[part="option-label"]') as HTMLElement;
    expect(label.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Mức độ hài lòng');
  });

  it('takes custom levels (the 0/1/2 criteria)', async () => {
    const el = await mount<McRatingScale>(
      html`<mc-rating-scale label="Tiêu chí 1" .levels=${[{ value: '0', label: 'Không đạt' }, { value: '1', label: 'Đạt một phần' }, { value: '2', label: 'Đạt' }]}></mc-rating-scale>`,
    );
    expect(radios(el).map((r) => r.value)).to.deep.equal(['0', '1', '2']);
    expect(labels(el)).to.deep.equal(['Không đạt', 'Đạt một phần', 'Đạt']);
  });

  it('levels sit in a row when wide and stack vertically under 480px', async () => {
    const el = await mount<McRatingScale>(html`<mc-rating-scale label="Mức độ hài lòng"></mc-rating-scale>`);
    el.style.width = '600px';
    await aTimeout(0);
    expect(new Set(tops(el)).size).to.equal(1);
    el.style.width = '470px';
    await aTimeout(0);
    const stacked = tops(el);
    expect(new Set(stacked).size).to.equal(5);
    expect(stacked).to.deep.equal([...stacked].sort((a, b) => a - b));
  });

  it('arrow keys choose a level and fire mc-change { value, label }', async () => {
    const el = await mount<McRatingScale>(html`<mc-rating-scale label="Mức độ hài lòng" value="3"></mc-rating-scale>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[2]);
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const ev = await oneEvent(document.body, 'mc-change');
    expect(ev.detail).to.deep.equal({ value: '4', label: 'Hài lòng' });
    expect(ev.bubbles && ev.composed).to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal('2');
  });

  it('required shows "Vui lòng chọn một mức" on submit; value submitted; reset restores', async () => {
    const form = await mount<HTMLFormElement>(html`<form><fieldset><mc-rating-scale label="Hài lòng" name="hl" value="" required></mc-rating-scale></fieldset></form>`);
    const el = form.querySelector('mc-rating-scale')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0);
    await el.updateComplete;
    expect(errorText(el)).to.contain('Vui lòng chọn một mức');
    expect(el.validationMessage).to.equal('Vui lòng chọn một mức');
    radios(el)[4]!.click();
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    form.requestSubmit();
    expect(submitted).to.equal(1);
    expect(new FormData(form).get('hl')).to.equal('5');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).has('hl')).to.be.false;
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(radios(el).every((r) => r.disabled)).to.be.true;
  });

  it('fits 320px and 200% text size (stacked)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount<McRatingScale>(html`<mc-rating-scale label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân"></mc-rating-scale>`);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(new Set(tops(el)).size).to.equal(5);
    document.documentElement.style.fontSize = '200%';
    await aTimeout(0);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const o of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="option"]')) expect(o.scrollWidth).to.be.at.most(o.clientWidth + 1);
  });

  it('stacks at 200% text size even on a wide container (30em)', async () => {
    const el = await mount<McRatingScale>(html`<mc-rating-scale label="Hài lòng" style="width: 700px"></mc-rating-scale>`);
    expect(new Set(tops(el)).size).to.equal(1);
    document.documentElement.style.fontSize = '200%';
    await aTimeout(0);
    expect(new Set(tops(el)).size).to.equal(5);
  });

  it('follows lang="en" and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-rating-scale label="Overall" required></mc-rating-scale></div>`);
    const el = wrap.querySelector('mc-rating-scale')!;
    expect(labels(el)[0]).to.equal('Very dissatisfied');
    expect(labels(el)[4]).to.equal('Very satisfied');
    el.checkValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Please choose a level');
    el.messages = { en: { 'rating-scale.level.5': 'Delighted' } };
    await el.updateComplete;
    expect(labels(el)[4]).to.equal('Delighted');
    wrap.setAttribute('lang', 'vi');
    await aTimeout(0);
    await el.updateComplete;
    expect(labels(el)[4]).to.equal('Rất hài lòng');
  });
});
