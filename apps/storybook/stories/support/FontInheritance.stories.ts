// The font rule of @motcua/tokens, checked in the browser: a widget inherits the embedding page's
// font unless --mc-font-family is set (by the page, on the tag, or by a theme that sets it).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import { themes } from '@motcua/tokens';
import './demo-greeting.js';

export default { title: 'Support/Font inheritance', tags: ['!autodocs'] } satisfies Meta;

const declarations = (css: string) =>
  Object.fromEntries(css.split(';').map((d) => d.split(/:(.*)/s).map((x) => x.trim())).filter(([k]) => k)) as Record<string, string>;

const font = (el: Element) => getComputedStyle(el).fontFamily;

export const PageFontWins: StoryObj = {
  name: 'Page font inherited, system stack where the page uses the theme stylesheet',
  render: () => html`
    <!-- A commune page with its own font and no Một Cửa stylesheet (--mc-font-family unset). -->
    <section data-case="page" style=${styleMap({ '--mc-font-family': 'initial', 'font-family': 'Georgia, serif' })}>
      <div style=${styleMap(declarations(themes.default.css))}>
        <mc-demo-greeting name="trang của xã"></mc-demo-greeting>
      </div>
    </section>
    <!-- The same widget with the property set on its tag. -->
    <section data-case="tag" style="font-family: Georgia, serif; --mc-font-family: initial">
      <mc-demo-greeting style="--mc-font-family: 'Courier New', monospace" name="thẻ"></mc-demo-greeting>
    </section>
    <!-- A page that uses the theme's :root declarations (Storybook's wrapper does). -->
    <section data-case="root" style=${styleMap({ 'font-family': 'Georgia, serif', ...declarations(themes.default.rootCss) })}>
      <mc-demo-greeting name="trang dùng bộ giao diện"></mc-demo-greeting>
    </section>
  `,
  play: async ({ canvasElement }) => {
    const el = (c: string) => canvasElement.querySelector(`[data-case="${c}"] mc-demo-greeting`)!;
    await expect(font(el('page'))).toBe(font(canvasElement.querySelector('[data-case="page"]')!));
    await expect(font(el('page'))).toContain('Georgia');
    await expect(font(el('tag'))).toContain('Courier New');
    await expect(font(el('root'))).toMatch(/^system-ui/);
  },
};
