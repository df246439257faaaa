import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { applySteps, examples } from '../src/stepper/stepper.examples.js';
import type { McStepper } from '../src/stepper/stepper.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/stepper/define.js';
import { describeAccessibility, describeSmallScreens, expectNoTabStop, part, shadow, switchLang } from './support/checks.js';

const steps = (el: Element): HTMLLIElement[] => [...shadow(el).querySelectorAll('li')];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const findStepper = (el: Element): McStepper => (el.localName === 'mc-stepper' ? el : el.querySelector('mc-stepper')) as McStepper;

describe('mc-stepper', () => {
  describeAccessibility(examples);

  describe('steps', () => {
    it('renders an ordered list with the current step marked and a "Bước 2/5: …" line', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper label="Các bước" .steps=${applySteps} current="1"></mc-stepper>`);
      const ol = shadow(el).querySelector('ol') as HTMLOListElement;
      expect(ol.getAttribute('aria-label')).to.equal('Các bước');
      expect(steps(el).length).to.equal(5);
      expect(text(part(el, 'summary'))).to.equal('Bước 2/5: Nộp hồ sơ');
      const current = steps(el).filter((li) => li.getAttribute('aria-current') === 'step');
      expect(current.length).to.equal(1);
      expect(text(current[0]?.querySelector('[part="label"]'))).to.equal('Nộp hồ sơ Đang thực hiện');
    });

    it('says each step’s state in text', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper .steps=${applySteps} current="2"></mc-stepper>`);
      expect(steps(el).map((li) => text(li.querySelector('.visually-hidden')))).to.deep.equal([
        'Đã xong',
        'Đã xong',
        'Đang thực hiện',
        'Chưa thực hiện',
        'Chưa thực hiện',
      ]);
      expect(steps(el).map((li) => li.getAttribute('part'))).to.deep.equal([
        'step step-done',
        'step step-done',
        'step step-current',
        'step step-upcoming',
        'step step-upcoming',
      ]);
      expect(steps(el)[0]?.querySelector('[part="marker"]')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says when every step is done, and clamps out-of-range values', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper .steps=${applySteps} current="5"></mc-stepper>`);
      expect(text(part(el, 'summary'))).to.equal('Đã hoàn thành cả 5 bước');
      expect(steps(el).some((li) => li.hasAttribute('aria-current'))).to.be.false;
      el.current = 99;
      await el.updateComplete;
      expect(text(part(el, 'summary'))).to.equal('Đã hoàn thành cả 5 bước');
      el.current = -3;
      await el.updateComplete;
      expect(text(part(el, 'summary'))).to.equal('Bước 1/5: Chọn thủ tục');
    });

    it('reads steps from a JSON attribute and follows current changes', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper steps='[{"label":"A"},{"label":"B"},{"label":"C"}]' current="0"></mc-stepper>`);
      expect(text(part(el, 'summary'))).to.equal('Bước 1/3: A');
      el.setAttribute('current', '2');
      await el.updateComplete;
      expect(text(part(el, 'summary'))).to.equal('Bước 3/3: C');
      expect(steps(el)[2]?.getAttribute('aria-current')).to.equal('step');
    });

    it('runs across on wide containers and down on narrow ones', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 48rem"><mc-stepper .steps=${applySteps} current="1"></mc-stepper></div>`);
      const el = findStepper(wrapper);
      const [a, b] = steps(el);
      expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
      wrapper.style.width = '20rem';
      await aTimeout(50);
      expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().top);
    });

    it('renders nothing without steps', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper></mc-stepper>`);
      expect(shadow(el).querySelector('ol')).to.equal(null);
    });
  });

  describe('bar', () => {
    it('is a progressbar with values, named by the label attribute', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper variant="bar" current="3" total="5" label="3 trên 5 đã sẵn sàng"></mc-stepper>`);
      const bar = shadow(el).querySelector('[role="progressbar"]') as HTMLElement;
      expect(bar).to.equal(part(el, 'track'));
      expect(bar.getAttribute('aria-valuenow')).to.equal('3');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('5');
      expect(bar.getAttribute('aria-valuetext')).to.equal('3 trên 5');
      const labelledBy = shadow(el).getElementById(bar.getAttribute('aria-labelledby') ?? '');
      expect(text(labelledBy)).to.equal('3 trên 5 đã sẵn sàng');
      const indicator = part(el, 'indicator') as HTMLElement;
      const ratio = indicator.getBoundingClientRect().width / bar.clientWidth;
      expect(ratio).to.be.closeTo(0.6, 0.02);
    });

    it('takes its maximum from steps and has a default label', async () => {
      const el = await fixture<McStepper>(html`<mc-stepper variant="bar" .steps=${applySteps} current="2"></mc-stepper>`);
      const bar = part(el, 'track') as HTMLElement;
      expect(bar.getAttribute('aria-valuemax')).to.equal('5');
      expect(text(part(el, 'bar-label'))).to.equal('Đã xong 2/5');
    });

    it('warns about an unknown variant and falls back to steps', async () => {
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McStepper>(html`<mc-stepper variant="circle" .steps=${applySteps}></mc-stepper>`);
        expect(shadow(el).querySelector('ol')).to.exist;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('variant="circle"').and.include('steps, bar');
    });

    it('does not animate the bar for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<McStepper>(html`<mc-stepper variant="bar" current="1" total="4"></mc-stepper>`);
        const style = getComputedStyle(part(el, 'indicator') as HTMLElement);
        expect(style.transitionProperty === 'none' || parseFloat(style.transitionDuration) < 0.001).to.be.true;
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('keyboard', () => {
    it('adds no tab stops', async () => {
      await expectNoTabStop(html`<mc-stepper .steps=${applySteps} current="1"></mc-stepper>
        <mc-stepper variant="bar" current="1" total="3"></mc-stepper>`);
    });
  });

  describeSmallScreens<McStepper>(examples, {
    tag: 'mc-stepper',
    settle: async (el) => {
      await el.updateComplete;
      await aTimeout(0);
    },
    check: (el) => {
      for (const label of shadow(el).querySelectorAll('[part="label"], [part="summary"], [part="bar-label"]')) {
        expect(label.getBoundingClientRect().right).to.be.at.most(320.5);
      }
    },
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en">
        <mc-stepper .steps=${[{ label: 'Fill in' }, { label: 'Pay' }, { label: 'Confirm' }]} current="1"></mc-stepper>
      </div>`);
      const el = findStepper(wrapper);
      expect(text(part(el, 'summary'))).to.equal('Step 2 of 3: Pay');
      expect(text(steps(el)[0]?.querySelector('.visually-hidden'))).to.equal('Done');
      await switchLang(wrapper, 'vi', el);
      expect(text(part(el, 'summary'))).to.equal('Bước 2/3: Pay');
    });

    it('takes a per-instance override from messages', async () => {
      const el = await fixture<McStepper>(
        html`<mc-stepper messages='{"stepper.summary":"Bạn đang ở bước {step} trên {total}: {label}"}' .steps=${applySteps} current="0"></mc-stepper>`,
      );
      expect(text(part(el, 'summary'))).to.equal('Bạn đang ở bước 1 trên 5: Chọn thủ tục');
      expect(text(steps(el)[1]?.querySelector('.visually-hidden'))).to.equal('Chưa thực hiện');
    });
  });
});
