import { expect, fixture, html } from '@open-wc/testing';
import { examples } from '../src/badge/badge.examples.js';
import type { McBadge } from '../src/badge/badge.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/badge/define.js';
import { describeAccessibility, describeSmallScreens, expectNoTabStop, part } from './support/checks.js';

const isShown = (node: Element | null): boolean => Boolean(node) && getComputedStyle(node as Element).display !== 'none';

describe('mc-badge', () => {
  describeAccessibility(examples);

  describe('rendering', () => {
    it('shows its text, neutral by default, with no dot or icon', async () => {
      const el = await fixture<McBadge>(html`<mc-badge>Nháp</mc-badge>`);
      expect(el.status).to.equal('neutral');
      expect(part(el, 'badge')?.classList.contains('neutral')).to.be.true;
      expect(el.textContent).to.equal('Nháp');
      expect(isShown(part(el, 'dot'))).to.be.false;
      expect(isShown(part(el, 'icon'))).to.be.false;
    });

    it('renders each status with a distinct colour and keeps the text', async () => {
      const colours = new Set<string>();
      for (const status of ['neutral', 'info', 'success', 'warning', 'danger']) {
        const el = await fixture<McBadge>(html`<div style="--mc-color-info-subtle: #e0f0ff; --mc-color-success-subtle: #e0ffe0; --mc-color-warning-subtle: #fff3d0; --mc-color-danger-subtle: #ffe0e0; --mc-color-surface-alt: #f0f0f0">
          <mc-badge status=${status}>Trạng thái</mc-badge>
        </div>`);
        const badge = el.querySelector('mc-badge') as McBadge;
        const box = part(badge, 'badge') as HTMLElement;
        expect(box.classList.contains(status)).to.be.true;
        colours.add(getComputedStyle(box).backgroundColor);
      }
      expect(colours.size).to.equal(5);
    });

    it('shows a decorative dot, hidden from assistive technology', async () => {
      const el = await fixture<McBadge>(html`<mc-badge status="success" dot>Đúng hạn</mc-badge>`);
      const dot = part(el, 'dot');
      expect(isShown(dot)).to.be.true;
      expect(dot?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a slotted icon, hidden from assistive technology', async () => {
      const el = await fixture<McBadge>(html`<mc-badge status="danger"><svg slot="icon" viewBox="0 0 1 1"></svg>Quá hạn</mc-badge>`);
      const icon = part(el, 'icon');
      expect(isShown(icon)).to.be.true;
      expect(icon?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('falls back to neutral and warns on an unknown status', async () => {
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McBadge>(html`<mc-badge status="red">Đỏ</mc-badge>`);
        expect(part(el, 'badge')?.classList.contains('neutral')).to.be.true;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('status="red"').and.include('neutral, info, success, warning, danger');
    });

    it('reflects status and dot', async () => {
      const el = await fixture<McBadge>(html`<mc-badge>Nháp</mc-badge>`);
      el.status = 'warning';
      el.dot = true;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('warning');
      expect(el.hasAttribute('dot')).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('is not a tab stop', async () => {
      await expectNoTabStop(html`<mc-badge status="info">Một phần</mc-badge>`);
    });
  });

  describeSmallScreens<McBadge>(examples, {
    tag: 'mc-badge',
    check: (badge) => expect(badge.getBoundingClientRect().right).to.be.at.most(320),
  });

  describe('language', () => {
    it('has no strings of its own: the text is the page’s, in any language', async () => {
      const el = await fixture<HTMLElement>(html`<div lang="en"><mc-badge status="success">Fully online</mc-badge></div>`);
      const badge = el.querySelector('mc-badge') as McBadge;
      expect(badge.locale).to.equal('en');
      expect((badge.shadowRoot as ShadowRoot).textContent?.trim()).to.equal('');
    });
  });
});
