// Checks every primitive's tests make the same way, written once: each example passes axe; a
// read-only component adds no tab stop; each example fits 320 px at 100% and 200% text; a `lang`
// change reaches the element. Each test file still calls them with its own examples, and adds
// what is particular to its component (`check` below), so a regression still fails that file.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { ComponentExample } from '../../src/base/example.js';
import { mount, resetViewportAndTextSize } from './mount.js';

export const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
/** The first element of `el`'s shadow root with `name` among its parts. */
export const part = (el: Element, name: string): HTMLElement | null => shadow(el).querySelector(`[part~="${name}"]`);

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export interface AccessibilityOptions {
  /** Mounts an example (default: fixture(); the form controls' tests use mount(), see mount.ts). */
  mount?: (template: TemplateResult) => Promise<HTMLElement>;
  /** Waits until the mounted example has settled (its live region filled, its layout measured). */
  settle?: (root: HTMLElement) => Promise<unknown>;
}

/** `describe('accessibility')`: every example, mounted and settled, passes axe. */
export function describeAccessibility(examples: readonly ComponentExample[], { mount = fixture, settle }: AccessibilityOptions = {}): void {
  describe('accessibility', () => {
    for (const ex of examples) {
      it(`${ex.name} is accessible`, async () => {
        const el = await mount(ex.render());
        await settle?.(el);
        await expect(el).to.be.accessible();
      });
    }
  });
}

/** `content` put between two buttons: Tab from the first lands on the second. */
export async function expectNoTabStop(content: TemplateResult): Promise<void> {
  const el = await fixture<HTMLElement>(html`<div>
    <button id="before" type="button">Trước</button>
    ${content}
    <button id="after" type="button">Sau</button>
  </div>`);
  (el.querySelector('#before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  expect(document.activeElement?.id).to.equal('after');
}

export interface SmallScreenOptions<T extends Updating> {
  /** The component's tag: every one in an example is checked. */
  tag: string;
  /** Waits until `el` has settled after the text size changed (default: its updateComplete). */
  settle?: (el: T) => Promise<unknown>;
  /** What this component must also hold at each text size ('' = the default, '200%'). */
  check?: (el: T, size: string) => void;
}

/**
 * `describe('small screens and large text')`: each example in a 320 px viewport, at the default
 * and at 200% root text: neither the element nor the page is wider than 320 px, and `check` holds.
 */
export function describeSmallScreens<T extends Updating>(examples: readonly ComponentExample[], { tag, settle, check }: SmallScreenOptions<T>): void {
  describe('small screens and large text', () => {
    afterEach(resetViewportAndTextSize);

    for (const ex of examples) {
      it(`${ex.name} fits 320 px and 200% text without overflow`, async () => {
        await setViewport({ width: 320, height: 640 });
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 100%">${ex.render()}</div>`);
        const elements = [...wrapper.querySelectorAll<T>(tag)];
        expect(elements, `<${tag}> in the example`).to.not.be.empty;
        for (const size of ['', '200%']) {
          document.documentElement.style.fontSize = size;
          for (const el of elements) {
            await (settle ? settle(el) : el.updateComplete);
            expect(el.scrollWidth, `<${tag}> width at ${size || '100%'} text`).to.be.at.most(320);
            check?.(el, size);
          }
          expect(document.documentElement.scrollWidth, `page width at ${size || '100%'} text`).to.be.at.most(320);
        }
      });
    }
  });
}

/**
 * Mounts `template` (one form control) in a 320 px viewport: it and the page are no wider than
 * 320 px at the default and at 200% text, and `check(el)` holds at 200%. The caller's afterEach
 * puts the viewport and text size back (resetViewportAndTextSize).
 */
export async function expectFitsSmallScreen<T extends HTMLElement>(template: TemplateResult, check?: (el: T) => void): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  const el = await mount<T>(template);
  expect(el.scrollWidth, 'width at 100% text').to.be.at.most(320);
  document.documentElement.style.fontSize = '200%';
  await aTimeout(0);
  expect(el.scrollWidth, 'width at 200% text').to.be.at.most(320);
  expect(document.documentElement.scrollWidth, 'page width at 200% text').to.be.at.most(320);
  check?.(el);
}

/** Sets `lang` on `wrapper` and waits until `el` has followed it (the shared observer, then a render). */
export async function switchLang(wrapper: Element, lang: string, el: Updating): Promise<void> {
  wrapper.setAttribute('lang', lang);
  await aTimeout(0);
  await el.updateComplete;
}
