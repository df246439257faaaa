import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/card/card.examples.js';
import type { McCard } from '../src/card/card.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/card/define.js';
import { describeAccessibility, describeSmallScreens, expectNoTabStop, part, shadow } from './support/checks.js';

const isShown = (node: Element | null): boolean => Boolean(node) && getComputedStyle(node as Element).display !== 'none';

describe('mc-card', () => {
  describeAccessibility(examples);

  describe('rendering', () => {
    it('renders the heading as <h3> by default, with body and footer', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Đăng ký khai sinh"><p>Nội dung</p><span slot="footer">Chân</span></mc-card>`);
      const heading = part(el, 'heading');
      expect(heading?.tagName).to.equal('H3');
      expect(heading?.textContent?.trim()).to.equal('Đăng ký khai sinh');
      expect(isShown(part(el, 'body'))).to.be.true;
      expect(isShown(part(el, 'footer'))).to.be.true;
      expect(part(el, 'link')).to.equal(null);
    });

    it('follows heading-level 2–6 and clamps other values with a dev warning', async () => {
      for (const level of [2, 3, 4, 5, 6]) {
        const el = await fixture<McCard>(html`<mc-card heading="T" heading-level=${level}></mc-card>`);
        expect(part(el, 'heading')?.tagName).to.equal(`H${level}`);
      }
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McCard>(html`<mc-card heading="T" heading-level="9"></mc-card>`);
        expect(part(el, 'heading')?.tagName).to.equal('H6');
      } finally {
        console.warn = original;
      }
      expect(warnings.some((w) => w.includes('heading-level'))).to.be.true;
    });

    it('hides the footer and body wrappers when empty, and shows them when content arrives', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="T"></mc-card>`);
      expect(isShown(part(el, 'footer'))).to.be.false;
      expect(isShown(part(el, 'body'))).to.be.false;
      const footer = document.createElement('span');
      footer.slot = 'footer';
      footer.textContent = 'Chân thẻ';
      el.append(footer, document.createTextNode('Nội dung'));
      await aTimeout(0);
      await el.updateComplete;
      expect(isShown(part(el, 'footer'))).to.be.true;
      expect(isShown(part(el, 'body'))).to.be.true;
    });

    it('takes the heading from the heading slot', async () => {
      const el = await fixture<McCard>(html`<mc-card href="#x"><span slot="heading">Hồ sơ 0001</span></mc-card>`);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link).to.exist;
      const slot = link.querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedNodes()[0]?.textContent).to.equal('Hồ sơ 0001');
    });

    it('renders the variants and warns on an unknown one', async () => {
      for (const variant of ['default', 'outlined', 'subtle']) {
        const el = await fixture<McCard>(html`<mc-card heading="T" variant=${variant}></mc-card>`);
        expect(part(el, 'base')?.classList.contains(variant)).to.be.true;
      }
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McCard>(html`<mc-card heading="T" variant="fancy"></mc-card>`);
        expect(part(el, 'base')?.classList.contains('default')).to.be.true;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('variant="fancy"').and.include('default, outlined, subtle');
    });

    it('with href, has exactly one link, inside the heading, named by the heading', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Cấp bản sao trích lục" href="#trich-luc"><p>Mô tả</p></mc-card>`);
      const links = shadow(el).querySelectorAll('a');
      expect(links.length).to.equal(1);
      const link = links[0] as HTMLAnchorElement;
      expect(link.closest('h3')).to.exist;
      expect(link.getAttribute('href')).to.equal('#trich-luc');
      expect(link.textContent?.trim()).to.equal('Cấp bản sao trích lục');
    });

    it('makes the whole card clickable (stretched link) but keeps footer controls on top', async () => {
      const el = await fixture<McCard>(html`<div style="width: 400px">
        <mc-card heading="Thủ tục" href="#stretched">
          <p>Một đoạn mô tả khá dài để có chỗ bấm vào thân thẻ.</p>
          <button slot="footer" type="button">Lưu</button>
        </mc-card>
      </div>`);
      const card = el.querySelector('mc-card') as McCard;
      const body = part(card, 'body') as HTMLElement;
      const r = body.getBoundingClientRect();
      const hit = shadow(card).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit?.tagName).to.equal('A');
      const button = card.querySelector('button') as HTMLButtonElement;
      const b = button.getBoundingClientRect();
      expect(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)).to.equal(button);
    });
  });

  describe('keyboard', () => {
    it('a link card is one tab stop and Enter follows the link', async () => {
      const el = await fixture<HTMLElement>(html`<div>
        <button id="before" type="button">Trước</button>
        <mc-card heading="Khai sinh" href="#card-keyboard"><p>Mô tả</p></mc-card>
        <button id="after" type="button">Sau</button>
      </div>`);
      const card = el.querySelector('mc-card') as McCard;
      (el.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(card);
      expect(shadow(card).activeElement).to.equal(part(card, 'link'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(card).activeElement).to.equal(part(card, 'link'));
      history.replaceState(null, '', location.pathname + location.search);
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(location.hash).to.equal('#card-keyboard');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('a card without href has no tab stop', async () => {
      await expectNoTabStop(html`<mc-card heading="Khai sinh"><p>Mô tả</p></mc-card>`);
    });
  });

  describeSmallScreens<McCard>(examples, {
    tag: 'mc-card',
    check: (card) => {
      const base = part(card, 'base') as HTMLElement;
      expect(base.scrollHeight).to.be.at.most(base.clientHeight + 2);
      const heading = part(card, 'heading');
      if (heading) expect(heading.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right);
    },
  });
});
