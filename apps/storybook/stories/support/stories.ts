// Turns a component's examples list (`@motcua/ui/<name>/<name>.examples`) into CSF stories.
// The same list feeds the browser tests and the accessibility checks, so a story can never show a
// state the tests do not cover. A stories file is then:
//
//   import type { Meta } from '@storybook/web-components-vite';
//   import { examples } from '@motcua/ui/button/button.examples';
//   import { storiesFromExamples } from '../support/stories.js';
//
//   export default { title: 'UI/Button', component: 'mc-button' } satisfies Meta;
//   const { Primary, Secondary, Disabled } = storiesFromExamples(examples);
//   export { Primary, Secondary, Disabled };
//
// Storybook indexes stories statically, so the export list must name every example: the export
// name is the example name in PascalCase without diacritics ("Có lỗi" → "CoLoi"). Asking for a
// name that no example has throws, and `storiesFromExamples` throws on duplicate names; a story
// file that forgets an example fails the smoke check (scripts/smoke.mjs compares the lists).
// The examples module registers its element (it imports its define.js).
import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';

export interface Example {
  name: string;
  description?: string;
  render: () => TemplateResult;
  args?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
}

/** "With error" → "WithError"; "Có lỗi" → "CoLoi". */
export function exportName(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(id) ? `Example${id}` : id || 'Example';
}

export type ExampleStories = Record<string, StoryObj>;

export function storiesFromExamples(examples: readonly Example[]): ExampleStories {
  const stories: ExampleStories = {};
  for (const example of examples) {
    const key = exportName(example.name);
    if (stories[key]) throw new Error(`Two examples become the story export "${key}": "${example.name}"`);
    stories[key] = {
      name: example.name,
      render: () => example.render(),
      ...(example.args ? { args: example.args } : {}),
      parameters: {
        ...example.parameters,
        motcua: { examples: examples.map((e) => exportName(e.name)) },
        ...(example.description ? { docs: { description: { story: example.description } } } : {}),
      },
    };
  }
  // A typo in the export list must not silently produce an undefined story.
  return new Proxy(stories, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target) && prop !== 'then' && prop !== 'toJSON') {
        throw new Error(`No example "${prop}". Examples: ${Object.keys(target).join(', ')}`);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
