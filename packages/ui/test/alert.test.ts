import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../src/alert/alert.examples.js';
import type { McAlert } from '../src/alert/alert.js';
import '../src/alert/define.js';
import { describeAccessibility, describeSmallScreens, part, shadow, switchLang } from './support/checks.js';

const findAlert = (el: Element): McAlert => (el.localName === 'mc-alert' ? el : el.querySelector('mc-alert')) as McAlert;

async function ready(el: Element): Promise<McAlert> {
  const alert = findAlert(el);
  await alert.announced;
  return alert;
}

describe('mc-alert', () => {
  describeAccessibility(examples, { settle: ready });

  describe('rendering', () => {
    it('is a polite status region for info and success, an alert for warning and danger', async () => {
      const expected: Record<string, string> = { info: 'status', success: 'status', warning: 'alert', danger: 'alert' };
      for (const [status, role] of Object.entries(expected)) {
        const el = await ready(await fixture(html`<mc-alert status=${status} heading="Tiêu đề">Nội dung</mc-alert>`));
        const region = shadow(el).querySelector('[role]:not(svg)') as HTMLElement;
        expect(region.getAttribute('role'), status).to.equal(role);
        expect(part(el, 'region')).to.equal(region);
      }
    });

    it('has an icon whose text alternative names the status', async () => {
      const names: Record<string, string> = { info: 'Thông tin', success: 'Thành công', warning: 'Cảnh báo', danger: 'Lỗi' };
      for (const [status, name] of Object.entries(names)) {
        const el = await ready(await fixture(html`<mc-alert status=${status}>Nội dung</mc-alert>`));
        const icon = part(el, 'icon') as HTMLElement;
        expect(icon.getAttribute('role')).to.equal('img');
        expect(icon.getAttribute('aria-label')).to.equal(name);
        // the icon is inside the live region, so it is part of the announcement
        expect(part(el, 'region')?.contains(icon)).to.be.true;
      }
    });

    it('inserts an empty live region first and fills it afterwards, so it is announced', async () => {
      const el = await fixture<McAlert>(html`<mc-alert status="success" heading="Đã nộp hồ sơ">Mã hồ sơ: 0001</mc-alert>`);
      const region = part(el, 'region') as HTMLElement;
      expect(region.querySelector('slot:not([name])')).to.equal(null);
      await el.announced;
      expect(part(el, 'region')).to.equal(region);
      const body = region.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(body.assignedNodes().map((n) => n.textContent).join('')).to.include('Mã hồ sơ: 0001');
      expect(part(el, 'heading')?.textContent?.trim()).to.equal('Đã nộp hồ sơ');
    });

    it('changes text in place (same region) and switches role with the status', async () => {
      const el = await ready(await fixture(html`<mc-alert status="info" heading="Đang gửi">…</mc-alert>`));
      const region = part(el, 'region');
      el.status = 'danger';
      el.heading = 'Không gửi được';
      await el.updateComplete;
      expect(part(el, 'region')).to.equal(region);
      expect(region?.getAttribute('role')).to.equal('alert');
      expect(part(el, 'heading')?.textContent?.trim()).to.equal('Không gửi được');
      expect(part(el, 'icon')?.getAttribute('aria-label')).to.equal('Lỗi');
    });

    it('renders the heading as a paragraph, or as <hN> with heading-level', async () => {
      let el = await ready(await fixture(html`<mc-alert heading="Lưu ý">x</mc-alert>`));
      expect(part(el, 'heading')?.tagName).to.equal('P');
      el = await ready(await fixture(html`<mc-alert heading="Lưu ý" heading-level="2">x</mc-alert>`));
      expect(part(el, 'heading')?.tagName).to.equal('H2');
      el = await ready(await fixture(html`<mc-alert>x</mc-alert>`));
      expect(part(el, 'heading')).to.equal(null);
    });

    it('takes the heading from the heading slot', async () => {
      const el = await ready(await fixture(html`<mc-alert><span slot="heading">Tiêu đề <em>nhấn mạnh</em></span>x</mc-alert>`));
      const slot = part(el, 'heading')?.querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Tiêu đề nhấn mạnh');
    });

    it('has no dismiss button unless dismissible', async () => {
      const el = await ready(await fixture(html`<mc-alert>x</mc-alert>`));
      expect(part(el, 'dismiss')).to.equal(null);
      el.dismissible = true;
      await el.updateComplete;
      expect(part(el, 'dismiss')?.getAttribute('aria-label')).to.equal('Đóng thông báo');
      // the button is outside the live region: its name is not announced with the message
      expect(part(el, 'region')?.contains(part(el, 'dismiss'))).to.be.false;
    });

    it('replays the announcement when shown again after being hidden', async () => {
      const el = await ready(await fixture(html`<mc-alert status="warning" hidden>Sắp hết hạn</mc-alert>`));
      expect(getComputedStyle(el).display).to.equal('none');
      el.hidden = false;
      await el.updateComplete;
      expect(part(el, 'region')?.querySelector('slot:not([name])')).to.equal(null);
      await el.announced;
      expect(part(el, 'region')?.querySelector('slot:not([name])')).to.exist;
      expect(getComputedStyle(el).display).to.equal('block');
    });
  });

  describe('keyboard and events', () => {
    it('the dismiss button is reached with Tab and Enter dismisses (bubbling, composed mc-dismiss)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before" type="button">Trước</button>
        <mc-alert status="info" dismissible>Mẹo</mc-alert>
      </div>`);
      const el = await ready(wrapper);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(part(el, 'dismiss'));
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(wrapper, 'mc-dismiss');
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.cancelable).to.be.true;
      await el.updateComplete;
      expect(el.hidden).to.be.true;
      expect(el.hasAttribute('hidden')).to.be.true;
    });

    it('Space dismisses too', async () => {
      const el = await ready(await fixture(html`<mc-alert dismissible>Mẹo</mc-alert>`));
      (part(el, 'dismiss') as HTMLButtonElement).focus();
      setTimeout(() => void sendKeys({ press: 'Space' }));
      await oneEvent(el, 'mc-dismiss');
      expect(el.hidden).to.be.true;
    });

    it('stays visible when mc-dismiss is cancelled', async () => {
      const el = await ready(await fixture(html`<mc-alert dismissible>Mẹo</mc-alert>`));
      el.addEventListener('mc-dismiss', (e) => e.preventDefault());
      (part(el, 'dismiss') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.hidden).to.be.false;
    });

    it('is reached from document (composed)', async () => {
      const el = await ready(await fixture(html`<mc-alert dismissible>Mẹo</mc-alert>`));
      setTimeout(() => (part(el, 'dismiss') as HTMLButtonElement).click());
      const event = await oneEvent(document, 'mc-dismiss');
      expect(event.target === el, 'target is the alert').to.be.true;
    });
  });

  describeSmallScreens<McAlert>(examples, {
    tag: 'mc-alert',
    settle: (el) => el.announced,
    check: (el) => {
      const base = part(el, 'base') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      const dismiss = part(el, 'dismiss');
      if (dismiss) {
        expect(dismiss.getBoundingClientRect().right).to.be.at.most(320);
        // 44 px minimum target
        expect(dismiss.getBoundingClientRect().width).to.be.at.least(44);
      }
    },
  });

  describe('language', () => {
    it('follows lang="en" on an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-alert status="warning" dismissible>Careful</mc-alert></div>`);
      const el = await ready(wrapper);
      expect(part(el, 'icon')?.getAttribute('aria-label')).to.equal('Warning');
      expect(part(el, 'dismiss')?.getAttribute('aria-label')).to.equal('Dismiss message');
      await switchLang(wrapper, 'vi', el);
      expect(part(el, 'icon')?.getAttribute('aria-label')).to.equal('Cảnh báo');
    });

    it('takes a per-instance override from messages', async () => {
      const el = await ready(
        await fixture(html`<mc-alert status="danger" dismissible messages='{"alert.dismiss":"Ẩn lỗi này"}'>x</mc-alert>`),
      );
      expect(part(el, 'dismiss')?.getAttribute('aria-label')).to.equal('Ẩn lỗi này');
      expect(part(el, 'icon')?.getAttribute('aria-label')).to.equal('Lỗi');
    });
  });
});
