import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/empty-state/empty-state.examples.js';
import type { McEmptyState } from '../src/empty-state/empty-state.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/empty-state/define.js';
import { describeAccessibility, describeSmallScreens, part } from './support/checks.js';

const isShown = (node: Element | null): boolean => Boolean(node) && getComputedStyle(node as Element).display !== 'none';
const findEmpty = (el: Element): McEmptyState => (el.localName === 'mc-empty-state' ? el : el.querySelector('mc-empty-state')) as McEmptyState;

describe('mc-empty-state', () => {
  describeAccessibility(examples);

  describe('rendering', () => {
    it('renders an <h2> heading and the body; no illustration or actions by default', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state heading="Bạn chưa có hồ sơ nào"><p>Nội dung</p></mc-empty-state>`);
      const heading = part(el, 'heading');
      expect(heading?.tagName).to.equal('H2');
      expect(heading?.textContent?.trim()).to.equal('Bạn chưa có hồ sơ nào');
      expect(isShown(part(el, 'illustration'))).to.be.false;
      expect(isShown(part(el, 'actions'))).to.be.false;
      expect(isShown(part(el, 'body'))).to.be.true;
    });

    it('follows heading-level and clamps bad values with a dev warning', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state heading="T" heading-level="4"></mc-empty-state>`);
      expect(part(el, 'heading')?.tagName).to.equal('H4');
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el2 = await fixture<McEmptyState>(html`<mc-empty-state heading="T" heading-level="1"></mc-empty-state>`);
        expect(part(el2, 'heading')?.tagName).to.equal('H2');
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('heading-level="1"');
    });

    it('shows a built-in illustration, decorative and hidden from assistive technology', async () => {
      for (const name of ['search', 'documents', 'inbox']) {
        const el = await fixture<McEmptyState>(html`<mc-empty-state heading="T" illustration=${name}></mc-empty-state>`);
        const art = part(el, 'illustration') as HTMLElement;
        expect(isShown(art)).to.be.true;
        expect(art.getAttribute('aria-hidden')).to.equal('true');
        expect(art.querySelector('svg')).to.exist;
      }
    });

    it('takes custom artwork from the illustration slot, still hidden from assistive technology', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state heading="T"><img slot="illustration" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></mc-empty-state>`);
      const art = part(el, 'illustration') as HTMLElement;
      expect(isShown(art)).to.be.true;
      expect(art.getAttribute('aria-hidden')).to.equal('true');
      expect((art.querySelector('slot') as HTMLSlotElement).assignedElements().length).to.equal(1);
    });

    it('shows the actions when slotted, and when added later', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state heading="T"></mc-empty-state>`);
      expect(isShown(part(el, 'actions'))).to.be.false;
      const button = document.createElement('button');
      button.slot = 'actions';
      button.textContent = 'Nộp hồ sơ mới';
      el.append(button);
      await aTimeout(0);
      await el.updateComplete;
      expect(isShown(part(el, 'actions'))).to.be.true;
    });

    it('warns about an unknown illustration', async () => {
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McEmptyState>(html`<mc-empty-state heading="T" illustration="cat"></mc-empty-state>`);
        expect(isShown(part(el, 'illustration'))).to.be.false;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('illustration="cat"').and.include('none, search, documents, inbox');
    });

    it('takes the heading from the heading slot', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state><span slot="heading">Không có kết quả</span></mc-empty-state>`);
      const slot = part(el, 'heading')?.querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Không có kết quả');
    });
  });

  describe('keyboard', () => {
    it('the actions are reachable with Tab in order and work with Enter', async () => {
      const el = await fixture<McEmptyState>(html`<mc-empty-state heading="Không tìm thấy">
        <button slot="actions" type="button" id="a">Xóa từ khóa</button>
        <button slot="actions" type="button" id="b">Xem tất cả</button>
      </mc-empty-state>`);
      let clicked = '';
      el.addEventListener('click', (e) => (clicked = (e.target as HTMLElement).id));
      (el.querySelector('#a') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('b');
      await sendKeys({ press: 'Enter' });
      expect(clicked).to.equal('b');
    });
  });

  describeSmallScreens<McEmptyState>(examples, {
    tag: 'mc-empty-state',
    check: (el) => {
      const heading = part(el, 'heading') as HTMLElement;
      expect(heading.getBoundingClientRect().right).to.be.at.most(320.5);
      expect(heading.getBoundingClientRect().left).to.be.at.least(-0.5);
    },
  });

  describe('language', () => {
    it('has no strings of its own: follows lang but shows only the page’s text', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-empty-state heading="No applications yet" illustration="inbox"></mc-empty-state></div>`);
      const el = findEmpty(wrapper);
      expect(el.locale).to.equal('en');
      expect(part(el, 'heading')?.textContent?.trim()).to.equal('No applications yet');
    });
  });
});
