import { expect, fixture, html } from '@open-wc/testing';
import { examples, dossierHistory, processControl } from '../src/timeline/timeline.examples.js';
import type { McTimeline, TimelineItem } from '../src/timeline/timeline.js';
import { resetDevWarnings } from '../src/base/dev.js';
import '../src/timeline/define.js';
import { describeAccessibility, describeSmallScreens, expectNoTabStop, shadow, switchLang } from './support/checks.js';

const items = (el: Element): HTMLLIElement[] => [...shadow(el).querySelectorAll('li')];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const findTimeline = (el: Element): McTimeline => (el.localName === 'mc-timeline' ? el : el.querySelector('mc-timeline')) as McTimeline;

describe('mc-timeline', () => {
  describeAccessibility(examples);

  describe('rendering', () => {
    it('renders an ordered list with one item per event, in order', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline label="Quá trình xử lý" .items=${dossierHistory}></mc-timeline>`);
      const ol = shadow(el).querySelector('ol') as HTMLOListElement;
      expect(ol).to.exist;
      expect(ol.getAttribute('aria-label')).to.equal('Quá trình xử lý');
      expect(items(el).map((li) => text(li.querySelector('[part="title"]')))).to.deep.equal([
        'Nộp hồ sơ trực tuyến Đã hoàn thành',
        'Tiếp nhận hồ sơ Đã hoàn thành',
        'Thẩm định hồ sơ Đang thực hiện',
        'Trả kết quả Chưa thực hiện',
      ]);
    });

    it('renders times as <time datetime> in Vietnam time', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline .items=${dossierHistory}></mc-timeline>`);
      const times = [...shadow(el).querySelectorAll('time')];
      expect(times.length).to.equal(3);
      expect(times[0]?.getAttribute('datetime')).to.equal('2026-11-03T07:05:00Z');
      expect(times[0]?.textContent).to.equal('14:05, 03/11/2026');
      expect(times[1]?.textContent).to.equal('09:30, 03/11/2026');
    });

    it('says every state in text: visible tags for current and deadline outcomes, hidden text otherwise', async () => {
      const all: TimelineItem[] = ['done', 'current', 'upcoming', 'late', 'on-time', 'early'].map((state) => ({
        title: `Bước ${state}`,
        state: state as TimelineItem['state'],
      }));
      const el = await fixture<McTimeline>(html`<mc-timeline .items=${all}></mc-timeline>`);
      const expected = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn', 'Đúng hạn', 'Trước hạn'];
      const visible = [false, true, false, true, true, true];
      items(el).forEach((li, i) => {
        const tag = li.querySelector('[part="tag"]');
        const hidden = li.querySelector('.visually-hidden');
        expect(text(tag ?? hidden)).to.equal(expected[i]);
        expect(Boolean(tag), `visible tag for item ${i}`).to.equal(visible[i]);
        expect(li.getAttribute('part')).to.include(`item-${all[i]?.state}`);
        // the marker is decoration only
        expect(li.querySelector('[part="marker"]')?.getAttribute('aria-hidden')).to.equal('true');
      });
    });

    it('marks the current step with aria-current="step"', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline .items=${dossierHistory}></mc-timeline>`);
      const current = items(el).filter((li) => li.getAttribute('aria-current') === 'step');
      expect(current.length).to.equal(1);
      expect(text(current[0]?.querySelector('[part="title"]'))).to.include('Thẩm định hồ sơ');
    });

    it('shows meta and description', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline .items=${processControl}></mc-timeline>`);
      const late = items(el)[2];
      expect(text(late?.querySelector('[part="meta"]'))).to.equal('Chủ tịch UBND phường');
      expect(text(late?.querySelector('[part="description"]'))).to.equal('Trễ 1 ngày làm việc so với hẹn.');
    });

    it('reads items from a JSON attribute', async () => {
      const el = await fixture<McTimeline>(
        html`<mc-timeline items='[{"title":"Nộp hồ sơ","at":"2026-11-03T14:05:00+07:00","state":"done"}]'></mc-timeline>`,
      );
      expect(items(el).length).to.equal(1);
      expect(shadow(el).querySelector('time')?.textContent).to.equal('14:05, 03/11/2026');
    });

    it('renders nothing without items, and skips invalid dates', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline></mc-timeline>`);
      expect(shadow(el).querySelector('ol')).to.equal(null);
      el.items = [{ title: 'Không rõ ngày', at: 'không rõ' }];
      await el.updateComplete;
      expect(items(el).length).to.equal(1);
      expect(shadow(el).querySelector('time')).to.equal(null);
    });

    it('defaults an unknown state to done, with a dev warning', async () => {
      resetDevWarnings();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await fixture<McTimeline>(html`<mc-timeline .items=${[{ title: 'X', state: 'xong' }]}></mc-timeline>`);
        expect(items(el)[0]?.classList.contains('done')).to.be.true;
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.include('state="xong"');
    });

    it('updates when items change', async () => {
      const el = await fixture<McTimeline>(html`<mc-timeline .items=${dossierHistory}></mc-timeline>`);
      el.items = [...dossierHistory.slice(0, 3).map((i) => ({ ...i, state: 'done' as const })), { ...dossierHistory[3]!, state: 'current' }];
      await el.updateComplete;
      expect(items(el)[3]?.getAttribute('aria-current')).to.equal('step');
      expect(items(el)[2]?.hasAttribute('aria-current')).to.be.false;
    });
  });

  describe('keyboard', () => {
    it('adds no tab stops (it is read, not operated)', async () => {
      await expectNoTabStop(html`<mc-timeline .items=${dossierHistory}></mc-timeline>`);
    });
  });

  describeSmallScreens<McTimeline>(examples, {
    tag: 'mc-timeline',
    check: (el) => {
      for (const li of items(el)) {
        const title = li.querySelector('[part="title"]') as HTMLElement;
        expect(title.getBoundingClientRect().right).to.be.at.most(320.5);
      }
    },
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor for states and dates', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-timeline .items=${processControl}></mc-timeline></div>`);
      const el = findTimeline(wrapper);
      expect(text(items(el)[2]?.querySelector('[part="tag"]'))).to.equal('Late');
      expect(shadow(el).querySelector('time')?.textContent?.replace(/\u00a0/g, ' ')).to.equal('3 Nov 2026, 09:30');
      await switchLang(wrapper, 'vi', el);
      expect(text(items(el)[2]?.querySelector('[part="tag"]'))).to.equal('Quá hạn');
      expect(shadow(el).querySelector('time')?.textContent).to.equal('09:30, 03/11/2026');
    });

    it('takes a per-instance override from messages', async () => {
      const el = await fixture<McTimeline>(
        html`<mc-timeline .messages=${{ 'timeline.state.late': 'Trễ hạn' }} .items=${processControl}></mc-timeline>`,
      );
      expect(text(items(el)[2]?.querySelector('[part="tag"]'))).to.equal('Trễ hạn');
      expect(text(items(el)[1]?.querySelector('[part="tag"]'))).to.equal('Đúng hạn');
    });
  });
});
