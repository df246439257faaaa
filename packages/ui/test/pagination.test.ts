import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { examples } from '../src/pagination/pagination.examples.js';
import { type McPagination, pageItems } from '../src/pagination/pagination.js';
import '../src/pagination/define.js';
import { describeAccessibility, describeSmallScreens, part, shadow, switchLang } from './support/checks.js';

const pages = (el: Element): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[part~="page"]')];
const pageNumbers = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('li')].map((li) => (li.querySelector('[part~="page"]') ? li.textContent!.trim() : li.getAttribute('part') === 'ellipsis' ? '…' : '')).filter(Boolean);
const findPagination = (el: Element): McPagination => (el.localName === 'mc-pagination' ? el : el.querySelector('mc-pagination')) as McPagination;
/** Lets a resize reach the element: layout → ResizeObserver → next frame → measure → render. */
const settle = async (el: McPagination): Promise<void> => {
  for (let i = 0; i < 4; i++) await nextFrame();
  await el.updateComplete;
};

describe('mc-pagination', () => {
  describeAccessibility(examples, { settle: (root) => settle(findPagination(root)) });

  describe('pageItems', () => {
    it('shows first, last, the current page’s neighbours and gaps', () => {
      expect(pageItems(10, 20, 1)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
      expect(pageItems(1, 20, 1)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
      expect(pageItems(20, 20, 1)).to.deep.equal([1, 'gap', 16, 17, 18, 19, 20]);
      expect(pageItems(10, 20, 0)).to.deep.equal([1, 'gap', 10, 'gap', 20]);
      expect(pageItems(3, 5, 1)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(pageItems(2, 3, 0)).to.deep.equal([1, 2, 3]);
      expect(pageItems(1, 1)).to.deep.equal([1]);
      expect(pageItems(1, 0)).to.deep.equal([]);
    });

    it('never hides a single page behind a gap and keeps a constant number of slots', () => {
      for (let n = 1; n <= 30; n++) {
        for (const s of [0, 1, 2]) {
          for (let p = 1; p <= n; p++) {
            const items = pageItems(p, n, s);
            expect(items.length).to.be.at.most(2 * s + 5);
            if (n >= 2 * s + 5) expect(items.length, `${p}/${n} s=${s}`).to.equal(2 * s + 5);
            expect(items).to.include(p).and.include(1).and.include(n);
            items.forEach((item, i) => {
              if (item === 'gap') expect((items[i + 1] as number) - (items[i - 1] as number)).to.be.at.least(3);
              else if (i > 0 && items[i - 1] !== 'gap') expect(item).to.equal((items[i - 1] as number) + 1);
            });
          }
        }
      }
    });
  });

  describe('rendering', () => {
    it('is a nav landmark named "Phân trang" with previous/next buttons and page buttons', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="1" total-pages="5"></mc-pagination>`);
      const nav = shadow(el).querySelector('nav') as HTMLElement;
      expect(nav.getAttribute('aria-label')).to.equal('Phân trang');
      expect(shadow(el).querySelectorAll('a').length).to.equal(0);
      expect(part(el, 'previous')?.tagName).to.equal('BUTTON');
      expect(part(el, 'previous')?.textContent?.trim()).to.equal('Trang trước');
      expect(part(el, 'next')?.textContent?.trim()).to.equal('Trang sau');
      expect(pageNumbers(el)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(pages(el)[1]?.getAttribute('aria-label')).to.equal('Trang 2');
    });

    it('marks the current page and disables previous on the first and next on the last page', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="1" total-pages="5"></mc-pagination>`);
      const current = shadow(el).querySelectorAll('[aria-current="page"]');
      expect(current.length).to.equal(1);
      expect(current[0]?.textContent?.trim()).to.equal('1');
      expect(current[0]?.getAttribute('part')).to.equal('page current');
      expect(part(el, 'previous')?.getAttribute('aria-disabled')).to.equal('true');
      expect(part(el, 'next')?.hasAttribute('aria-disabled')).to.be.false;
      el.page = 5;
      await el.updateComplete;
      expect(part(el, 'previous')?.hasAttribute('aria-disabled')).to.be.false;
      expect(part(el, 'next')?.getAttribute('aria-disabled')).to.equal('true');
    });

    it('collapses many pages with ellipses hidden from assistive technology', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="10" total-pages="20"></mc-pagination>`);
      await settle(el);
      expect(pageNumbers(el)).to.deep.equal(['1', '…', '9', '10', '11', '…', '20']);
      for (const gap of shadow(el).querySelectorAll('[part="ellipsis"]')) expect(gap.getAttribute('aria-hidden')).to.equal('true');
    });

    it('computes the page count from total and page-size, and clamps page', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="99" total="237" page-size="10"></mc-pagination>`);
      expect(el.pageCount).to.equal(24);
      expect(el.currentPage).to.equal(24);
      expect(shadow(el).querySelector('[aria-current="page"]')?.textContent?.trim()).to.equal('24');
    });

    it('renders nothing for a single page', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination total-pages="1"></mc-pagination>`);
      expect(shadow(el).querySelector('nav')).to.equal(null);
    });

    it('renders links from href-template', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="4" total-pages="12" href-template="?trang={page}&q=x"></mc-pagination>`);
      expect(shadow(el).querySelectorAll('button').length).to.equal(0);
      expect(part(el, 'previous')?.getAttribute('href')).to.equal('?trang=3&q=x');
      expect(part(el, 'previous')?.getAttribute('rel')).to.equal('prev');
      expect(part(el, 'next')?.getAttribute('href')).to.equal('?trang=5&q=x');
      const current = shadow(el).querySelector('a[aria-current="page"]');
      expect(current?.getAttribute('href')).to.equal('?trang=4&q=x');
      el.page = 1;
      await el.updateComplete;
      expect(part(el, 'previous')?.hasAttribute('href')).to.be.false;
      expect(part(el, 'previous')?.getAttribute('aria-disabled')).to.equal('true');
    });

    it('shows fewer page numbers at 320 px', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="10" total-pages="20"></mc-pagination>`);
      await settle(el);
      const wide = pages(el).length;
      await setViewport({ width: 320, height: 640 });
      try {
        await settle(el);
        expect(pages(el).length).to.be.lessThan(wide);
        expect(pageNumbers(el)).to.deep.equal(['1', '…', '10', '…', '20']);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows fewer page numbers at 200% text, in a wide window too', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="10" total-pages="20"></mc-pagination>`);
      await settle(el);
      expect(pageNumbers(el)).to.deep.equal(['1', '…', '9', '10', '11', '…', '20']);
      document.documentElement.style.fontSize = '200%';
      try {
        await settle(el);
        expect(pageNumbers(el)).to.deep.equal(['1', '…', '10', '…', '20']);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses a custom landmark name from label', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination label="Phân trang kết quả" total-pages="3"></mc-pagination>`);
      expect(shadow(el).querySelector('nav')?.getAttribute('aria-label')).to.equal('Phân trang kết quả');
    });
  });

  describe('keyboard and events', () => {
    it('Tab reaches the controls; Enter on next fires mc-page-change and keeps focus on next', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before" type="button">Trước</button>
        <mc-pagination page="1" total-pages="5"></mc-pagination>
      </div>`);
      const el = findPagination(wrapper);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' }); // previous (aria-disabled, still focusable)
      expect(shadow(el).activeElement).to.equal(part(el, 'previous'));
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' }); // 5 pages, then next
      expect(shadow(el).activeElement).to.equal(part(el, 'next'));
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(wrapper, 'mc-page-change')) as CustomEvent<{ page: number }>;
      expect(event.detail).to.deep.equal({ page: 2 });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      await el.updateComplete;
      expect(el.page).to.equal(2);
      expect(el.getAttribute('page')).to.equal('2');
      expect(shadow(el).activeElement).to.equal(part(el, 'next'));
    });

    it('Enter on a page number selects it and focus follows the current page', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="10" total-pages="20"></mc-pagination>`);
      await settle(el);
      const eleven = pages(el).find((b) => b.textContent?.trim() === '11') as HTMLButtonElement;
      eleven.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'mc-page-change')) as CustomEvent<{ page: number }>;
      expect(event.detail.page).to.equal(11);
      await el.updateComplete;
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.getAttribute('aria-current')).to.equal('page');
      expect(focused.textContent?.trim()).to.equal('11');
    });

    it('Space on previous goes back', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="3" total-pages="5"></mc-pagination>`);
      (part(el, 'previous') as HTMLButtonElement).focus();
      setTimeout(() => void sendKeys({ press: 'Space' }));
      const event = (await oneEvent(el, 'mc-page-change')) as CustomEvent<{ page: number }>;
      expect(event.detail.page).to.equal(2);
    });

    it('does nothing on a disabled control or the current page', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="1" total-pages="5"></mc-pagination>`);
      let fired = 0;
      el.addEventListener('mc-page-change', () => fired++);
      (part(el, 'previous') as HTMLButtonElement).click();
      (shadow(el).querySelector('[aria-current="page"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.page).to.equal(1);
    });

    it('keeps the page when mc-page-change is cancelled (controlled use)', async () => {
      const el = await fixture<McPagination>(html`<mc-pagination page="1" total-pages="5"></mc-pagination>`);
      el.addEventListener('mc-page-change', (e) => e.preventDefault());
      (part(el, 'next') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.page).to.equal(1);
    });

    it('in link mode, fires mc-page-change on click and a cancel stops the navigation', async () => {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await fixture<McPagination>(html`<mc-pagination page="1" total-pages="3" href-template="#trang-{page}"></mc-pagination>`);
      el.addEventListener('mc-page-change', (e) => e.preventDefault(), { once: true });
      setTimeout(() => (part(el, 'next') as HTMLAnchorElement).click());
      const event = (await oneEvent(document, 'mc-page-change')) as CustomEvent<{ page: number }>;
      expect(event.detail.page).to.equal(2);
      await aTimeout(20);
      expect(location.hash).to.equal('');
      // not cancelled: the link is followed
      (part(el, 'next') as HTMLAnchorElement).focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(location.hash).to.equal('#trang-2');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describeSmallScreens<McPagination>(examples, {
    tag: 'mc-pagination',
    settle,
    check: (el) => {
      for (const control of shadow(el).querySelectorAll('.control')) {
        const r = control.getBoundingClientRect();
        expect(r.right).to.be.at.most(320.5);
        expect(r.width).to.be.at.least(44);
        expect(r.height).to.be.at.least(44);
      }
    },
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-pagination page="2" total-pages="3"></mc-pagination></div>`);
      const el = findPagination(wrapper);
      expect(shadow(el).querySelector('nav')?.getAttribute('aria-label')).to.equal('Pagination');
      expect(part(el, 'previous')?.textContent?.trim()).to.equal('Previous');
      expect(part(el, 'next')?.textContent?.trim()).to.equal('Next');
      expect(pages(el)[0]?.getAttribute('aria-label')).to.equal('Page 1');
      await switchLang(wrapper, 'vi', el);
      expect(shadow(el).querySelector('nav')?.getAttribute('aria-label')).to.equal('Phân trang');
    });

    it('takes a per-instance override from messages', async () => {
      const el = await fixture<McPagination>(
        html`<mc-pagination page="2" total-pages="3" .messages=${{ vi: { 'pagination.next': 'Xem tiếp' } }}></mc-pagination>`,
      );
      expect(part(el, 'next')?.textContent?.trim()).to.equal('Xem tiếp');
      expect(part(el, 'previous')?.textContent?.trim()).to.equal('Trang trước');
    });
  });
});
