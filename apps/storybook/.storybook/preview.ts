// Global toolbar (theme, language, API of the widget stories), the theme wrapper and the docs manifest.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themes, themeIds, type ThemeId } from '@motcua/tokens';
import uiManifest from '@motcua/ui/custom-elements.json' with { type: 'json' };
import widgetsManifest from '@motcua/widgets/custom-elements.json' with { type: 'json' };
import { mergeManifests, type Manifest } from './manifest.js';
import { defaultApi, LOCAL_API } from '../stories/support/api.js';

// Docs pages (properties, events, slots, CSS parts) come from the custom-elements.json of the
// packages with elements (`cem analyze` in their build; committed, so a fresh clone has them).
setCustomElementsManifest(mergeManifests([uiManifest as Manifest, widgetsManifest as Manifest]));

/** Turns `--mc-x: v; --mc-y: w;` into a style object (custom properties on the wrapper). */
function declarations(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of css.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme (packages/tokens/themes/*.json)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeIds.map((id) => ({ value: id, title: `${themes[id].name.vi} · ${themes[id].name.en}` })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    api: {
      // The widgets render against a real Một Cửa API (stories/support/api.ts): by default the
      // page's own origin under /storybook/ (`npm start`), else http://localhost:8080;
      // STORYBOOK_MOTCUA_API=<url> at dev/build time names another one.
      description: 'Một Cửa API of the widget stories',
      toolbar: {
        title: 'API',
        icon: 'transfer',
        items: [...new Set([defaultApi(), LOCAL_API])].map((url) => ({ value: url, title: url })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', lang: 'vi', api: defaultApi() },
  decorators: [
    (story, context) => {
      const id = (themeIds as readonly string[]).includes(context.globals['theme']) ? (context.globals['theme'] as ThemeId) : 'default';
      const lang = context.globals['lang'] === 'en' ? 'en' : 'vi';
      // The theme goes on a wrapper, as on a commune page: nothing is written into <head>.
      // rootCss adds the design system's font stack, as a page using dist/css/<theme>.css would.
      const style = {
        ...declarations(themes[id].css),
        ...declarations(themes[id].rootCss),
        'font-family': 'var(--mc-font-family)',
        color: 'var(--mc-color-text)',
        background: 'var(--mc-color-surface)',
        padding: 'var(--mc-space-4)',
      };
      // storiesFromExamples records the examples list; the smoke check compares it with the exports.
      const examples = (context.parameters['motcua'] as { examples?: string[] } | undefined)?.examples;
      return html`<div class="mc-story" lang=${lang} data-mc-theme=${id} data-mc-examples=${ifDefined(examples?.join(','))} style=${styleMap(style)}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Violations show in the Accessibility panel; `error` makes them fail Storybook's test runs
    // (the Vitest addon, the a11y test in the UI). The primitives' own tests also run axe.
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Foundations', 'UI', 'Widgets', 'Support'] } },
  },
  tags: ['autodocs'],
};

export default preview;
