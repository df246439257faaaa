import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { examples } from '../src/skeleton/skeleton.examples.js';
import type { McSkeleton } from '../src/skeleton/skeleton.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/skeleton/define.js';
import { describeAccessibility, describeSmallScreens, expectNoTabStop, part, shadow, switchLang } from './support/checks.js';

const shapes = (el: Element): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[part~="shape"]')];
const lines = (el: Element): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('.line')];

describe('mc-skeleton', () => {
  describeAccessibility(examples);

  describe('rendering', () => {
    it('is one status region with a visually-hidden "Đang tải…", the shapes hidden', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton></mc-skeleton>`);
      expect(el.getAttribute('role')).to.equal('status');
      const loading = part(el, 'loading') as HTMLElement;
      expect(loading.textContent).to.equal('Đang tải…');
      expect(loading.classList.contains('visually-hidden')).to.be.true;
      expect(loading.getBoundingClientRect().width).to.be.at.most(1);
      expect(part(el, 'base')?.getAttribute('aria-hidden')).to.equal('true');
      expect(lines(el).length).to.equal(3);
    });

    it('decorative: no role and no text, and the role comes back when it is not decorative', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton decorative></mc-skeleton>`);
      expect(el.hasAttribute('role')).to.be.false;
      expect(part(el, 'loading')).to.equal(null);
      el.decorative = false;
      await el.updateComplete;
      expect(el.getAttribute('role')).to.equal('status');
      el.decorative = true;
      await el.updateComplete;
      expect(el.hasAttribute('role')).to.be.false;
    });

    it('keeps a role the page set itself', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton role="progressbar" aria-label="Đang tải danh sách"></mc-skeleton>`);
      expect(el.getAttribute('role')).to.equal('progressbar');
      el.decorative = true;
      await el.updateComplete;
      expect(el.getAttribute('role')).to.equal('progressbar');
    });

    it('renders the requested number of lines, the last one shorter', async () => {
      const el = await fixture<McSkeleton>(html`<div style="width: 400px"><mc-skeleton lines="5"></mc-skeleton></div>`);
      const sk = el.querySelector('mc-skeleton') as McSkeleton;
      const ls = lines(sk);
      expect(ls.length).to.equal(5);
      expect(ls[4]!.getBoundingClientRect().width).to.be.lessThan(ls[0]!.getBoundingClientRect().width);
    });

    it('falls back to 3 lines on a bad value, with a dev warning', async () => {
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McSkeleton>(html`<mc-skeleton lines="nhiều"></mc-skeleton>`);
        expect(lines(el).length).to.equal(3);
        const el2 = await fixture<McSkeleton>(html`<mc-skeleton variant="circle"></mc-skeleton>`);
        expect(part(el2, 'base')?.classList.contains('text')).to.be.true;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('lines="nhiều"').and.include('variant="circle"');
    });

    it('renders block and card shapes', async () => {
      const block = await fixture<McSkeleton>(html`<mc-skeleton variant="block"></mc-skeleton>`);
      expect(shapes(block).length).to.equal(1);
      expect(shapes(block)[0]!.getBoundingClientRect().height).to.be.at.least(100);
      const card = await fixture<McSkeleton>(html`<mc-skeleton variant="card" lines="2"></mc-skeleton>`);
      expect(shapes(card).length).to.equal(4); // title, 2 lines, footer
    });

    it('reserves the given height so content does not shift the page', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton variant="block" height="12rem"></mc-skeleton>`);
      const px = 12 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(el.getBoundingClientRect().height).to.be.closeTo(px, 1);
      expect(shapes(el)[0]!.getBoundingClientRect().height).to.be.closeTo(px, 1);
      const text = await fixture<McSkeleton>(html`<mc-skeleton lines="1" height="10rem"></mc-skeleton>`);
      expect(text.getBoundingClientRect().height).to.be.closeTo(10 * parseFloat(getComputedStyle(document.documentElement).fontSize), 1);
    });

    it('ignores a height that is not a CSS length', async () => {
      resetDevWarnings();
      const original = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McSkeleton>(html`<mc-skeleton height="cao"></mc-skeleton>`);
        expect((part(el, 'base') as HTMLElement).style.minHeight).to.equal('');
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('height="cao"');
    });

    it('shimmers, except for people who ask for reduced motion', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton></mc-skeleton>`);
      expect(getComputedStyle(shapes(el)[0]!).animationName).to.equal('shimmer');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await aTimeout(0);
        expect(getComputedStyle(shapes(el)[0]!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('keyboard', () => {
    it('adds no tab stops', async () => {
      await expectNoTabStop(html`<mc-skeleton variant="card"></mc-skeleton>`);
    });
  });

  describeSmallScreens<McSkeleton>(examples, {
    tag: 'mc-skeleton',
    check: (el) => {
      const base = part(el, 'base') as HTMLElement;
      // reserved height is a minimum: bigger text grows the box instead of spilling out
      expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
    },
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-skeleton></mc-skeleton></div>`);
      const el = wrapper.querySelector('mc-skeleton') as McSkeleton;
      expect(part(el, 'loading')?.textContent).to.equal('Loading…');
      await switchLang(wrapper, 'vi', el);
      expect(part(el, 'loading')?.textContent).to.equal('Đang tải…');
    });

    it('takes a per-instance override from messages', async () => {
      const el = await fixture<McSkeleton>(html`<mc-skeleton messages='{"common.loading":"Đang tải danh sách hồ sơ…"}'></mc-skeleton>`);
      expect(part(el, 'loading')?.textContent).to.equal('Đang tải danh sách hồ sơ…');
    });
  });
});
