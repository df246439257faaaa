import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { examples, procedures } from '../src/search-field/search-field.examples.js';
import type { McSearchField } from '../src/search-field/search-field.js';
import '../src/search-field/define.js';
import { mount, resetViewportAndTextSize } from './support/mount.js';
import { describeAccessibility } from './support/checks.js';

const input = (el: Element) => el.shadowRoot!.querySelector('input')!;
const listbox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const activeId = (el: Element) => input(el).getAttribute('aria-activedescendant');

/** A field whose page answers every mc-input with the matching procedures, like a widget would. */
async function searchField(value = ''): Promise<McSearchField> {
  const el = await mount<McSearchField>(html`<mc-search-field label="Tìm thủ tục" value=${value}></mc-search-field>`);
  el.addEventListener('mc-input', (e) => {
    const q = (e as CustomEvent<{ value: string }>).detail.value.toLowerCase();
    el.suggestions = q ? procedures.filter((p) => p.label.toLowerCase().includes(q)) : [];
  });
  return el;
}

describe('mc-search-field', () => {
  afterEach(resetViewportAndTextSize);

  describeAccessibility(examples, { mount });

  it('open suggestions are accessible', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'khai' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(listbox(el).hidden).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('renders an ARIA 1.2 combobox with a visible label', async () => {
    const el = await searchField();
    const i = input(el);
    expect(i.getAttribute('role')).to.equal('combobox');
    expect(i.getAttribute('aria-expanded')).to.equal('false');
    expect(i.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(i.getAttribute('aria-autocomplete')).to.equal('list');
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(i.id);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('Tìm thủ tục');
    expect(listbox(el).getAttribute('aria-labelledby')).to.equal('label');
    expect(listbox(el).hidden).to.be.true;
  });

  it('typing fires mc-input per key, opens the list and announces the count', async () => {
    const el = await searchField();
    const values: string[] = [];
    el.addEventListener('mc-input', (e) => values.push((e as CustomEvent<{ value: string }>).detail.value));
    el.focus();
    await sendKeys({ type: 'kết' });
    await el.updateComplete;
    expect(values).to.deep.equal(['k', 'kế', 'kết']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).map((o) => o.textContent!.trim().split('\n')[0])).to.deep.equal(['Đăng ký kết hôn']);
    expect(status(el)).to.equal('1 gợi ý');
    expect(activeId(el)).to.be.null;
  });

  it('ArrowDown/ArrowUp move the active option with wrapping; Home/End go back to the text', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'khai' });
    await el.updateComplete;
    expect(options(el)).to.have.length(3);
    expect(status(el)).to.equal('3 gợi ý');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-2');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeId(el)).to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(el)).to.equal('option-2');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeId(el)).to.be.null;
    expect(input(el).selectionStart).to.equal(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    expect(activeId(el)).to.equal('option-2');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeId(el)).to.be.null;
    expect(input(el).selectionStart).to.equal(4);
  });

  it('ArrowDown on a closed list opens it on the first suggestion; Escape closes, then clears', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'khai' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal('khai');
    expect(status(el)).to.equal('');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeId(el)).to.equal('option-0');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
  });

  it('Enter on an active option fires mc-suggestion-select and fills the box', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'khai' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(document.body, 'mc-suggestion-select');
    expect(ev.detail).to.deep.equal({ value: '1.000656', label: 'Đăng ký khai tử' });
    expect(ev.composed).to.be.true;
    await el.updateComplete;
    expect(el.value).to.equal('Đăng ký khai tử');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Enter without an active option fires mc-search { query }', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: ' khai sinh ' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'mc-search');
    expect(ev.detail).to.deep.equal({ query: 'khai sinh' });
    expect(ev.bubbles && ev.composed).to.be.true;
  });

  it('inside a form, mc-search is followed by a submission unless cancelled', async () => {
    const form = await mount<HTMLFormElement>(html`<form><mc-search-field label="Tìm" name="q" value="khai sinh"></mc-search-field></form>`);
    const el = form.querySelector('mc-search-field')!;
    const data: Array<string | null> = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data.push(new FormData(form).get('q') as string | null);
    });
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(data).to.deep.equal(['khai sinh']);
    el.addEventListener('mc-search', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    expect(data).to.have.length(1);
  });

  it('the search button fires mc-search and a click on a suggestion selects it', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'kết' });
    await el.updateComplete;
    setTimeout(() => options(el)[0]!.click());
    const picked = await oneEvent(el, 'mc-suggestion-select');
    expect(picked.detail.label).to.equal('Đăng ký kết hôn');
    const btn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="search-button"]')!;
    expect(btn.textContent!.trim()).to.equal('Tìm kiếm');
    setTimeout(() => btn.click());
    const searched = await oneEvent(el, 'mc-search');
    expect(searched.detail.query).to.equal('Đăng ký kết hôn');
  });

  it('the clear button empties the box, fires mc-input and returns focus', async () => {
    const el = await searchField('khai sinh');
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    expect(clear.getAttribute('aria-label')).to.equal('Xoá nội dung tìm kiếm');
    setTimeout(() => clear.click());
    const ev = await oneEvent(el, 'mc-input');
    expect(ev.detail).to.deep.equal({ value: '' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(el.shadowRoot!.querySelector('[part="clear-button"]')).to.be.null;
  });

  it('closes the list when focus leaves', async () => {
    const el = await searchField();
    const after = document.createElement('button');
    after.textContent = 'sau';
    el.after(after);
    el.focus();
    await sendKeys({ type: 'khai' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    after.focus();
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    after.remove();
  });

  it('announces "Không có gợi ý" when nothing matches', async () => {
    const el = await searchField();
    el.focus();
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(status(el)).to.equal('Không có gợi ý');
  });

  it('is form-associated: submits its text under name, required, reset, fieldset', async () => {
    const form = await mount<HTMLFormElement>(html`<form><fieldset><mc-search-field label="Tìm" name="q" value="khai" required></mc-search-field></fieldset></form>`);
    const el = form.querySelector('mc-search-field')!;
    expect(new FormData(form).get('q')).to.equal('khai');
    el.value = '';
    await el.updateComplete;
    expect(el.checkValidity()).to.be.false;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('khai');
    form.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(input(el).disabled).to.be.true;
  });

  it('fits 320px and 200% text size', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount<McSearchField>(
      html`<mc-search-field label="Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân" value="Đăng ký khai sinh cho người đã có hồ sơ" .suggestions=${procedures}></mc-search-field>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    document.documentElement.style.fontSize = '200%';
    await aTimeout(0);
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(listbox(el).getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const field = el.shadowRoot!.querySelector('[part="field"]')!;
    expect(field.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('follows lang="en" and a messages override', async () => {
    const wrap = await mount(html`<div lang="en"><mc-search-field value="birth" .suggestions=${procedures.slice(0, 2)}></mc-search-field></div>`);
    const el = wrap.querySelector('mc-search-field')!;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Search');
    expect(el.shadowRoot!.querySelector('[part="clear-button"]')!.getAttribute('aria-label')).to.equal('Clear search');
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(status(el)).to.equal('2 suggestions');
    el.messages = { en: { 'search-field.label': 'Find a service' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Find a service');
  });
});
